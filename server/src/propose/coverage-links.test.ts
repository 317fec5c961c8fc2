import { describe, expect, it } from 'vitest';
import type { CoverageReport } from '../ingest/coverage.ts';
import { linkGapsToProposals } from './coverage-links.ts';
import { propose } from './propose.ts';
import { actorsOnly, fixtureDocument } from './testing/fixture-kb.ts';
import { RULES_ONLY } from './testing/readings.ts';

describe('coverage report links', () => {
  it('links an uncovered name, date and amount to the proposal that would cover it', () => {
    const document = fixtureDocument('nebulis-fr.txt', 'nebulis', 'fr', { value: '2024-09-10', precision: 'day' });
    const proposals = propose(actorsOnly(), [document], RULES_ONLY);
    const sentence = (part: string) =>
      document.text
        .split('\n')
        .join(' ')
        .split('. ')
        .find((s) => s.includes(part))! + '.';
    const amountSentence = sentence('Horizon Capital a investi');
    const report: CoverageReport = {
      values: {} as CoverageReport['values'],
      names: [{ text: 'Nébulis', count: 6, sources: ['nebulis'], example: '' }],
      dates: [
        {
          source: 'nebulis',
          text: '14 février 2024',
          value: '2024-02-14 (day)',
          sentence: sentence('14 février 2024'),
        },
      ],
      amounts: [
        { source: 'nebulis', text: "8 millions d'euros", value: '8000000 EUR', sentence: amountSentence },
        { source: 'nebulis', text: '40 000', value: '40000 EUR', sentence: sentence('40 000') },
      ],
    };
    const linked = linkGapsToProposals(report, proposals);
    expect(linked.names[0]!.proposal).toBe('actors/nebulis');
    expect(linked.dates[0]!.proposal).toMatch(/^events\/nebulis-certification-2024-02-14$/);
    expect(linked.amounts[0]!.proposal).toMatch(/^fundings\/horizon-capital-nebulis-invested-8m$/);
    expect(linked.amounts[1]!.proposal).toBeUndefined();
  });
});
