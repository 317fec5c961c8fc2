import { useId, useState, type KeyboardEvent } from 'react';
import type { IsoDay } from '../api/types.ts';
import {
  dayTextFormats,
  formatDayText,
  parseDayText,
  type DayBound,
  type DayRange,
  type DayTextProblem,
} from '../dates/day-text.ts';
import { useI18n } from '../i18n/i18n.tsx';
import './date-field.css';

/**
 * A day typed in the interface's language (« jj/mm/aaaa » in French, "yyyy-mm-dd" in English) where a native
 * `<input type="date">` would follow the browser's locale instead. The value in and out is an ISO day (or null
 * when empty). A whole day in the written form applies as it is typed; anything else (a year, a month, another
 * spelling) applies on Enter or on leaving the field, and is then written back in full, so the reader sees the
 * day it stands for. What is not a day stays in the field with a message saying why, and the value is kept.
 */

export interface DateFieldProps {
  label: string;
  value: IsoDay | null;
  onChange: (day: IsoDay | null) => void;
  /** Which day a bare year or month stands for: its first (a window's start) or its last (a window's end). */
  bound: DayBound;
  range?: DayRange;
  id?: string;
  className?: string;
}

export const atlasDayRange: DayRange = { min: '1990-01-01', max: '2030-12-31' };

export function DateField({ label, value, onChange, bound, range = atlasDayRange, id, className }: DateFieldProps) {
  const { t, lang } = useI18n();
  const generatedId = useId();
  const inputId = id ?? `${generatedId}-input`;
  const hintId = `${inputId}-hint`;
  const problemId = `${inputId}-problem`;
  const { pattern, yearPattern } = dayTextFormats[lang];

  const shown = value ? formatDayText(value, lang) : '';
  const [text, setText] = useState(shown);
  const [problem, setProblem] = useState<DayTextProblem | null>(null);
  // A new value from outside (the URL, a "clear" button, the language) replaces whatever is being typed.
  const [shownBefore, setShownBefore] = useState(shown);
  if (shown !== shownBefore) {
    setShownBefore(shown);
    setText(shown);
    setProblem(null);
  }

  const commit = () => {
    const reading = parseDayText(text, lang, bound, range);
    if (reading.kind === 'invalid') return setProblem(reading.problem);
    setProblem(null);
    const day = reading.kind === 'day' ? reading.day : null;
    if (day !== value) onChange(day);
    else setText(shown);
  };

  const type = (next: string) => {
    setText(next);
    const reading = parseDayText(next, lang, bound, range);
    // A message goes as soon as the text is right; a new one waits for Enter or leaving the field.
    if (reading.kind !== 'invalid') setProblem(null);
    if (reading.kind === 'day' && next.trim() === formatDayText(reading.day, lang) && reading.day !== value) {
      onChange(reading.day);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    }
  };

  const message =
    problem === 'format'
      ? t.dateField.format(pattern)
      : problem === 'no-such-day'
        ? t.dateField.noSuchDay
        : problem === 'out-of-range'
          ? t.dateField.outOfRange(formatDayText(range.min, lang), formatDayText(range.max, lang))
          : '';

  return (
    <div className={['date-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={inputId} className="date-field__label">
        {label}
      </label>
      <input
        id={inputId}
        className="date-field__input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={pattern}
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${problemId} ${hintId}` : hintId}
        onChange={(event) => type(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      <span id={hintId} className="date-field__hint">
        {t.dateField.hint(pattern, yearPattern)}
      </span>
      <p id={problemId} className="date-field__problem" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
