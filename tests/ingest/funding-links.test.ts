import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestOptions } from '../../server/src/ingest/ingest.ts';
import type { IngestIssue } from '../../server/src/ingest/issues.ts';
import { loadKnowledgeBase } from '../../server/src/ingest/knowledge-base.ts';
import { checkReferences } from '../../server/src/ingest/validate.ts';
import { copyOfMiniFixture } from '../support/fixture.ts';

/**
 * How funding records relate (domain/funding-aggregation.ts fundingLinkProblems), checked on the whole knowledge base
 * with `file:line: reason`. The rest of the ingest (quotes, values) is covered by validation.test.ts.
 */
let fixture: Awaited<ReturnType<typeof copyOfMiniFixture>>;
let options: IngestOptions;

beforeEach(async () => {
  fixture = await copyOfMiniFixture();
  options = fixture.options;
});
afterEach(() => fixture.cleanup());

const kbFile = (name: string) => path.join(options.kbDir, `${name}.yaml`);
const relative = (issue: IngestIssue) => path.basename(issue.file);

async function validate(): Promise<IngestIssue[]> {
  const { kb, issues } = await loadKnowledgeBase({ kbDir: options.kbDir, manifestPath: options.manifestPath });
  return [...issues, ...checkReferences(kb)];
}

describe('funding links', () => {
  it('accepts the fixture as it is', async () => {
    expect(await validate()).toEqual([]);
  });

  it('rejects funding links that do not hold: parts over their total, unknown totals, cycles, two kinds of funder', async () => {
    const record = (id: string, extra: string) =>
      `- id: ${id}\n  to: nuage-commun\n${extra}  amount: 120000000\n  currency: EUR\n  kind: pledged\n  evidence:\n` +
      `    - source: "mini-fr"\n      quote: "Une autre source parle plutôt de 120 millions d'euros pour le même programme."\n`;
    const fundings = await readFile(kbFile('fundings'), 'utf8');
    await writeFile(
      kbFile('fundings'),
      fundings +
        record('nuage-commun-part', '  partOf: banque-publique-nuage-commun-100m\n') +
        record('nuage-commun-stray', '  partOf: no-such-total\n') +
        record('nuage-commun-twice', '  from: etat\n  funders: [acme, etat]\n') +
        record('nuage-commun-x', '  partOf: nuage-commun-y\n') +
        record('nuage-commun-y', '  partOf: nuage-commun-x\n'),
    );
    const disputes = await readFile(kbFile('disputes'), 'utf8');
    await writeFile(
      kbFile('disputes'),
      disputes.replace(
        'record: fundings/banque-publique-nuage-commun-100m',
        'records: [fundings/banque-publique-nuage-commun-100m, fundings/no-such-record]',
      ),
    );
    const issues = await validate();
    const at = (file: string, line: number) =>
      issues.filter((i) => relative(i) === file && i.line === line).map((i) => i.message);
    expect(at('fundings.yaml', 12)).toEqual([
      expect.stringMatching(/add up to 120,000,000 EUR, more than its total 100,000,000 EUR/),
    ]);
    expect(at('fundings.yaml', 21)).toEqual([expect.stringMatching(/part of unknown funding "no-such-total"/)]);
    expect(at('fundings.yaml', 31)).toEqual([expect.stringMatching(/both "from" and "funders"/)]);
    for (const line of [40, 49])
      expect(at('fundings.yaml', line)).toEqual(
        expect.arrayContaining([expect.stringMatching(/part of itself through partOf/)]),
      );
    expect(at('disputes.yaml', 8)).toEqual([expect.stringMatching(/unknown fundings record "no-such-record"/)]);
  });
});
