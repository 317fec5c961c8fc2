import type { ApiContext, Handlers } from '../context.ts';
import { API_VERSION } from '../openapi.ts';
import type { SourceSummary } from '../schemas.ts';
import type { Source } from '../../domain/model.ts';

export const sourceSummary = (source: Source): SourceSummary => ({
  id: source.id,
  title: source.title,
  ...(source.outlet === undefined ? {} : { outlet: source.outlet }),
  ...(source.outletNote === undefined ? {} : { outletNote: source.outletNote }),
  ...(source.author === undefined ? {} : { author: source.author }),
  language: source.language,
  published: source.published,
  textAvailable: source.textAvailable,
});

/** The dataset as a whole: what it is, and full-text search over it. */
export function datasetHandlers({ store, bundleInfo }: ApiContext): Handlers<'getMeta' | 'search'> {
  return {
    getMeta: async () => {
      const [stats, sources] = await Promise.all([store.stats(), store.sources()]);
      const { version: _version, ...counts } = stats;
      const { bundle } = bundleInfo;
      return {
        version: bundle.version,
        schemaVersion: bundle.schemaVersion,
        generatedAt: bundleInfo.generatedAt.toISOString(),
        apiVersion: API_VERSION,
        corpus: bundle.corpus,
        counts,
        sources: sources.map(sourceSummary),
      };
    },
    search: async ({ query }) => {
      const hits = await store.search(query.q, {
        limit: query.limit,
        ...(query.kinds ? { kinds: query.kinds } : {}),
        ...(query.lang ? { lang: query.lang } : {}),
      });
      return { query: query.q, hits };
    },
  };
}
