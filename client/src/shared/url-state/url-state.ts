import type { ActorKind, IsoDay, RelationType } from '../api/types.ts';
import { isIsoDay } from '../dates/fuzzy.ts';
import { isLang, type Lang } from '../i18n/lang.ts';
import { actorKinds, isActorKind, isRelationType, relationTypes } from '../vocabulary.ts';

/**
 * All view state lives in the URL, so that any screen is a link and back/forward work. Two pure functions:
 * `parseUrlState` reads a query string (anything it does not understand falls back to the default, never throws)
 * and `serialiseUrlState` writes the canonical, minimal query string (defaults left out, keys in a fixed order),
 * so that parse(serialise(s)) equals s and equal states give equal links.
 */

export const views = ['graph', 'timeline', 'money', 'sources', 'stories'] as const;
export type View = (typeof views)[number];

/** What the side panel can show: an actor, a source, an event (timeline) or a funding record (money). */
export const selectionKinds = ['actor', 'source', 'event', 'funding'] as const;
export type SelectionKind = (typeof selectionKinds)[number];
export interface Selection {
  kind: SelectionKind;
  id: string;
}

export type SizeBy = 'centrality' | 'money';

/** How the timeline groups events into lanes. */
export const laneModes = ['kind', 'actor'] as const;
export type LaneMode = (typeof laneModes)[number];
/** A story has at most this many steps (the step number in a link is checked against it). */
export const MAX_STORY_STEPS = 50;

/** Years the "as of" slider covers. */
export const AS_OF_FIRST_YEAR = 1999;
export const AS_OF_LAST_YEAR = 2024;
/** At most this many actors expanded at once (the API's own list limit). */
export const MAX_FOCUS = 50;

export interface UrlState {
  view: View;
  lang: Lang;
  /** The one selection every view shares. */
  selection: Selection | null;
  /** Actor kinds shown; null means every kind (an empty list shows none). */
  kinds: ActorKind[] | null;
  /** Relation types shown; null means every type. */
  types: RelationType[] | null;
  /** Date window on relations (inclusive days), either end open. */
  from: IsoDay | null;
  to: IsoDay | null;
  /** The network as it stood at the end of this year; null: every date. */
  asOf: number | null;
  /** Whether actors and relations with no date of their own are drawn (marked undated) or left out. */
  undated: boolean;
  /** Actors whose neighbourhoods make up the graph, in the order they were expanded; empty: the whole graph. */
  focus: string[];
  /** Path finder ends. */
  pathFrom: string | null;
  pathTo: string | null;
  sizeBy: SizeBy;
  /** Whether the table alternative to the graph is shown. */
  table: boolean;
  /**
   * Benchmarks only: a same-origin JSON file (a Subgraph) drawn instead of the API's graph. Only plain absolute
   * paths ending in .json are accepted, so a link can never point the explorer at another site.
   */
  graphUrl: string | null;
  /** Timeline lanes: one per event kind or one per actor. */
  lanes: LaneMode;
  /** The source open in the reader (the reader follows the selection when the selection is a source). */
  read: string | null;
  /** A piece of evidence the reader scrolls to and emphasises. */
  ev: string | null;
  /** The guided story being told, and its step (1-based); step is meaningless without a story. */
  story: string | null;
  step: number;
}

export const defaultUrlState: UrlState = Object.freeze({
  view: 'graph',
  lang: 'en',
  selection: null,
  kinds: null,
  types: null,
  from: null,
  to: null,
  asOf: null,
  undated: true,
  focus: [],
  pathFrom: null,
  pathTo: null,
  sizeBy: 'centrality',
  table: false,
  graphUrl: null,
  lanes: 'kind',
  read: null,
  ev: null,
  story: null,
  step: 1,
}) as UrlState;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (value: string) => value.length <= 100 && ID.test(value);
const GRAPH_URL = /^\/(?!\/)[\w\-./]+\.json$/;

const NONE = '-';

/** A comma-separated list from a closed vocabulary, in the vocabulary's order; "-" is the empty list. */
function parseVocabulary<T extends string>(
  raw: string | null,
  vocabulary: readonly T[],
  accept: (v: string) => v is T,
): T[] | null {
  if (raw === null) return null;
  if (raw === NONE) return [];
  const wanted = new Set(raw.split(',').filter(accept));
  if (wanted.size === 0) return null;
  const list = vocabulary.filter((value) => wanted.has(value));
  return list.length === vocabulary.length ? null : list;
}

function serialiseVocabulary<T extends string>(list: T[] | null, vocabulary: readonly T[]): string | null {
  if (list === null) return null;
  if (list.length === 0) return NONE;
  const set = new Set(list);
  const ordered = vocabulary.filter((value) => set.has(value));
  return ordered.length === vocabulary.length ? null : ordered.join(',');
}

function parseYear(raw: string | null): number | null {
  if (raw === null || !/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= AS_OF_FIRST_YEAR && year <= AS_OF_LAST_YEAR ? year : null;
}

const oneOf = <T extends string>(raw: string | null, values: readonly T[], fallback: T): T =>
  raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : fallback;

const idOrNull = (raw: string | null) => (raw !== null && isId(raw) ? raw : null);

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(key);

  let selection: Selection | null = null;
  for (const kind of selectionKinds) {
    const id = idOrNull(get(kind));
    if (id) {
      selection = { kind, id };
      break;
    }
  }
  let from = get('from');
  let to = get('to');
  from = from !== null && isIsoDay(from) ? from : null;
  to = to !== null && isIsoDay(to) ? to : null;
  if (from && to && from > to) [from, to] = [to, from];

  const focus = [...new Set((get('focus') ?? '').split(',').filter(isId))].slice(0, MAX_FOCUS);
  const lang = get('lang');
  const graphUrl = get('data');
  const story = idOrNull(get('story'));

  return {
    view: oneOf(get('view'), views, 'graph'),
    lang: lang !== null && isLang(lang) ? lang : 'en',
    selection,
    kinds: parseVocabulary(get('kinds'), actorKinds, isActorKind),
    types: parseVocabulary(get('types'), relationTypes, isRelationType),
    from,
    to,
    asOf: parseYear(get('asof')),
    undated: get('undated') !== 'hide',
    focus,
    pathFrom: idOrNull(get('pfrom')),
    pathTo: idOrNull(get('pto')),
    sizeBy: oneOf(get('size'), ['centrality', 'money'] as const, 'centrality'),
    table: get('table') === '1',
    graphUrl: graphUrl !== null && GRAPH_URL.test(graphUrl) && !graphUrl.includes('..') ? graphUrl : null,
    lanes: oneOf(get('lanes'), laneModes, 'kind'),
    read: idOrNull(get('read')),
    ev: idOrNull(get('ev')),
    story,
    step: story ? parseStep(get('step')) : 1,
  };
}

function parseStep(raw: string | null): number {
  if (raw === null || !/^\d{1,3}$/.test(raw)) return 1;
  const step = Number(raw);
  return step >= 1 && step <= MAX_STORY_STEPS ? step : 1;
}

/** The canonical query string (with its "?", or "" for the default state). */
export function serialiseUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string | null) => {
    if (value !== null && value !== '') params.set(key, value);
  };
  put('view', state.view === 'graph' ? null : state.view);
  put('lang', state.lang === 'en' ? null : state.lang);
  if (state.selection && isId(state.selection.id)) put(state.selection.kind, state.selection.id);
  put('kinds', serialiseVocabulary(state.kinds, actorKinds));
  put('types', serialiseVocabulary(state.types, relationTypes));
  let { from, to } = state;
  from = from && isIsoDay(from) ? from : null;
  to = to && isIsoDay(to) ? to : null;
  if (from && to && from > to) [from, to] = [to, from];
  put('from', from);
  put('to', to);
  put('asof', parseYear(state.asOf === null ? null : String(state.asOf)) === null ? null : String(state.asOf));
  put('undated', state.undated ? null : 'hide');
  put('focus', [...new Set(state.focus.filter(isId))].slice(0, MAX_FOCUS).join(','));
  put('pfrom', state.pathFrom && isId(state.pathFrom) ? state.pathFrom : null);
  put('pto', state.pathTo && isId(state.pathTo) ? state.pathTo : null);
  put('size', state.sizeBy === 'centrality' ? null : state.sizeBy);
  put('table', state.table ? '1' : null);
  put(
    'data',
    state.graphUrl && GRAPH_URL.test(state.graphUrl) && !state.graphUrl.includes('..') ? state.graphUrl : null,
  );
  put('lanes', state.lanes === 'kind' ? null : state.lanes);
  put('read', state.read && isId(state.read) ? state.read : null);
  put('ev', state.ev && isId(state.ev) ? state.ev : null);
  const story = state.story && isId(state.story) ? state.story : null;
  put('story', story);
  put('step', story && state.step !== 1 ? String(parseStep(String(state.step))) : null);
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/** A state with some fields changed, as the one function every control goes through. */
export const updateUrlState = (state: UrlState, patch: Partial<UrlState>): UrlState => ({ ...state, ...patch });

/** Whether two states write the same link. */
export const sameUrlState = (a: UrlState, b: UrlState): boolean => serialiseUrlState(a) === serialiseUrlState(b);
