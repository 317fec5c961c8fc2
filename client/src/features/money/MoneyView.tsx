import { useCallback, useMemo, useRef } from 'react';
import { useDisputes, useFunding } from '../../shared/api/queries.ts';
import { DisputeCard } from '../../shared/evidence/DisputeCard.tsx';
import type { Funding } from '../../shared/api/types.ts';
import { formatFuzzyDate } from '../../shared/dates/format.ts';
import { useI18n } from '../../shared/i18n/i18n.tsx';
import { Empty, ErrorMessage, Loading } from '../../shared/ui/status.tsx';
import { useUrlState } from '../../shared/url-state/use-url-state.ts';
import { useActorDictionary } from '../../shared/api/labels.ts';
import { displayName } from '../../shared/names.ts';
import { useEvidenceIndex } from '../../shared/api/evidence-index.ts';
import { downloadBlob } from '../../shared/export/download.ts';
import { formatMoney } from '../../shared/format/money.ts';
import { ToolButton, ToolGroup, Toolbar } from '../../shared/ui/toolbar.tsx';
import { fundersOf } from '@atlas/server/domain/funding-aggregation';
import {
  formatAmount,
  fundingKindOrder,
  moneyTableCsv,
  prepareSankeys,
  MIN_FLOW_PX,
  sharedScale,
  totalsRows,
  UNSPECIFIED,
  widenedUnder,
  type MoneyLabels,
} from './money-model.ts';
import { CurrencyDiagram } from './CurrencyDiagram.tsx';
import { KindSwatch, PatternDefs } from './paint.tsx';
import { TotalsTable } from './TotalsTable.tsx';
import './money.css';

/**
 * The money view: for each currency its own sankey from funders to recipients (d3-sankey computes the layout,
 * React draws it), each kind of money with its own colour and pattern, disputed amounts flagged, rival claims drawn to
 * separate recipient nodes, every flow opening its evidence in the side panel; beside it the totals per funder and per
 * recipient as the ranges the sources support (server/src/domain/funding-aggregation.ts), and every record with its
 * quote.
 */

/** The height of the flows in the diagram carrying the most money; every other diagram at the same scale. */
const DIAGRAM_FLOWS_PX = 400;

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
  const scale = useMemo(() => sharedScale(diagrams, DIAGRAM_FLOWS_PX), [diagrams]);
  const disputes = useDisputes();
  // Amount disputes set what was said to be spent beside what was pledged or invested.
  const amountDisputes = useMemo(
    () => (disputes.data?.disputes ?? []).filter((dispute) => dispute.about === 'amount'),
    [disputes.data],
  );
  const known = useMemo(() => new Map([...index.byId].map(([key, entry]) => [key, entry.evidence])), [index.byId]);
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
  const spentRef = useRef<HTMLElement>(null);
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

      {amountDisputes.length > 0 && (
        <p className="money-summary">
          {t.money.moneySummary}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              spentRef.current?.scrollIntoView({ block: 'start' });
              spentRef.current?.focus({ preventScroll: true });
            }}
          >
            {t.money.moneySummaryLink} ↓
          </button>
        </p>
      )}

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
          <p className="legend__note money-scale-note">
            {t.money.scaleNote(
              new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(MIN_FLOW_PX),
              formatMoney(widenedUnder(scale), UNSPECIFIED, lang),
            )}
          </p>
          {diagrams.map((diagram) => (
            <CurrencyDiagram
              key={diagram.currency}
              diagram={diagram}
              scale={scale}
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
          {amountDisputes.length > 0 && (
            <section className="money-spent" aria-label={t.money.spentTitle} ref={spentRef} tabIndex={-1}>
              <h2 className="money-spent__title">{t.money.spentTitle}</h2>
              <p className="legend__note">{t.money.spentIntro}</p>
              {amountDisputes.map((dispute) => (
                <DisputeCard key={dispute.id} dispute={dispute} known={known} />
              ))}
            </section>
          )}
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
