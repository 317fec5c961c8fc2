import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { availableParallelism } from 'node:os';
import { defaultThreads, ProposalPool, ProposalTimeoutError, ProposalWorkerError, proposeInPool } from './pool.ts';
import { LEARNT, propose, serialiseProposals, type ProposalDocument } from './propose.ts';
import { actorsOnly, fixtureDocument, inlineDocument } from './testing/fixture-kb.ts';

/** The pool's proposals are the single thread's, byte for byte; a failing document is named in a typed error. */

const SEPT_2024: FuzzyDate = { value: '2024-09-10', precision: 'day' };
const FEB_2023: FuzzyDate = { value: '2023-02-15', precision: 'day' };
const fixtures = (): ProposalDocument[] => [
  fixtureDocument('nebulis-fr.txt', 'nebulis', 'fr', SEPT_2024),
  fixtureDocument('brightstack-en.txt', 'brightstack', 'en', FEB_2023),
  fixtureDocument('cirrus-fr.txt', 'cirrus-fr', 'fr', SEPT_2024),
  fixtureDocument('cirrus-en.txt', 'cirrus-en', 'en', FEB_2023),
];
const withId = (document: ProposalDocument, id: string): ProposalDocument => ({
  ...document,
  source: { ...document.source, id },
});

describe('the proposal pool', () => {
  const pool = new ProposalPool(actorsOnly(), { threads: 3 });
  afterAll(() => pool.close());

  it('gives the same bytes as one thread, with a knowledge base of actors or none', async () => {
    const documents = fixtures();
    const single = serialiseProposals(propose(actorsOnly(), documents));
    expect(JSON.parse(single).relations.length).toBeGreaterThan(0);
    expect(serialiseProposals(await pool.propose(documents))).toBe(single);
    const empty = actorsOnly([]);
    expect(serialiseProposals(await proposeInPool(empty, documents, { threads: 2 }))).toBe(
      serialiseProposals(propose(empty, documents)),
    );
  }, 60_000);

  it('reads with the learnt models on its threads when asked, as one thread does with them', async () => {
    const documents = fixtures();
    const learnt = serialiseProposals(propose(actorsOnly(), documents, LEARNT()));
    expect(learnt).not.toBe(serialiseProposals(propose(actorsOnly(), documents)));
    expect(serialiseProposals(await proposeInPool(actorsOnly(), documents, { threads: 2, learnt: true }))).toBe(learnt);
  }, 60_000);

  it('gives the same bytes whatever the documents and their order, with a new actor carried across them', async () => {
    // "la société Véloria" in one text makes Véloria an actor of the rules in the others: which thread reads which
    // text must not change that.
    const carried = [
      inlineDocument('La société Véloria est installée à Lyon.', 'fr', SEPT_2024),
      // named once here, with no cue to its kind (twice, it would take part on its own)
      inlineDocument('En mars 2022, Véloria a racheté Scaleway.', 'fr', SEPT_2024),
      inlineDocument('Véloria acquired Atos in May 2020.', 'en', FEB_2023),
    ].map((d, i) => withId(d, `inline-${i}`));
    const relations = (documents: ProposalDocument[]) =>
      propose(actorsOnly(), documents).relations.map((r) => `${r.from} ${r.type} ${r.to}`);
    expect(relations(carried)).toContain('veloria acquired scaleway');
    expect(relations(carried.slice(1))).not.toContain('veloria acquired scaleway');
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray([...fixtures(), ...carried], { minLength: 1 }), async (documents) => {
        const single = serialiseProposals(propose(actorsOnly(), documents));
        expect(serialiseProposals(await pool.propose(documents))).toBe(single);
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it('runs in this thread when there is one document or one thread', async () => {
    const [one] = fixtures();
    const single = serialiseProposals(propose(actorsOnly(), [one!]));
    expect(serialiseProposals(await proposeInPool(actorsOnly(), [one!]))).toBe(single);
    expect(serialiseProposals(await proposeInPool(actorsOnly(), fixtures(), { threads: 1 }))).toBe(
      serialiseProposals(propose(actorsOnly(), fixtures())),
    );
  });

  it('starts no more threads than the text keeps busy', () => {
    expect(defaultThreads(fixtures().slice(0, 1))).toBe(1);
    expect(defaultThreads(fixtures())).toBe(1);
    const large = Array.from({ length: 8 }, (_, i) =>
      withId({ ...fixtures()[0]!, text: 'x'.repeat(400_000) }, `d${i}`),
    );
    expect(defaultThreads(large)).toBe(Math.min(availableParallelism(), 2));
  });

  it('names the source a worker failed on, in a typed error, and keeps working after it', async () => {
    // A language the rules have no lexicon for: one thread throws as soon as it reads it.
    const [first] = fixtures();
    const broken = withId({ ...first!, source: { ...first!.source, language: 'de' as 'fr' } }, 'broken-language');
    expect(() => propose(actorsOnly(), [broken])).toThrow();
    const failure = await pool.propose([...fixtures(), broken]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProposalWorkerError);
    expect((failure as ProposalWorkerError).source).toBe('broken-language');
    expect(serialiseProposals(await pool.propose(fixtures()))).toBe(
      serialiseProposals(propose(actorsOnly(), fixtures())),
    );
  }, 30_000);

  it('ends the share of every thread when one fails on the first document, so that none waits for actors', async () => {
    // Each thread runs a document's rules once every document before it is read: here none is, ever. The other two
    // threads must drop their readings and answer, or the run never ends.
    const [first] = fixtures();
    const broken = withId({ ...first!, source: { ...first!.source, language: 'de' as 'fr' } }, 'a-broken');
    const failure = await pool.propose([...fixtures(), broken]).catch((error: unknown) => error);
    expect((failure as ProposalWorkerError).source).toBe('a-broken');
    const documents = [...fixtures(), ...fixtures().map((d) => withId(d, `${d.source.id}-again`))];
    expect(serialiseProposals(await pool.propose(documents))).toBe(
      serialiseProposals(propose(actorsOnly(), documents)),
    );
  }, 30_000);

  it('stops a thread that spends longer than the time limit on one document, naming it in a typed error', async () => {
    // About 400,000 characters: a second or so of reading, far beyond a limit of 50 ms.
    const [first] = fixtures();
    const long = withId(
      { ...first!, text: `${first!.text}\n\n`.repeat(Math.ceil(400_000 / first!.text.length)) },
      'long',
    );
    const timed = new ProposalPool(actorsOnly(), { threads: 1, documentSeconds: 0.05 });
    try {
      const failure = await timed.propose([long]).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ProposalTimeoutError);
      expect(failure).toBeInstanceOf(ProposalWorkerError);
      expect((failure as ProposalTimeoutError).source).toBe('long');
      expect((failure as ProposalTimeoutError).seconds).toBe(0.05);
      // the stopped thread takes no more work
      await expect(timed.propose(fixtures())).rejects.toBeInstanceOf(ProposalWorkerError);
    } finally {
      await timed.close();
    }
  }, 30_000);

  it('reads on a worker thread under a time limit, even one thread, with the same bytes', async () => {
    const documents = fixtures();
    expect(serialiseProposals(await proposeInPool(actorsOnly(), documents, { threads: 1, documentSeconds: 60 }))).toBe(
      serialiseProposals(propose(actorsOnly(), documents)),
    );
  }, 30_000);

  it('refuses work once closed, with a typed error', async () => {
    const closed = new ProposalPool(actorsOnly(), { threads: 1 });
    await closed.close();
    await expect(closed.propose(fixtures())).rejects.toBeInstanceOf(ProposalWorkerError);
  });
});
