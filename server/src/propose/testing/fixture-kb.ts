import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FuzzyDate } from '../../domain/dates.ts';
import type { KbActor, SourceManifestEntry } from '../../domain/model.ts';
import type { ActorKind, Language } from '../../domain/vocabulary.ts';
import { normaliseText } from '../../shared-io/source-text.ts';
import type { KnowledgeBaseRecords, ProposalDocument } from '../propose.ts';

/** A small knowledge base of well-known actors, for the invented test articles in tests/fixtures/propose. */
const known: [string, string, ActorKind, string[]][] = [
  ['orange', 'Orange', 'company', ['France Télécom']],
  ['capgemini', 'Capgemini', 'company', []],
  ['atos', 'Atos', 'company', []],
  ['thales', 'Thales', 'company', ['Thalès']],
  ['scaleway', 'Scaleway', 'company', []],
  ['ovhcloud', 'OVHcloud', 'company', ['OVH']],
  ['microsoft', 'Microsoft', 'company', []],
  ['amazon', 'Amazon', 'company', []],
  ['bpifrance', 'Bpifrance', 'public-body', []],
  ['anssi', 'Anssi', 'public-body', ['ANSSI']],
  ['openstack', 'OpenStack', 'technology', []],
  ['kubernetes', 'Kubernetes', 'technology', []],
  ['roubaix', 'Roubaix', 'place', []],
  ['france', 'France', 'place', []],
];

export const fixtureActors: KbActor[] = known.map(([id, name, kind, aliases]) => ({
  id,
  name,
  kind,
  aliases: { fr: [name, ...aliases], en: [name, ...aliases] },
  caseSensitive: [],
  description: { fr: `${name}.`, en: `${name}.` },
  evidence: [],
}));

/**
 * The French State with the knowledge base's own spellings, common words among them: the fixture actors do not hold it,
 * and the rules about another country's state or government need it.
 */
export const frenchState: KbActor = {
  ...fixtureActors[0]!,
  id: 'french-state',
  name: 'État français',
  kind: 'public-body',
  aliases: { fr: ['État', 'gouvernement'], en: ['State', 'the state', 'government'] },
  caseSensitive: ['État', 'State', 'the state'],
};

export const actorsOnly = (actors: KbActor[] = fixtureActors): KnowledgeBaseRecords => ({
  actors,
  relations: [],
  events: [],
  fundings: [],
});

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../tests/fixtures/propose');

export function fixtureDocument(file: string, id: string, language: Language, published: FuzzyDate): ProposalDocument {
  const source: SourceManifestEntry = {
    id,
    file,
    title: `Invented article ${id}`,
    language,
    published: { ...published, basis: published.basis ?? { fr: 'fixture de test', en: 'test fixture' } },
  };
  return { source, text: normaliseText(readFileSync(path.join(fixtures, file), 'utf8')).text };
}

/** A document from an inline text. */
export function inlineDocument(
  text: string,
  language: Language,
  published: FuzzyDate,
  id = 'inline',
): ProposalDocument {
  return {
    source: {
      id,
      file: `${id}.txt`,
      title: id,
      language,
      published: { ...published, basis: published.basis ?? { fr: 'test', en: 'test' } },
    },
    text: normaliseText(text).text,
  };
}
