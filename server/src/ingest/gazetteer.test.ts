import { describe, expect, it } from 'vitest';
import { foldKey, foldText } from './offset-preserving-fold.ts';
import { AliasConflictError, Gazetteer } from './gazetteer.ts';

const found = (gazetteer: Gazetteer, text: string) =>
  gazetteer.find(text).map((m) => [m.actor, text.slice(m.start, m.end)]);

describe('foldText', () => {
  it('folds accents, case and typographic marks, keeping every offset', () => {
    const text = 'L’État Thalès ŒUVRE Straße İstanbul 𝄞!';
    const folded = foldText(text);
    expect(folded).toBe("l'etat thales œuvre straße istanbul 𝄞!");
    expect(folded.length).toBe(text.length);
  });
  it('makes comparison keys with white space folded', () => {
    expect(foldKey('  Caisse   des\nDépôts ')).toBe('caisse des depots');
  });
});

describe('Gazetteer', () => {
  const gazetteer = new Gazetteer([
    { actor: 'andromede', alias: 'Andromède', caseSensitive: false },
    { actor: 'andromede', alias: 'Andromeda', caseSensitive: false },
    { actor: 'thales', alias: 'Thales', caseSensitive: false },
    { actor: 'orange', alias: 'Orange', caseSensitive: true },
    { actor: 'orange', alias: 'France Télécom', caseSensitive: false },
    { actor: 'bleu', alias: 'Bleu', caseSensitive: true },
    { actor: 'cloud-act', alias: 'Cloud Act', caseSensitive: false },
    { actor: 'google', alias: 'Google', caseSensitive: false },
    { actor: 'google-cloud', alias: 'Google Cloud', caseSensitive: false },
  ]);

  it('matches accent- and case-insensitively, mapping offsets to the original text', () => {
    expect(found(gazetteer, 'le projet ANDROMEDE, alias Andromeda; THALÈS et thalès')).toEqual([
      ['andromede', 'ANDROMEDE'],
      ['andromede', 'Andromeda'],
      ['thales', 'THALÈS'],
      ['thales', 'thalès'],
    ]);
    expect(found(gazetteer, 'France Telecom et FRANCE TÉLÉCOM')).toEqual([
      ['orange', 'France Telecom'],
      ['orange', 'FRANCE TÉLÉCOM'],
    ]);
  });
  it('matches common-word aliases only with their exact case', () => {
    expect(found(gazetteer, 'Orange vend une orange ; le ciel bleu, le projet Bleu')).toEqual([
      ['orange', 'Orange'],
      ['bleu', 'Bleu'],
    ]);
  });
  it('matches whole words only', () => {
    expect(found(gazetteer, 'Googleplex, Thalesians, un Thales-like')).toEqual([['thales', 'Thales']]);
  });
  it('prefers the longest match where aliases overlap', () => {
    expect(found(gazetteer, 'Google Cloud and Google, under the Cloud Act')).toEqual([
      ['google-cloud', 'Google Cloud'],
      ['google', 'Google'],
      ['cloud-act', 'Cloud Act'],
    ]);
  });
  it('refuses an alias shared by two actors unless case tells them apart', () => {
    expect(
      () =>
        new Gazetteer([
          { actor: 'a', alias: 'Atos', caseSensitive: false },
          { actor: 'b', alias: 'ATOS', caseSensitive: false },
        ]),
    ).toThrow(AliasConflictError);
    expect(
      () =>
        new Gazetteer([
          { actor: 'orange', alias: 'Orange', caseSensitive: true },
          { actor: 'fruit', alias: 'orange', caseSensitive: true },
        ]),
    ).not.toThrow();
  });
});
