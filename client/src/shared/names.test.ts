import { describe, expect, it } from 'vitest';
import { displayName, otherNames } from './names.ts';

const actor = (name: string, fr: string[], en: string[]) => ({ name, aliases: { fr, en } });

describe('displayName', () => {
  it('keeps the canonical name where the language knows it by that name', () => {
    expect(displayName(actor('Bleu', ['Bleu', 'projet Bleu'], ['Blue', 'Blue project', 'Bleu']), 'en')).toBe('Bleu');
    expect(displayName(actor('Andromède', ['Andromède'], ['Andromeda', 'Andromède']), 'en')).toBe('Andromède');
  });

  it('uses the language’s own name otherwise', () => {
    expect(displayName(actor('Belgique', ['Belgique'], ['Belgium']), 'en')).toBe('Belgium');
    expect(displayName(actor('État français', ['État', "l'État", 'État français'], ['State', 'the State']), 'en')).toBe(
      'State',
    );
    expect(displayName(actor('Comité stratégique de filière', [], ["sector's strategic committee"]), 'en')).toBe(
      "Sector's strategic committee",
    );
    expect(displayName(actor('Cloudwatt', [], []), 'fr')).toBe('Cloudwatt');
  });

  it('lists the other names once, accents and case folded', () => {
    expect(otherNames(actor('Andromède', ['Andromède', 'projet Andromède', 'Andromede'], []), 'fr')).toEqual([
      'projet Andromède',
    ]);
  });
});
