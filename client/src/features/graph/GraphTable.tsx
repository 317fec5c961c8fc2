import { useState } from 'react';
import type { GraphEdge } from '../../shared/api/types.ts';
import { formatFuzzyDate, formatPeriod } from '../../shared/dates/format.ts';
import { useI18n } from '../../shared/i18n/i18n.tsx';
import { spanStartDay } from '@atlas/server/domain/time-spans';
import { sortRows, type ActorRow, type SortDirection, type SortKey, type Visibility } from './graph-model.ts';

/** Rows past this are left out (with a note), so that a 10,000-relation graph does not freeze the page. */
const MAX_ROWS = 500;

function SortHeader<K extends string>({
  column,
  label,
  sort,
  onSort,
}: {
  column: K;
  label: string;
  sort: { key: K; direction: SortDirection };
  onSort: (key: K) => void;
}) {
  const { t } = useI18n();
  const active = sort.key === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(column)} title={t.table.sortBy(label)}>
        {label}
        <span aria-hidden="true" className="sort-button__arrow">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

function useSort<K extends string>(initial: K, initialDirection: SortDirection = 'ascending') {
  const [sort, setSort] = useState<{ key: K; direction: SortDirection }>({ key: initial, direction: initialDirection });
  const onSort = (key: K) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'relations' || key === 'centrality' ? 'descending' : 'ascending' },
    );
  return [sort, onSort] as const;
}

type RelationKey = 'from' | 'type' | 'to' | 'period';

export interface RelationRow {
  relation: GraphEdge;
  from: string;
  to: string;
  type: string;
}

/** The graph as two sortable tables, actors and relations: every action of the canvas, by keyboard. */
export function GraphTable({
  actors,
  relations,
  selected,
  focus,
  onSelect,
  onExpand,
  dating,
}: {
  actors: ActorRow[];
  relations: RelationRow[];
  selected: string | null;
  focus: readonly string[];
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
  /** Each row's dating as of the view's day (visibleElements). */
  dating: Visibility['dating'];
}) {
  const { t, lang } = useI18n();
  const [actorSort, onActorSort] = useSort<SortKey>('relations', 'descending');
  const [relationSort, onRelationSort] = useSort<RelationKey>('from');
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });

  const sortedActors = sortRows(actors, actorSort.key, actorSort.direction, lang);
  // The known start: its own `since`, or a statement's publication (domain/time-spans.ts).
  const start = (r: GraphEdge) => spanStartDay(r.span) ?? '';
  const period = (r: GraphEdge) =>
    formatPeriod(r.since, r.until, lang) ??
    (r.span.start?.basis === 'publication' ? t.graph.startedFrom(formatFuzzyDate(r.span.start.date, lang)) : '');
  const datingWord = (value: string | undefined) =>
    value === 'dated' || value === 'attested' || value === 'undated' ? t.table.datingShort[value] : '';
  const sign = relationSort.direction === 'ascending' ? 1 : -1;
  const sortedRelations = [...relations].sort((a, b) => {
    const key = relationSort.key;
    const primary =
      key === 'period' ? start(a.relation).localeCompare(start(b.relation)) : collator.compare(a[key], b[key]);
    return sign * primary || collator.compare(a.from, b.from) || (a.relation.id < b.relation.id ? -1 : 1);
  });

  return (
    <div className="graph-table">
      <table className="data-table" id="actors-table">
        <caption>
          {t.table.caption} ({actors.length})
        </caption>
        <thead>
          <tr>
            <SortHeader column="name" label={t.table.name} sort={actorSort} onSort={onActorSort} />
            <SortHeader column="kind" label={t.table.kind} sort={actorSort} onSort={onActorSort} />
            <SortHeader column="relations" label={t.table.relations} sort={actorSort} onSort={onActorSort} />
            <SortHeader column="centrality" label={t.table.centrality} sort={actorSort} onSort={onActorSort} />
            <th scope="col">{t.table.dating}</th>
            <th scope="col">{t.table.actions}</th>
          </tr>
        </thead>
        <tbody>
          {sortedActors.slice(0, MAX_ROWS).map((row) => (
            <tr
              key={row.id}
              data-actor={row.id}
              className={row.id === selected ? 'data-table__row--selected' : undefined}
            >
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onSelect(row.id)}>
                  {row.name}
                </button>
              </th>
              <td>{row.kind}</td>
              <td className="num">{row.relations}</td>
              <td className="num">{row.centrality.toFixed(3)}</td>
              <td>{datingWord(dating.nodes.get(row.id))}</td>
              <td>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onExpand(row.id)}
                  disabled={focus.includes(row.id)}
                  aria-label={`${t.table.expand}: ${row.name}`}
                >
                  {t.table.expand}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {actors.length > MAX_ROWS && <p className="fact__muted">{`${MAX_ROWS} / ${actors.length}`}</p>}

      <table className="data-table" id="relations-table">
        <caption>
          {t.table.relationsCaption} ({relations.length})
        </caption>
        <thead>
          <tr>
            <SortHeader column="from" label={t.table.from} sort={relationSort} onSort={onRelationSort} />
            <SortHeader column="type" label={t.table.type} sort={relationSort} onSort={onRelationSort} />
            <SortHeader column="to" label={t.table.to} sort={relationSort} onSort={onRelationSort} />
            <SortHeader column="period" label={t.table.period} sort={relationSort} onSort={onRelationSort} />
            <th scope="col">{t.table.dating}</th>
            <th scope="col">{t.table.evidence}</th>
          </tr>
        </thead>
        <tbody>
          {sortedRelations.slice(0, MAX_ROWS).map((row) => (
            <tr key={row.relation.id} data-relation={row.relation.id}>
              <td>{row.from}</td>
              <td>{row.type}</td>
              <td>{row.to}</td>
              <td>{period(row.relation)}</td>
              <td>{datingWord(dating.edges.get(row.relation.id))}</td>
              <td className="num">{row.relation.evidence.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {relations.length > MAX_ROWS && <p className="fact__muted">{`${MAX_ROWS} / ${relations.length}`}</p>}
    </div>
  );
}
