import { describe, expect, it } from 'vitest';
import type { ActorKind, Language } from '../domain/vocabulary.ts';
import { newDiscourse, resolveAnaphor, type Discourse } from './coreference.ts';
import type { ActorSpan } from './sentence.ts';

/**
 * A business noun opening a sentence ("La société", "The company") after a sentence whose subject is no business: it
 * takes up the one business that sentence named, never an offer, and not when that sentence opened on a business of
 * its own that the reading did not name ("Parmi ses références, la PME mentionne A et B"). On invented sentences, read
 * with the discourse the previous sentence left.
 */

/** The discourse a previous sentence leaves: its text, its actors (by name, in order) and its subject. */
function after(
  previous: string,
  language: Language,
  actors: [name: string, kind: ActorKind][],
  subject: string,
): { discourse: Discourse; text: (next: string) => string } {
  const spans: ActorSpan[] = actors.map(([name, kind]) => {
    const start = previous.indexOf(name);
    return { id: name.toLowerCase().replaceAll(' ', '-'), kind, name, start, end: start + name.length };
  });
  const discourse: Discourse = {
    ...newDiscourse(),
    subject: spans.find((a) => a.name === subject),
    actors: spans,
    start: 0,
    text: previous,
    language,
    sentence: 0,
    paragraph: 0,
  };
  return { discourse, text: (next) => `${previous} ${next}` };
}

function resolved(
  previous: string,
  next: string,
  language: Language,
  actors: [string, ActorKind][],
  subject: string,
): string | undefined {
  const { discourse, text } = after(previous, language, actors, subject);
  const whole = text(next);
  return resolveAnaphor(whole, previous.length + 1, language, [], discourse, 1, 0)?.id;
}

describe('a business noun after a sentence whose subject is no business', () => {
  it('takes up the one business that sentence chose ("La DGA a choisi X. L\'entreprise…")', () => {
    expect(
      resolved(
        'La Ville de Brest a choisi Nubo Cloud.',
        "L'entreprise a été créée en 2019.",
        'fr',
        [
          ['Ville de Brest', 'public-body'],
          ['Nubo Cloud', 'company'],
        ],
        'Ville de Brest',
      ),
    ).toBe('nubo-cloud');
  });

  it('never takes up an offer ("La Ville de Brest a choisi l\'offre X. La société…", "The council picked X Vault")', () => {
    expect(
      resolved(
        "La Ville de Brest a choisi l'offre Nubo Vault.",
        "L'entreprise a été créée en 2019.",
        'fr',
        [
          ['Ville de Brest', 'public-body'],
          ['Nubo Vault', 'offer'],
        ],
        'Ville de Brest',
      ),
    ).toBeUndefined();
    expect(
      resolved(
        'Brest City Council picked the Nimbus Vault service.',
        'The company was founded in 2019.',
        'en',
        [
          ['Brest City Council', 'public-body'],
          ['Nimbus Vault', 'offer'],
        ],
        'Brest City Council',
      ),
    ).toBeUndefined();
  });

  it('does not take up a customer when that sentence opened on a business it described ("la PME mentionne A et B")', () => {
    expect(
      resolved(
        'Parmi ses références, la PME mentionne la mairie de Quimper et Thales.',
        'La société a noué un partenariat avec Clever Cloud.',
        'fr',
        [
          ['mairie de Quimper', 'public-body'],
          ['Thales', 'company'],
        ],
        'mairie de Quimper',
      ),
    ).toBeUndefined();
    expect(
      resolved(
        'Among its references, the firm lists Quimper town hall and Thales.',
        'The company struck a partnership with Clever Cloud.',
        'en',
        [
          ['Quimper town hall', 'public-body'],
          ['Thales', 'company'],
        ],
        'Quimper town hall',
      ),
    ).toBeUndefined();
  });
});
