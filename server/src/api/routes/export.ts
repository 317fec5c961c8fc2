import { serialiseBundle } from '../../shared-io/bundle-file.ts';
import type { ApiContext, Handlers } from '../context.ts';
import { InvalidParametersError } from '../errors.ts';
import { csvZip, edgesCsv, moneyCsv, nodesCsv, toGexf, toGraphMl } from '../export/formats.ts';
import { readExportGraph } from '../export/graph-export.ts';
import { FileResult } from '../operations.ts';

/** Exports of the whole graph (memoised per bundle version like every cacheable answer). */
export function exportHandlers({ store, bundleInfo }: ApiContext): Handlers<'exportGraph'> {
  return {
    exportGraph: async ({ path, query }) => {
      // Read per request: the curator server replaces the bundle after each decision.
      const { bundle, generatedAt } = bundleInfo;
      const base = `sovereign-cloud-atlas-${bundle.version}`;
      if (query.kind !== undefined && path.format !== 'csv') {
        throw new InvalidParametersError([{ name: 'kind', in: 'query', reason: 'only with format csv' }]);
      }
      if (path.format === 'json') {
        const json = bundleInfo.json ?? Buffer.from(serialiseBundle(bundle));
        return new FileResult(json, 'application/json; charset=utf-8', `${base}.json`, true);
      }
      const graph = await readExportGraph(store, bundle.version, generatedAt);
      switch (path.format) {
        case 'graphml':
          return new FileResult(
            Buffer.from(toGraphMl(graph)),
            'application/graphml+xml; charset=utf-8',
            `${base}.graphml`,
            true,
          );
        case 'gexf':
          return new FileResult(
            Buffer.from(toGexf(graph)),
            'application/gexf+xml; charset=utf-8',
            `${base}.gexf`,
            true,
          );
        case 'csv':
          if (query.kind === 'nodes')
            return new FileResult(Buffer.from(nodesCsv(graph)), 'text/csv; charset=utf-8', `${base}-nodes.csv`, true);
          if (query.kind === 'edges')
            return new FileResult(Buffer.from(edgesCsv(graph)), 'text/csv; charset=utf-8', `${base}-edges.csv`, true);
          if (query.kind === 'money')
            return new FileResult(Buffer.from(moneyCsv(graph)), 'text/csv; charset=utf-8', `${base}-money.csv`, true);
          return new FileResult(Buffer.from(csvZip(graph)), 'application/zip', `${base}-csv.zip`, false);
      }
    },
  };
}
