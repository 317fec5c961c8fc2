import type { FuzzyDate } from '../../domain/dates.ts';
import type { Language } from '../../domain/vocabulary.ts';
import { extractMoney } from '../../ingest/extract/money.ts';
import { propose, RULES_ONLY, type Proposals } from '../propose.ts';
import { actorsOnly, inlineDocument } from './fixture-kb.ts';

/**
 * The rule tests' one reading of an invented text, and the projections of its proposals that those tests share.
 *
 * The rule tests test the extraction RULES: they read with the rules alone, whatever propose()'s default learnt
 * models (those have their own tests, learnt/*.test.ts, and would otherwise add records a rule test is about).
 */

export { RULES_ONLY };

/** A publication date for the texts of a test that does not care about it. */
export const READ_ON: FuzzyDate = { value: '2026-03-10', precision: 'day' };

/** Proposals from one inline text against the fixture actors, read with the rules alone. */
export const readWithRules = (text: string, language: Language, published: FuzzyDate = READ_ON): Proposals =>
  propose(actorsOnly(), [inlineDocument(text, language, published)], RULES_ONLY);

/** Relations as "from type to", in the order proposed. */
export const relations = (p: Proposals) => p.relations.map((r) => `${r.from} ${r.type} ${r.to}`);

/** Actors as "id kind", in the order proposed. */
export const actors = (p: Proposals) => p.actors.map((a) => `${a.id} ${a.kind}`);

/** Actor ids, in the order proposed. */
export const ids = (p: Proposals) => p.actors.map((a) => a.id);

/** Events as "kind actor|actor date", in the order proposed. */
export const events = (p: Proposals) =>
  p.events.map((e) => `${e.kind} ${e.actors.map((a) => a.id).join('|')} ${e.date.value}`);

/** Fundings as "payer(s) -> recipient amount kind", sorted (no currency). */
export const fundings = (p: Proposals) =>
  p.fundings.map((f) => `${f.from ?? f.funders?.join('+') ?? '-'} -> ${f.to} ${f.amount} ${f.kind}`).sort();

/** A funding as "payer -> recipient amount currency kind" (payers joined by "+", "-" for none). */
export const fundingLine = (f: Proposals['fundings'][number]) =>
  `${f.from ?? f.funders?.join('+') ?? '-'} -> ${f.to} ${f.amount} ${f.currency} ${f.kind}`;

/** An inline text's fundings as `fundingLine`s, sorted. */
export const fundingLines = (text: string, language: Language) =>
  readWithRules(text, language).fundings.map(fundingLine).sort();

/** An actor's "id kind" as an inline text's proposals type it, or undefined when not proposed. */
export const kindOf = (text: string, language: Language, id: string) =>
  actors(readWithRules(text, language)).find((a) => a.startsWith(`${id} `));

/** The money extractor's mentions of a text, as "text amount currency". */
export const moneyMentions = (text: string, language: Language, published: FuzzyDate) =>
  extractMoney(text, { language, published }).map((m) => `${m.text} ${m.amount} ${m.currency}`);
