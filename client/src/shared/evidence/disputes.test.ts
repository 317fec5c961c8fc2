import { describe, expect, it } from 'vitest';
import type { Dispute } from '../api/types.ts';
import { disputesByRecord } from './disputes.ts';

describe('disputesByRecord', () => {
  it('indexes disputes by the records their claims point at', () => {
    const dispute: Dispute = {
      id: 'd',
      subject: 'andromede',
      about: 'amount',
      title: { fr: 'x', en: 'x' },
      claims: [
        { record: 'fundings/a', summary: { fr: 'a', en: 'a' }, evidence: ['e1'] },
        { record: 'fundings/b', summary: { fr: 'b', en: 'b' }, evidence: ['e2'] },
        { summary: { fr: 'c', en: 'c' }, evidence: ['e3'] },
      ],
    };
    const map = disputesByRecord([dispute]);
    expect([...map.keys()]).toEqual(['fundings/a', 'fundings/b']);
    expect(map.get('fundings/a')).toEqual([dispute]);
  });
});
