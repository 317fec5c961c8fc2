import { datePrecisions, dateQualifiers, fuzzyDateProblem } from '@atlas/server/domain/fuzzy-date';
import { actorKinds, eventKinds, fundingKinds, relationStatuses, relationTypes } from '@atlas/server/domain/vocabulary';
import type { ReviewMessages } from './review-messages.ts';

/**
 * The edit form's model: a record as plain data, read and written by dotted paths ("evidence.0.quote", the same
 * names the server gives a refused field), and checked on the client so that most mistakes are named before the
 * record is sent. The server stays the authority (strict zod, then the full ingest).
 */

export type RecordDraft = Record<string, unknown>;
export type FieldErrors = Record<string, string>;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const eventStatusValues = ['planned', 'announced', 'happened'] as const;
export { actorKinds, datePrecisions, dateQualifiers, eventKinds, fundingKinds, relationStatuses, relationTypes };

const segments = (path: string): string[] => (path === '' ? [] : path.split('.'));

export function getAt(record: unknown, path: string): unknown {
  let value = record;
  for (const key of segments(path)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A copy of `record` with the value at `path` replaced; `undefined` removes the key (an optional field left empty). */
export function setAt(record: RecordDraft, path: string, value: unknown): RecordDraft {
  const set = (node: unknown, keys: string[]): unknown => {
    const [key, ...rest] = keys as [string, ...string[]];
    const inner = rest.length === 0 ? value : set(getAt(node, key) ?? (/^\d+$/.test(rest[0]!) ? [] : {}), rest);
    if (Array.isArray(node)) {
      const copy = [...(node as unknown[])];
      copy[Number(key)] = inner;
      return copy;
    }
    const copy = { ...((node as Record<string, unknown> | undefined) ?? {}) };
    if (inner === undefined) delete copy[key];
    else copy[key] = inner;
    return copy;
  };
  return set(record, segments(path)) as RecordDraft;
}

/** The field a server problem names ("record.evidence.0.quote" → "evidence.0.quote"; the record itself → ""). */
export function recordField(name: string): string | null {
  if (name === 'record') return '';
  return name.startsWith('record.') ? name.slice('record.'.length) : null;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Every problem the client can see in a record of `collection`, by field path, in the screen's language. */
export function checkRecord(collection: string, record: RecordDraft, m: ReviewMessages['check']): FieldErrors {
  const errors: FieldErrors = {};
  const problem = (path: string, message: string) => {
    errors[path] ??= message;
  };
  const required = (path: string) => {
    if (!isText(getAt(record, path))) problem(path, m.required);
  };
  const id = (path: string, optional = false) => {
    const value = getAt(record, path);
    if (value === undefined && optional) return;
    if (!isText(value)) problem(path, m.required);
    else if (!ID.test(value)) problem(path, m.id);
  };
  const oneOf = (path: string, values: readonly string[], optional = false) => {
    const value = getAt(record, path);
    if (value === undefined && optional) return;
    if (typeof value !== 'string' || !values.includes(value)) problem(path, m.choose);
  };
  const bilingual = (path: string, optional = false) => {
    const value = getAt(record, path);
    if (value === undefined && optional) return;
    if (!isText(getAt(value, 'fr'))) problem(`${path}.fr`, m.bilingual);
    if (!isText(getAt(value, 'en'))) problem(`${path}.en`, m.bilingual);
  };
  const date = (path: string, optional = false) => {
    const value = getAt(record, path) as { value?: unknown; precision?: unknown; qualifier?: unknown } | undefined;
    if (value === undefined && optional) return;
    if (!isText(value?.value)) return problem(`${path}.value`, m.required);
    oneOf(`${path}.precision`, datePrecisions);
    oneOf(`${path}.qualifier`, dateQualifiers, true);
    if (errors[`${path}.precision`] || errors[`${path}.qualifier`]) return;
    const why = fuzzyDateProblem(value as Parameters<typeof fuzzyDateProblem>[0]);
    if (why) problem(`${path}.value`, why);
  };
  const evidence = (atLeastOne: boolean) => {
    const list = (getAt(record, 'evidence') as unknown[] | undefined) ?? [];
    if (atLeastOne && list.length === 0) problem('evidence', m.evidence);
    list.forEach((_, i) => {
      id(`evidence.${i}.source`);
      const quote = getAt(record, `evidence.${i}.quote`);
      const length = typeof quote === 'string' ? quote.trim().length : 0;
      if (length < 3 || length > 400) problem(`evidence.${i}.quote`, m.quote);
    });
  };

  id('id');
  if (collection === 'actors') {
    required('name');
    oneOf('kind', actorKinds);
    bilingual('description');
    const country = getAt(record, 'country');
    if (country !== undefined && !(typeof country === 'string' && /^[A-Z]{2}$/.test(country)))
      problem('country', m.country);
    date('founded', true);
    date('dissolved', true);
    evidence(false);
    const names = new Set([
      getAt(record, 'name'),
      ...((getAt(record, 'aliases.fr') as unknown[] | undefined) ?? []),
      ...((getAt(record, 'aliases.en') as unknown[] | undefined) ?? []),
    ]);
    ((getAt(record, 'caseSensitive') as string[] | undefined) ?? []).forEach((name) => {
      if (!names.has(name)) problem('caseSensitive', m.caseSensitive(name));
    });
    const dated = getAt(record, 'founded') !== undefined || getAt(record, 'dissolved') !== undefined;
    if (dated && ((getAt(record, 'evidence') as unknown[] | undefined) ?? []).length === 0)
      problem('evidence', m.datedNeedsEvidence);
  } else if (collection === 'relations') {
    oneOf('type', relationTypes);
    id('from');
    id('to');
    date('since', true);
    date('until', true);
    bilingual('role', true);
    oneOf('status', relationStatuses, true);
    evidence(true);
  } else if (collection === 'events') {
    date('date');
    oneOf('status', eventStatusValues, true);
    oneOf('kind', eventKinds);
    bilingual('title');
    const actors = (getAt(record, 'actors') as unknown[] | undefined) ?? [];
    if (actors.length === 0) problem('actors', m.actors);
    actors.forEach((_, i) => {
      id(`actors.${i}.id`);
      bilingual(`actors.${i}.role`);
    });
    evidence(true);
  } else if (collection === 'fundings') {
    id('from', true);
    const funders = getAt(record, 'funders') as string[] | undefined;
    if (funders !== undefined) {
      if (funders.length < 2 || getAt(record, 'from') !== undefined) problem('funders', m.funders);
      funders.forEach((funder) => !ID.test(funder) && problem('funders', m.id));
    }
    id('to');
    id('partOf', true);
    const amount = getAt(record, 'amount');
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0) problem('amount', m.amount);
    const currency = getAt(record, 'currency');
    if (!(typeof currency === 'string' && /^([A-Z]{3}|unspecified)$/.test(currency))) problem('currency', m.currency);
    oneOf('kind', fundingKinds);
    date('date', true);
    bilingual('note', true);
    evidence(true);
  }
  return errors;
}

/** The record as sent: the empty lines of one-a-line lists (left while typing) dropped. */
export function tidyRecord(record: RecordDraft): RecordDraft {
  const tidy = (value: unknown): unknown => {
    if (Array.isArray(value))
      return value.every((item) => typeof item === 'string')
        ? (value as string[]).filter((item) => item.trim() !== '')
        : value.map(tidy);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, tidy(inner)]));
    return value;
  };
  return tidy(record) as RecordDraft;
}
