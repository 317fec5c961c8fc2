import { useI18n } from '../../shared/i18n/i18n.tsx';
import { useUrlState } from '../../shared/url-state/use-url-state.ts';
import { formatRange, fundingKindOrder, UNSPECIFIED, type TotalCell, type TotalsRow } from './money-model.ts';

/** The totals per funder or per recipient, by kind of money, as the ranges the sources support. */

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

export function TotalsTable({
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
