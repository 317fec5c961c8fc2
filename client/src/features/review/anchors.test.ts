import { describe, expect, it } from 'vitest';
import { acceptableTogether, pendingAnchors } from './anchors.ts';
import type { ReviewProposal } from './curator-client.ts';

const proposal = (key: string, from?: string[]): ReviewProposal => ({
  key,
  collection: 'events',
  status: 'new',
  confidence: 0.8,
  rule: 'event.chained',
  sources: ['s'],
  record: {
    id: key.split('/')[1],
    ...(from ? { derived: { date: { rule: 'offset', from, reasoning: { fr: 'x', en: 'x' } } } } : {}),
  },
  evidence: [],
});

describe('pendingAnchors', () => {
  it('names the proposals still in the queue that a derivation points at, once each', () => {
    const chained = proposal('events/later', ['events/first', 'events/first', 'relations/r#until', 'events/known']);
    expect(pendingAnchors(chained, new Set(['events/first', 'relations/r']))).toEqual(['events/first', 'relations/r']);
    expect(pendingAnchors(chained, new Set())).toEqual([]);
    expect(pendingAnchors(proposal('events/plain'), new Set(['events/first']))).toEqual([]);
  });
});

describe('acceptableTogether', () => {
  it('keeps a chain whose anchors come along, and drops what is chained to a proposal left out', () => {
    const queue = [
      proposal('events/a'),
      proposal('events/b', ['events/a']),
      proposal('events/c', ['events/b']),
      proposal('events/x'),
      proposal('events/y', ['events/x']),
    ];
    expect(acceptableTogether(['events/a', 'events/b', 'events/c'], queue)).toEqual([
      'events/a',
      'events/b',
      'events/c',
    ]);
    // x is not taken, so y cannot be; without b, c goes too.
    expect(acceptableTogether(['events/a', 'events/c', 'events/y'], queue)).toEqual(['events/a']);
  });
});
