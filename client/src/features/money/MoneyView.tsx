import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { useCallback, useMemo } from 'react';
import { useFunding } from '../../shared/api/queries.ts';
import type { Funding, FundingKind } from '../../shared/api/types.ts';
import { formatFuzzyDate } from '../../shared/dates/format.ts';
import { useI18n } from '../../shared/i18n/i18n.tsx';
import { Empty, ErrorMessage, Loading } from '../../shared/ui/status.tsx';
import { useUrlState } from '../../shared/url-state/use-url-state.ts';
import { useActorDictionary } from '../../shared/api/labels.ts';
import { displayName } from '../../shared/names.ts';
import { useEvidenceIndex } from '../../shared/api/evidence-index.ts';
import { downloadBlob } from '../../shared/export/download.ts';
import { ToolButton, ToolGroup, Toolbar } from '../../shared/ui/toolbar.tsx';
import { fundersOf } from '@atlas/server/domain/funding-aggregation';
import {
  formatAmount,
  formatRange,
  fundingKindOrder,
  moneyTableCsv,
  prepareSankeys,
  totalsRows,
  UNSPECIFIED,
  type CurrencySankey,
  type MoneyLabels,
  type SankeyLinkInput,
  type SankeyNodeInput,
  type TotalCell,
  type TotalsRow,
} from './money-model.ts';
import './money.css';

/**
 * The money view: for each currency its own sankey from funders to recipients (d3-sankey computes the layout,
 * React draws it), each kind of money with its own colour and pattern, disputed amounts flagged, rival claims drawn to
 * separate recipient nodes, every flow opening its evidence in the side panel; beside it the totals per funder and per
 * recipient as the ranges the sources support (server/src/domain/funding-aggregation.ts), and every record with its
 * quote.
 */

export const kindPaint: Record<FundingKind, { colour: string; pattern: string }> = {
  pledged: { colour: '#b45309', pattern: 'money-hatch' },
  invested: { colour: '#1d4ed8', pattern: 'money-solid' },
  disbursed: { colour: '#15803d', pattern: 'money-dots' },
  revenue: { colour: '#7c3aed', pattern: 'money-cross' },
};

function PatternDefs() {
  return (
    <defs>
      {fundingKindOrder.map((kind) => {
        const { colour, pattern } = kindPaint[kind];
        return (
          <pattern key={kind} id={pattern} patternUnits="userSpaceOnUse" width="8" height="8">
            <rect width="8" height="8" fill={colour} fillOpacity={kind === 'invested' ? 0.75 : 0.3} />
            {kind === 'pledged' && <path d="M-2 2L2 -2M0 8L8 0M6 10L10 6" stroke={colour} strokeWidth="2" />}
            {kind === 'disbursed' && <circle cx="4" cy="4" r="2" fill={colour} />}
            {kind === 'revenue' && <path d="M0 4H8M4 0V8" stroke={colour} strokeWidth="1.5" />}
          </pattern>
        );
      })}
    </defs>
  );
}

export function KindSwatch({ kind }: { kind: FundingKind }) {
  return (
    <svg width="28" height="14" aria-hidden="true" className="money-swatch">
      <rect
        x="1"
        y="1"
        width="26"
        height="12"
        fill={`url(#${kindPaint[kind].pattern})`}
        stroke={kindPaint[kind].colour}
      />
    </svg>
  );
}

type Node = SankeyNode<SankeyNodeInput, SankeyLinkInput>;
type Link = SankeyLink<SankeyNodeInput, SankeyLinkInput>;

const WIDTH = 760;
const SIDE = 190;

function CurrencyDiagram({
  diagram,
  onSelect,
  selectedRecord,
}: {
  diagram: CurrencySankey;
  onSelect: (record: string) => void;
  selectedRecord: string | null;
}) {
  const { t, lang } = useI18n();
  const height = Math.max(120, diagram.nodes.length * 26 + 40);
  const graph = useMemo(() => {
    const layout = sankey<SankeyNodeInput, SankeyLinkInput>()
      .nodeId((n) => n.id)
      .nodeWidth(14)
      .nodePadding(16)
      .nodeSort(null)
      .extent([
        [SIDE, 16],
        [WIDTH - SIDE, height - 16],
      ]);
    return layout({
      nodes: diagram.nodes.map((n) => ({ ...n })),
      links: diagram.links.map((l) => ({ ...l })),
    });
  }, [diagram, height]);
  const path = sankeyLinkHorizontal<SankeyNodeInput, SankeyLinkInput>();
  const currencyWords = diagram.currency === UNSPECIFIED ? t.currencyUnspecified : diagram.currency;
  const name = (n: Node) => n.label;

  return (
    <figure className="money-diagram" data-currency={diagram.currency}>
      <figcaption className="money-diagram__title">{t.money.inCurrency(currencyWords)}</figcaption>
      <svg
        width={WIDTH}
        height={height}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="group"
        aria-label={t.money.inCurrency(currencyWords)}
        fontFamily="system-ui, sans-serif"
        fontSize={12}
      >
        <g fill="none">
          {(graph.links as Link[]).map((link, i) => {
            const source = link.source as Node;
            const target = link.target as Node;
            const amount = formatAmount(link.value, diagram.currency, lang, t.currencyUnspecified);
            const label = `${t.money.flowLabel(name(source), name(target), t.funding[link.kind], amount)}${link.disputed ? ` (${t.money.disputed})` : ''}`;
            const selected = selectedRecord !== null && link.records.includes(selectedRecord);
            // The flag sits near the funder's end, where links have not yet converged.
            const midX = (source.x1 ?? 0) + ((target.x0 ?? 0) - (source.x1 ?? 0)) * 0.22;
            const midY = (link.y0 ?? 0) * 0.9 + (link.y1 ?? 0) * 0.1;
            return (
              <g
                key={i}
                className={`money-link${selected ? ' money-link--selected' : ''}`}
                data-from={link.funders.join('+')}
                data-to={link.to}
                data-kind={link.kind}
                data-disputed={link.disputed ? 'true' : undefined}
                data-claim={link.claim ? link.claim.index + 1 : undefined}
                role="button"
                tabIndex={0}
                aria-pressed={selected}
                onClick={() => onSelect(link.records[0]!)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onSelect(link.records[0]!);
                  }
                }}
              >
                <title>{label}</title>
                <path
                  d={path(link) ?? ''}
                  stroke={`url(#${kindPaint[link.kind].pattern})`}
                  strokeWidth={Math.max(3, link.width ?? 1)}
                  strokeOpacity={selected ? 1 : 0.85}
                />
                <path
                  className="money-link__edge"
                  d={path(link) ?? ''}
                  stroke={selected ? '#111827' : kindPaint[link.kind].colour}
                  strokeWidth={1}
                  strokeDasharray={link.disputed ? '5 3' : undefined}
                  fill="none"
                  transform={`translate(0, ${-Math.max(3, link.width ?? 1) / 2})`}
                />
                {link.disputed && (
                  <text
                    x={midX}
                    y={midY + 4}
                    textAnchor="middle"
                    className="money-link__flag"
                    fill="#9a3412"
                    fontWeight="700"
                  >
                    ⚠ {t.money.disputed}
                  </text>
                )}
              </g>
            );
          })}
        </g>
        <g>
          {(graph.nodes as Node[]).map((node) => {
            const left = node.side === 'from';
            const x0 = node.x0 ?? 0;
            const x1 = node.x1 ?? 0;
            const y0 = node.y0 ?? 0;
            const y1 = node.y1 ?? 0;
            return (
              <g key={node.id} className="money-node" data-node={node.id}>
                <rect
                  x={x0}
                  y={y0}
                  width={x1 - x0}
                  height={Math.max(2, y1 - y0)}
                  fill={node.actors.length > 0 ? '#374151' : '#9ca3af'}
                />
                <text
                  x={left ? x0 - 6 : x1 + 6}
                  y={(y0 + y1) / 2 + 4}
                  textAnchor={left ? 'end' : 'start'}
                  fill={node.actors.length > 0 ? '#111827' : '#4b5563'}
                  fontStyle={node.actors.length > 0 ? undefined : 'italic'}
                >
                  {node.label}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
    </figure>
  );
}

/** A cell of the totals: the amount, or the range the sources support with both claims one click away. */
function TotalCellView({ cell, onSelect }: { cell: TotalCell; onSelect: (record: string) => void }) {
  const { t, lang } = useI18n();
  const range = formatRange(cell.low, cell.high, lang);
  if (!cell.disputed) return <>{range}</>;
  const claims = cell.rivalries.flatMap((rivalry) => rivalry.claims);
  return (
    <span className="money-range" data-low={cell.low} data-high={cell.high}>
      {cell.low === cell.high ? range : t.money.rangeLabel(range)}
      {cell.low === cell.high && (
        <>
          {' '}
          <button
            type="button"
            className="badge badge--disputed link-button"
            onClick={() => onSelect(cell.records[0]!)}
            title={t.money.disputedHint}
          >
            {t.money.disputed}
          </button>
        </>
      )}
      {claims.length > 0 && (
        <span className="money-claims">
          {claims.map((claim) => {
            const amount = formatRange(claim.amount, claim.amount, lang);
            return (
              <button
                key={claim.records.join()}
                type="button"
                className="link-button money-claim"
                data-records={claim.records.join(' ')}
                aria-label={t.money.openClaim(amount)}
                onClick={() => onSelect(claim.records[0]!)}
              >
                {amount}
              </button>
            );
          })}
        </span>
      )}
    </span>
  );
}

function TotalsTable({
  caption,
  rows,
  name,
  unnamed,
  onSelect,
}: {
  caption: string;
  rows: readonly TotalsRow[];
  name: (id: string) => string;
  unnamed: string;
  onSelect: (record: string) => void;
}) {
  const { t } = useI18n();
  const [, navigate] = useUrlState();
  return (
    <table className="data-table money-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.money.actor}</th>
          <th scope="col">{t.money.currency}</th>
          {fundingKindOrder.map((kind) => (
            <th scope="col" key={kind} className="num">
              {t.funding[kind]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={`${row.actors.join('+') || `?${row.recipient ?? ''}`}:${row.currency}`}
            data-actors={row.actors.join('+')}
            data-currency={row.currency}
          >
            <th scope="row">
              {row.actors.length > 0 ? (
                row.actors.map((actor, i) => (
                  <span key={actor}>
                    {i > 0 && ' + '}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => navigate({ selection: { kind: 'actor', id: actor } })}
                    >
                      {name(actor)}
                    </button>
                  </span>
                ))
              ) : (
                <span className="fact__muted">
                  {unnamed}
                  {row.recipient && ` → ${name(row.recipient)}`}
                </span>
              )}
            </th>
            <td>{row.currency === UNSPECIFIED ? t.currencyUnspecified : row.currency}</td>
            {fundingKindOrder.map((kind) => {
              const cell = row.perKind[kind];
              return (
                <td key={kind} className="num" data-kind={kind}>
                  {cell ? <TotalCellView cell={cell} onSelect={onSelect} /> : '—'}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function MoneyView() {
  const { t, lang } = useI18n();
  const [state, navigate] = useUrlState();
  const funding = useFunding(true);
  const dictionary = useActorDictionary();
  const index = useEvidenceIndex();

  const labels = useMemo(() => new Map((funding.data?.actors ?? []).map((a) => [a.id, a.name])), [funding.data]);
  const name = useCallback(
    (id: string) => {
      const actor = dictionary.get(id);
      return actor ? displayName(actor, lang) : (labels.get(id) ?? id);
    },
    [dictionary, labels, lang],
  );
  const flows = useMemo(() => funding.data?.flows ?? [], [funding.data]);
  const moneyLabels: MoneyLabels = useMemo(
    () => ({ unnamed: t.money.funderNotNamed, joint: t.money.jointFunders, claimNode: t.money.claimNode }),
    [t],
  );
  const diagrams = useMemo(() => prepareSankeys(flows, name, moneyLabels), [flows, name, moneyLabels]);
  const funders = useMemo(
    () => totalsRows(funding.data?.totalsByFunder ?? [], name, moneyLabels.joint),
    [funding.data, name, moneyLabels],
  );
  const recipients = useMemo(
    () => totalsRows(funding.data?.totalsByRecipient ?? [], name, moneyLabels.joint),
    [funding.data, name, moneyLabels],
  );
  const disputedRecords = useMemo(
    () =>
      new Set(
        (funding.data?.totalsByRecipient ?? []).filter((total) => total.disputed).flatMap((total) => total.records),
      ),
    [funding.data],
  );
  const selectedRecord = state.selection?.kind === 'funding' ? state.selection.id : null;
  const onSelect = useCallback(
    (record: string) => navigate({ selection: { kind: 'funding', id: record } }),
    [navigate],
  );

  if (funding.isPending) return <Loading what={t.things.money} />;
  if (funding.isError)
    return <ErrorMessage error={funding.error} what={t.things.money} onRetry={() => void funding.refetch()} />;
  if (flows.length === 0) return <Empty>{t.money.empty}</Empty>;

  const records = [...funding.data.records].sort((a, b) => b.amount - a.amount || a.id.localeCompare(b.id));
  const quoteOf = (record: Funding) => {
    const entry = index.byId.get(record.evidence[0] ?? '');
    return entry ? entry : null;
  };

  return (
    <section className="money-view" aria-label={t.money.label}>
      <svg width="0" height="0" className="money-patterns" aria-hidden="true" focusable="false">
        <PatternDefs />
      </svg>
      <Toolbar label={t.money.label}>
        <p className="toolbar__hint">{t.money.intro}</p>
        <ToolGroup label={t.money.exportLabel}>
          <ToolButton
            onClick={() =>
              downloadBlob(
                'atlas-money.csv',
                new Blob(['\ufeff', moneyTableCsv(funders, recipients, name, moneyLabels)], {
                  type: 'text/csv;charset=utf-8',
                }),
              )
            }
          >
            {t.money.exportCsv}
          </ToolButton>
        </ToolGroup>
      </Toolbar>

      <div className="legend money-legend" aria-label={t.money.legend}>
        <p className="legend__title">{t.money.legend}</p>
        <ul className="legend__list">
          {fundingKindOrder.map((kind) => (
            <li key={kind}>
              <KindSwatch kind={kind} /> <strong>{t.funding[kind]}</strong>: {t.money.kindHint[kind]}
            </li>
          ))}
          <li>
            <span className="badge badge--disputed">⚠ {t.money.disputed}</span> {t.money.disputedHint}
          </li>
        </ul>
      </div>

      <div className="money-layout">
        <div className="money-diagrams">
          {diagrams.map((diagram) => (
            <CurrencyDiagram
              key={diagram.currency}
              diagram={diagram}
              onSelect={onSelect}
              selectedRecord={selectedRecord}
            />
          ))}
        </div>
        <div className="money-tables">
          <TotalsTable
            caption={t.money.recipients}
            rows={recipients}
            name={name}
            unnamed={t.money.funderNotNamed}
            onSelect={onSelect}
          />
          <TotalsTable
            caption={t.money.funders}
            rows={funders}
            name={name}
            unnamed={t.money.funderNotNamed}
            onSelect={onSelect}
          />
          <p className="legend__note">{t.money.totalsNote}</p>
        </div>
      </div>

      <table className="data-table money-records">
        <caption>{t.money.records}</caption>
        <thead>
          <tr>
            <th scope="col">{t.money.from}</th>
            <th scope="col">{t.money.to}</th>
            <th scope="col">{t.money.kind}</th>
            <th scope="col" className="num">
              {t.money.amount}
            </th>
            <th scope="col">{t.money.date}</th>
            <th scope="col">{t.money.quote}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => {
            const entry = quoteOf(record);
            return (
              <tr
                key={record.id}
                data-record={record.id}
                className={selectedRecord === record.id ? 'data-table__row--selected' : undefined}
              >
                <td>
                  {fundersOf(record).length > 0 ? (
                    moneyLabels.joint(fundersOf(record).map(name))
                  ) : (
                    <span className="fact__muted">{t.money.funderNotNamed}</span>
                  )}
                  {record.partOf && (
                    <>
                      {' '}
                      <button
                        type="button"
                        className="link-button fact__muted"
                        onClick={() => onSelect(record.partOf!)}
                      >
                        ({t.money.partOf})
                      </button>
                    </>
                  )}
                </td>
                <td>{name(record.to)}</td>
                <td>
                  <KindSwatch kind={record.kind} /> {t.funding[record.kind]}
                </td>
                <td className="num">
                  <button type="button" className="link-button money-amount" onClick={() => onSelect(record.id)}>
                    {formatAmount(record.amount, record.currency, lang, t.currencyUnspecified)}
                  </button>
                  {disputedRecords.has(record.id) && (
                    <>
                      {' '}
                      <span className="badge badge--disputed">{t.money.disputed}</span>
                    </>
                  )}
                </td>
                <td>{record.date ? formatFuzzyDate(record.date, lang) : '—'}</td>
                <td>
                  {entry ? (
                    <blockquote className="money-quote" lang={entry.source.language}>
                      “{entry.evidence.quote}”
                      <footer>
                        {entry.source.outlet ?? entry.source.author ?? entry.source.title},{' '}
                        {formatFuzzyDate(entry.source.published, lang)}
                      </footer>
                    </blockquote>
                  ) : (
                    '…'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
