import type { ApiContext, Handlers } from '../context.ts';
import { readSourceText } from '../corpus-text.ts';
import { NotFoundError } from '../errors.ts';
import { sourceSummary } from './dataset.ts';

/** Sources with their text, single pieces of evidence, and disputes. */
export function sourceHandlers({
  store,
  config,
}: ApiContext): Handlers<'listSources' | 'getSource' | 'getEvidence' | 'listDisputes'> {
  return {
    listSources: async () => ({ sources: await store.sources() }),
    getSource: async ({ path }) => {
      const detail = await store.source(path.id);
      if (!detail) throw new NotFoundError(`no source "${path.id}"`);
      return { ...detail, text: await readSourceText(config.CORPUS_DIR, detail.source) };
    },
    getEvidence: async ({ path }) => {
      const [evidence] = await store.evidence([path.id]);
      if (!evidence) throw new NotFoundError(`no evidence "${path.id}"`);
      const source = await store.source(evidence.source);
      if (!source) throw new Error(`evidence ${evidence.id} cites unknown source ${evidence.source}`);
      return { evidence, source: sourceSummary(source.source) };
    },
    listDisputes: async () => ({ disputes: await store.disputes() }),
  };
}
