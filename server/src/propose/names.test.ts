import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { propose, type Proposals } from './propose.ts';
import { actorsOnly, inlineDocument } from './testing/fixture-kb.ts';

/**
 * Actor names and kinds as news writes them (the round on unseen text, after held-out set 4): public bodies named by
 * an acronym, associations and gangs, descriptors before a name, short forms, measures, institutions' long names.
 * Every sentence is invented; each rule in both languages with its traps.
 */

const PUBLISHED: FuzzyDate = { value: '2024-06-15', precision: 'day' };
const fr = (text: string) => propose(actorsOnly(), [inlineDocument(text, 'fr', PUBLISHED)]);
const en = (text: string) => propose(actorsOnly(), [inlineDocument(text, 'en', PUBLISHED)]);
const actors = (p: Proposals) => p.actors.map((a) => `${a.id} ${a.kind}`);

describe('public bodies', () => {
  it('knows the public bodies news names by an acronym or a brand alone', () => {
    expect(actors(fr("Le projet de Nubo Cloud est soutenu par l'Ademe et l'Inria depuis 2021."))).toEqual(
      expect.arrayContaining(['ademe public-body', 'inria public-body']),
    );
    expect(actors(en('Nimbus Labs was questioned by the ICO and by Ofcom in 2022.'))).toEqual(
      expect.arrayContaining(['ico public-body', 'ofcom public-body']),
    );
  });

  it('reads a body described by what it does: regulator, watchdog, authority, public investment bank', () => {
    expect(actors(fr('Le régulateur Arvalis a ouvert une enquête sur la banque publique Finorea en mai.'))).toEqual(
      expect.arrayContaining(['arvalis public-body', 'finorea public-body']),
    );
    expect(
      actors(
        en("Portugal's data protection authority Velora fined Nimbus Labs, backed by state investment bank Finorea."),
      ),
    ).toEqual(expect.arrayContaining(['velora public-body', 'finorea public-body']));
  });

  it('reads "la DGA" as the body, and "le DGA" (a deputy head) as no name', () => {
    expect(actors(fr('Les deux fondateurs sont passés par la DGA avant de créer Nubo Cloud.'))).toContain(
      'dga public-body',
    );
    expect(
      actors(fr('Paul Martin, le DGA de Nubo Cloud, quitte le groupe.')).filter((a) => a.startsWith('dga')),
    ).toEqual([]);
  });

  it('leaves an investment bank a company, and an acronym with no cue a company', () => {
    expect(actors(en('Nimbus Labs hired the investment bank Harbor Partners in 2023.'))).toContain(
      'harbor-partners company',
    );
    expect(actors(en('Nimbus Labs signed a supply deal with KTN and Veltra Energy in 2022.'))).toContain('ktn company');
  });
});

describe('associations and gangs', () => {
  it('reads associations, campaign groups and collectives as organisations', () => {
    expect(
      actors(
        en('Local association Clear Rivers and the campaign group Open Wires filed an appeal against Nimbus Labs.'),
      ),
    ).toEqual(expect.arrayContaining(['clear-rivers organisation', 'open-wires organisation']));
    expect(actors(fr('Le collectif Terre Numérique conteste le permis accordé à Nubo Cloud.'))).toContain(
      'terre-numerique organisation',
    );
  });

  it('reads a ransomware gang and who claims an attack as an organisation, a plain group as a company', () => {
    expect(actors(en('The intrusion, claimed by the Noctua group in May, hit Nimbus Labs.'))).toContain(
      'noctua organisation',
    );
    expect(actors(fr("Le gang Rhydra a revendiqué l'attaque contre Nubo Cloud."))).toContain('rhydra organisation');
    expect(actors(en('The Vantor group bought Nimbus Labs in 2021.'))).toContain('vantor company');
  });
});
