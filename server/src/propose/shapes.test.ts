import { describe, expect, it } from 'vitest';
import { propose, RULES_ONLY, type ProposalDocument } from './propose.ts';
import type { Complete, SentenceView } from './sentence.ts';
import { actorsOnly, inlineDocument } from './testing/fixture-kb.ts';
import { READ_ON } from './testing/readings.ts';

/**
 * A sentence's view keeps one shape (eleventh perf round): made with every field, the ones the rules find on first use
 * included, so that no rule adds one later (`Complete`). The order is the literal's in `proposeFromDocument`.
 */
const VIEW_FIELDS = [
  'text',
  'folded',
  'source',
  'language',
  'published',
  'index',
  'start',
  'end',
  'paragraph',
  'actors',
  'groups',
  'dates',
  'money',
  'words',
  'mood',
  'groupsBefore',
  'awarded',
  'markers',
  'futures',
  'fundingWords',
];

// Invented sentences that make the rules find what they keep on a view: negations, plans and future tenses, funding
// words, contracts awarded, interval words, a cue's group before it.
const documents: ProposalDocument[] = [
  inlineDocument(
    "Scaleway n'a jamais levé de fonds auprès d'Amazon. Le marché de l'Anssi a été attribué à Atos en mars 2025. " +
      "Deux ans plus tard, Capgemini prévoit d'ouvrir un centre à Roubaix. Bpifrance a investi 12 millions d'euros " +
      'dans OVHcloud, qui a réalisé un chiffre d’affaires de 800 millions d’euros. Scaleway lancera une offre ' +
      'souveraine en janvier 2026.',
    'fr',
    READ_ON,
    'shapes-fr',
  ),
  inlineDocument(
    'Thales did not buy Orange. Microsoft will open a data centre in France next year, two years after its launch. ' +
      'Bpifrance invested €5 million in Scaleway, which reported revenue of €120 million. The contract was awarded ' +
      'to Capgemini by Anssi. OVHcloud will launch its new region in January 2026.',
    'en',
    READ_ON,
    'shapes-en',
  ),
];

describe('a sentence view', () => {
  it('has every field, in one order, after the rules have read it (none added on first use)', () => {
    const shapes = new Set<string>();
    const found = new Set<string>();
    propose(actorsOnly(), documents, {
      ...RULES_ONLY,
      observe: (view) => {
        shapes.add(Object.keys(view).join(' '));
        for (const [field, value] of Object.entries(view)) if (value !== undefined) found.add(field);
      },
    });
    expect([...shapes]).toEqual([VIEW_FIELDS.join(' ')]);
    // (the sentences made the rules set the fields found on first use, so a field left out of the literal shows)
    for (const field of ['mood', 'groupsBefore', 'awarded', 'markers', 'futures', 'fundingWords'])
      expect(found).toContain(field);
  });

  it('is typed so that a literal leaving a field out does not compile', () => {
    const complete: Complete<{ a: number; b?: string }> = { a: 1, b: undefined };
    // @ts-expect-error -- `b` is optional but must be there
    const partial: Complete<{ a: number; b?: string }> = { a: 1 };
    expect([complete, partial].map((o) => Object.keys(o).length)).toEqual([2, 1]);
    const view: Partial<Complete<SentenceView>> = {};
    expect(view).toEqual({});
  });
});
