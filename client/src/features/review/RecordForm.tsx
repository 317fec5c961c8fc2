import { useState, type ReactNode } from 'react';
import {
  actorKinds,
  datePrecisions,
  dateQualifiers,
  eventKinds,
  eventStatusValues,
  fundingKinds,
  getAt,
  relationStatuses,
  relationTypes,
  setAt,
  type FieldErrors,
  type RecordDraft,
} from './record-form.ts';
import type { ReviewMessages } from './review-messages.ts';

/**
 * One labelled field per record field, by collection (actor, relation, event, funding): selects for the closed
 * vocabularies, a date as value + precision (+ qualifier, basis), money as amount + currency + kind, lists one item
 * a line, bilingual texts as French + English. Each field shows its error (the client's check or the server's)
 * beside it, tied to it by aria-describedby. A JSON box stays as an advanced fallback (e.g. for `derived`).
 */

interface Props {
  collection: string;
  record: RecordDraft;
  onChange: (record: RecordDraft) => void;
  errors: FieldErrors;
  actorIds: string[];
  m: ReviewMessages['form'];
}

const fieldId = (path: string) => `review-field-${path.replaceAll('.', '-')}`;
const ACTOR_IDS = 'review-actor-ids';

export function RecordForm({ collection, record, onChange, errors, actorIds, m }: Props) {
  const set = (path: string, value: unknown) => onChange(setAt(record, path, value));
  const textOf = (path: string) => {
    const value = getAt(record, path);
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };

  const errorOf = (path: string): ReactNode =>
    errors[path] ? (
      <span id={`${fieldId(path)}-error`} className="review__field-error">
        {errors[path]}
      </span>
    ) : null;
  const described = (path: string) =>
    errors[path] ? { 'aria-invalid': true as const, 'aria-describedby': `${fieldId(path)}-error` } : {};

  const text = (path: string, label: string, options: { optional?: boolean; list?: string; long?: boolean } = {}) => (
    <div className="review__field" key={path}>
      <label htmlFor={fieldId(path)}>{label}</label>
      {options.long ? (
        <textarea
          id={fieldId(path)}
          rows={2}
          value={textOf(path)}
          onChange={(e) => set(path, options.optional && e.target.value === '' ? undefined : e.target.value)}
          {...described(path)}
        />
      ) : (
        <input
          id={fieldId(path)}
          list={options.list}
          value={textOf(path)}
          onChange={(e) => set(path, options.optional && e.target.value === '' ? undefined : e.target.value)}
          {...described(path)}
        />
      )}
      {errorOf(path)}
    </div>
  );

  const select = (path: string, label: string, values: readonly string[], optional = false) => (
    <div className="review__field" key={path}>
      <label htmlFor={fieldId(path)}>{label}</label>
      <select
        id={fieldId(path)}
        value={textOf(path)}
        onChange={(e) => set(path, e.target.value === '' ? undefined : e.target.value)}
        {...described(path)}
      >
        {(optional || !values.includes(textOf(path))) && <option value="">{m.none}</option>}
        {values.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
      {errorOf(path)}
    </div>
  );

  /** One item a line; an optional list left empty is removed. */
  const lines = (path: string, label: string, optional = false) => {
    const value = (getAt(record, path) as string[] | undefined) ?? [];
    return (
      <div className="review__field" key={path}>
        <label htmlFor={fieldId(path)}>{label}</label>
        <textarea
          id={fieldId(path)}
          rows={2}
          value={value.join('\n')}
          onChange={(e) => {
            const items = e.target.value.split('\n');
            set(path, optional && e.target.value === '' ? undefined : e.target.value === '' ? [] : items);
          }}
          {...described(path)}
        />
        {errorOf(path)}
      </div>
    );
  };

  /** French and English; an optional pair left empty on both sides is removed. */
  const bilingual = (path: string, label: string, optional = false) => {
    const setSide = (side: 'fr' | 'en', value: string) => {
      const next = { ...((getAt(record, path) as Record<string, string> | undefined) ?? {}), [side]: value };
      set(path, optional && !next.fr && !next.en ? undefined : next);
    };
    return (
      <fieldset className="review__group" key={path}>
        <legend>{label}</legend>
        {(['fr', 'en'] as const).map((side) => (
          <div className="review__field" key={side}>
            <label htmlFor={fieldId(`${path}.${side}`)}>{side === 'fr' ? m.french : m.english}</label>
            <textarea
              id={fieldId(`${path}.${side}`)}
              rows={2}
              value={textOf(`${path}.${side}`)}
              onChange={(e) => setSide(side, e.target.value)}
              {...described(`${path}.${side}`)}
            />
            {errorOf(`${path}.${side}`)}
          </div>
        ))}
        {errorOf(path)}
      </fieldset>
    );
  };

  /** Value and precision (qualifier and basis optional); an optional date whose value is emptied is removed. */
  const date = (path: string, label: string, optional = false) => (
    <fieldset className="review__group" key={path}>
      <legend>{label}</legend>
      <div className="review__field">
        <label htmlFor={fieldId(`${path}.value`)}>{m.dateValue}</label>
        <input
          id={fieldId(`${path}.value`)}
          value={textOf(`${path}.value`)}
          onChange={(e) =>
            optional && e.target.value === '' && getAt(record, path) !== undefined
              ? set(path, undefined)
              : set(`${path}.value`, e.target.value)
          }
          {...described(`${path}.value`)}
        />
        {errorOf(`${path}.value`)}
      </div>
      {getAt(record, path) !== undefined && (
        <>
          {select(`${path}.precision`, m.precision, datePrecisions)}
          {select(`${path}.qualifier`, m.qualifier, dateQualifiers, true)}
          {bilingual(`${path}.basis`, m.basis, true)}
        </>
      )}
      {errorOf(path)}
    </fieldset>
  );

  const evidence = () => {
    const list = (getAt(record, 'evidence') as unknown[] | undefined) ?? [];
    return (
      <fieldset className="review__group" key="evidence">
        <legend>{m.evidence}</legend>
        {errorOf('evidence')}
        {list.map((_, i) => (
          <fieldset className="review__group" key={i}>
            <legend>{m.evidenceItem(i + 1)}</legend>
            {text(`evidence.${i}.source`, m.source)}
            {text(`evidence.${i}.quote`, m.quote, { long: true })}
            <button
              type="button"
              onClick={() =>
                set(
                  'evidence',
                  list.filter((_, j) => j !== i),
                )
              }
            >
              {m.removeEvidence(i + 1)}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          onClick={() => set('evidence', [...list, { source: getAt(record, 'evidence.0.source') ?? '', quote: '' }])}
        >
          {m.addEvidence}
        </button>
      </fieldset>
    );
  };

  const eventActors = () => {
    const list = (getAt(record, 'actors') as unknown[] | undefined) ?? [];
    return (
      <fieldset className="review__group" key="actors">
        <legend>{m.actors}</legend>
        {errorOf('actors')}
        {list.map((_, i) => (
          <fieldset className="review__group" key={i}>
            <legend>{m.actor(i + 1)}</legend>
            {text(`actors.${i}.id`, m.actorId, { list: ACTOR_IDS })}
            {bilingual(`actors.${i}.role`, m.role)}
            <button
              type="button"
              onClick={() =>
                set(
                  'actors',
                  list.filter((_, j) => j !== i),
                )
              }
            >
              {m.removeActor(i + 1)}
            </button>
          </fieldset>
        ))}
        <button type="button" onClick={() => set('actors', [...list, { id: '', role: { fr: '', en: '' } }])}>
          {m.addActor}
        </button>
      </fieldset>
    );
  };

  const fields: Record<string, () => ReactNode[]> = {
    actors: () => [
      text('id', m.id),
      text('name', m.name),
      select('kind', m.kind, actorKinds),
      lines('aliases.fr', m.aliasesFr),
      lines('aliases.en', m.aliasesEn),
      lines('caseSensitive', m.caseSensitive, true),
      bilingual('description', m.description),
      text('country', m.country, { optional: true }),
      date('founded', m.founded, true),
      date('dissolved', m.dissolved, true),
      evidence(),
    ],
    relations: () => [
      text('id', m.id),
      select('type', m.type, relationTypes),
      text('from', m.from, { list: ACTOR_IDS }),
      text('to', m.to, { list: ACTOR_IDS }),
      date('since', m.since, true),
      date('until', m.until, true),
      bilingual('role', m.role, true),
      select('status', m.status, relationStatuses, true),
      evidence(),
    ],
    events: () => [
      text('id', m.id),
      date('date', m.date),
      select('status', m.status, eventStatusValues, true),
      select('kind', m.kind, eventKinds),
      bilingual('title', m.title),
      eventActors(),
      evidence(),
    ],
    fundings: () => [
      text('id', m.id),
      text('from', m.fundingFrom, { optional: true, list: ACTOR_IDS }),
      lines('funders', m.funders, true),
      text('to', m.to, { list: ACTOR_IDS }),
      text('partOf', m.partOf, { optional: true }),
      <div className="review__field" key="amount">
        <label htmlFor={fieldId('amount')}>{m.amount}</label>
        <input
          id={fieldId('amount')}
          type="number"
          min="0"
          step="any"
          value={textOf('amount')}
          onChange={(e) => set('amount', e.target.value === '' ? undefined : Number(e.target.value))}
          {...described('amount')}
        />
        {errorOf('amount')}
      </div>,
      <div className="review__field review__field--check" key="approximate">
        <input
          id={fieldId('approximate')}
          type="checkbox"
          checked={getAt(record, 'approximate') === true}
          onChange={(e) => set('approximate', e.target.checked ? true : undefined)}
        />
        <label htmlFor={fieldId('approximate')}>{m.approximate}</label>
      </div>,
      text('currency', m.currency),
      select('kind', m.fundingKind, fundingKinds),
      date('date', m.date, true),
      bilingual('note', m.note, true),
      evidence(),
    ],
  };

  return (
    <>
      {errorOf('')}
      <datalist id={ACTOR_IDS}>
        {actorIds.map((id) => (
          <option key={id} value={id} />
        ))}
      </datalist>
      {(fields[collection] ?? (() => []))()}
      <AdvancedJson record={record} onChange={onChange} m={m} />
    </>
  );
}

/** The whole record as JSON, for what the fields do not cover (e.g. `derived`): a valid text replaces the record. */
function AdvancedJson({ record, onChange, m }: Pick<Props, 'record' | 'onChange' | 'm'>) {
  const [text, setText] = useState(() => JSON.stringify(record, null, 2));
  const [bad, setBad] = useState(false);
  const [shown, setShown] = useState(record);
  // The fields changed the record: show it (unless this box's own valid text produced it). Adjusted during render,
  // as React advises for state derived from a prop.
  if (shown !== record) {
    setShown(record);
    let same = false;
    try {
      same = JSON.stringify(JSON.parse(text)) === JSON.stringify(record);
    } catch {
      // the record replaces the broken text
    }
    if (!same) {
      setText(JSON.stringify(record, null, 2));
      setBad(false);
    }
  }
  return (
    <details className="review__advanced">
      <summary>{m.advanced}</summary>
      <label htmlFor="review-draft">{m.advancedLabel}</label>
      <textarea
        id="review-draft"
        rows={12}
        value={text}
        aria-invalid={bad || undefined}
        aria-describedby={bad ? 'review-draft-error' : undefined}
        onChange={(e) => {
          setText(e.target.value);
          try {
            const parsed = JSON.parse(e.target.value) as unknown;
            if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a record');
            setBad(false);
            onChange(parsed as RecordDraft);
          } catch {
            setBad(true);
          }
        }}
      />
      {bad && (
        <span id="review-draft-error" className="review__field-error">
          {m.badJson}
        </span>
      )}
    </details>
  );
}
