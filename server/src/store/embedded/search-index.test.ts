import { describe, expect, it } from 'vitest';
import type { Actor, AtlasEvent, Evidence, Source } from '../../domain/model.ts';
import { highlight, SearchIndex, window } from './search-index.ts';

const actor = (id: string, name: string, fields: Partial<Actor> = {}): Actor => ({
  id,
  name,
  kind: 'company',
  aliases: { fr: [], en: [] },
  description: { fr: 'Une entreprise.', en: 'A company.' },
  evidence: [],
  ...fields,
});

const longQuote =
  'Au début, personne ne savait vraiment ce que le projet deviendrait, ni combien il coûterait, ni qui le porterait ' +
  'jusqu’au bout ; finalement le projet Andromède, porté par l’État, a donné naissance à deux clouds concurrents, ' +
  'ce que beaucoup ont regretté ensuite dans la presse spécialisée et ailleurs.';

function index() {
  const actors = [
    actor('andromede', 'Andromède', { aliases: { fr: ['projet Andromède'], en: ['Andromeda'] } }),
    actor('orange', 'Orange', { aliases: { fr: ['France Télécom'], en: ['France Telecom'] } }),
    actor('thales', 'Thales', { aliases: { fr: ['Thalès'], en: [] } }),
    actor('twin-b', 'Twin'),
    actor('twin-a', 'Twin'),
  ];
  const events = [
    {
      id: 'launch',
      date: { value: '2011', precision: 'year' },
      kind: 'launch',
      title: { fr: 'Lancement du projet Andromède', en: 'Launch of the Andromeda project' },
      actors: [{ id: 'andromede', role: { fr: 'sujet', en: 'subject' } }],
      evidence: ['q'],
    },
  ] as AtlasEvent[];
  const evidence: Evidence[] = [{ id: 'q', source: 's', quote: longQuote, start: 0, end: longQuote.length }];
  const sources = [{ id: 's', title: 'Le faux départ du cloud souverain' }] as Source[];
  return new SearchIndex({
    actors,
    events,
    evidence,
    sources,
    sourceTitle: (id) => (id === 's' ? sources[0]!.title : undefined),
  });
}

describe('SearchIndex', () => {
  const search = index();

  it('folds accents and case in the index and the query alike', () => {
    expect(search.search('ANDROMEDE')).toEqual(search.search('andromède'));
    expect(search.search('telecom', { kinds: ['actor'] }).map((h) => h.id)).toEqual(['orange']);
  });

  it('matches prefixes of 3+ letters and one typo in 5+ letters', () => {
    expect(search.search('andro', { kinds: ['actor'] })[0]?.id).toBe('andromede');
    expect(search.search('an', { kinds: ['actor'] })).toEqual([]);
    expect(search.search('Thaless', { kinds: ['actor'] })[0]?.id).toBe('thales');
  });

  it('requires every word, falling back to any word when none has them all', () => {
    expect(search.search('Andromeda project').map((h) => h.id)).toEqual(
      expect.arrayContaining(['launch', 'andromede']),
    );
    expect(search.search('Andromeda launch').map((h) => h.id)).toEqual(['launch']);
    expect(search.search('Andromeda zzzzzz').length).toBeGreaterThan(0);
  });

  it('labels each kind and highlights the words that matched', () => {
    const [event] = search.search('lancement', { kinds: ['event'] });
    expect(event).toMatchObject({ kind: 'event', id: 'launch', label: 'Lancement du projet Andromède' });
    expect(event!.snippet).toEqual({ text: 'Lancement du projet Andromède', highlights: [[0, 9]] });
    const [source] = search.search('souverain', { kinds: ['source'] });
    expect(source).toMatchObject({ kind: 'source', id: 's', label: 'Le faux départ du cloud souverain' });
    const [alias] = search.search('Andromeda', { kinds: ['actor'] });
    expect(alias!.snippet).toEqual({ text: 'Andromeda', highlights: [[0, 9]] });
  });

  it('cuts long quotes to a window around the first match, moving the highlights along', () => {
    const [hit] = search.search('Andromède', { kinds: ['evidence'] });
    expect(hit).toMatchObject({ kind: 'evidence', id: 'q', label: 'Le faux départ du cloud souverain' });
    const { text, highlights } = hit!.snippet;
    expect(text.length).toBeLessThanOrEqual(202);
    expect(text.startsWith('…')).toBe(true);
    expect(highlights).toHaveLength(1);
    expect(text.slice(highlights[0]![0], highlights[0]![1])).toBe('Andromède');
  });

  it('breaks score ties by kind then id, and honours the limit', () => {
    expect(search.search('twin').map((h) => h.id)).toEqual(['twin-a', 'twin-b']);
    expect(search.search('twin', { limit: 1 }).map((h) => h.id)).toEqual(['twin-a']);
    expect(search.search('twin', { limit: 0 })).toEqual([]);
    expect(search.search('¿?!')).toEqual([]);
  });
});

describe('snippets', () => {
  it('highlights whole words whose folded form was matched', () => {
    expect(highlight('Thalès et Thales, thalassa', new Set(['thales']))).toEqual([
      [0, 6],
      [10, 16],
    ]);
  });

  it('leaves short texts whole', () => {
    expect(window('short', [[0, 5]])).toEqual({ text: 'short', highlights: [[0, 5]] });
  });

  it('drops highlights that fall outside the window', () => {
    const text = `${'word '.repeat(100)}end`;
    const { text: cut, highlights } = window(text, [
      [250, 254],
      [500, 503],
    ]);
    expect(highlights).toHaveLength(1);
    expect(cut.slice(highlights[0]![0], highlights[0]![1])).toBe('word');
  });
});

describe('long queries', () => {
  it('ignores words beyond the sixteenth', () => {
    const search = index();
    const ids = (query: string) => search.search(query).map((hit) => hit.id);
    const padding = Array.from({ length: 16 }, () => 'andromede').join(' ');
    // With a seventeenth word every word would be required, none would match both, and any-word would find Orange.
    expect(ids(`${padding} orange`)).toEqual(ids('andromede'));
    expect(ids(`${padding} orange`)).not.toContain('orange');
    expect(ids('andromede orange')).toContain('orange');
  });
});
