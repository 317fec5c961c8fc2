import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { searchQuery, useSearch } from '../api/queries.ts';
import type { SearchHit } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Highlighted } from './Highlighted.tsx';

/**
 * A type-ahead over /api/search following the WAI-ARIA combobox pattern (an input with a listbox popup):
 * the input keeps focus, aria-activedescendant points at the active option, arrows move, Enter picks, Escape
 * closes (and then clears), and a polite live region says how many matches there are. Matching is the server's:
 * accent- and case-insensitive, French and English.
 */

export interface ComboboxProps {
  label: string;
  /** Hide the label visually (it stays the accessible name). */
  hideLabel?: boolean;
  placeholder?: string;
  kinds: readonly SearchHit['kind'][];
  onPick: (hit: SearchHit) => void;
  /** Text shown after a pick (the picked label) instead of clearing the field. */
  keepPickedText?: boolean;
  initialText?: string;
  className?: string;
  inputId?: string;
}

const DEBOUNCE_MS = 150;

export function Combobox(props: ComboboxProps) {
  const { t, lang } = useI18n();
  const generatedId = useId();
  const inputId = props.inputId ?? `${generatedId}-input`;
  const listId = `${generatedId}-list`;
  const [text, setText] = useState(props.initialText ?? '');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  /** The text as typed, read when an answer fetched on Enter arrives (a later keystroke cancels that pick). */
  const typedText = useRef(text);
  const queryClient = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const search = useSearch(query, props.kinds, lang);
  const ready = query.length >= 2 && search.data !== undefined && search.data.query.length > 0;
  const hits = ready ? search.data.hits : [];
  const expanded = open && query.length >= 2 && (hits.length > 0 || !search.isFetching);
  const activeHit = active >= 0 && active < hits.length ? hits[active] : undefined;
  const answerIsCurrent = query === text.trim() && ready && !search.isFetching && !search.isPlaceholderData;

  const pick = (hit: SearchHit) => {
    props.onPick(hit);
    setOpen(false);
    setActive(-1);
    setText(props.keepPickedText ? hit.label : '');
    typedText.current = props.keepPickedText ? hit.label : '';
    if (!props.keepPickedText) setQuery('');
  };

  /** Enter before the type-ahead answered for the typed text: search now, and pick the first hit when it comes. */
  const pickFirstWhenAnswered = (typed: string) => {
    setQuery(typed);
    queryClient.fetchQuery(searchQuery(typed, props.kinds, lang)).then(
      (answer) => {
        if (typedText.current.trim() === typed && answer.hits[0]) pick(answer.hits[0]);
      },
      () => undefined, // the type-ahead's own query shows the failure
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (hits.length > 0) setActive((i) => (i + 1) % hits.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (hits.length > 0) setActive((i) => (i <= 0 ? hits.length - 1 : i - 1));
        break;
      case 'Enter':
        if (!(expanded && activeHit) && !answerIsCurrent && text.trim().length >= 2) {
          // Typed faster than the debounce and the network.
          event.preventDefault();
          pickFirstWhenAnswered(text.trim());
        } else if (expanded && (activeHit ?? hits[0])) {
          event.preventDefault();
          pick((activeHit ?? hits[0])!);
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.preventDefault();
          setText('');
          typedText.current = '';
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  const statusText =
    query.length < 2
      ? ''
      : search.isError
        ? t.search.failed
        : ready
          ? t.search.results(hits.length)
          : t.search.searching;

  return (
    <div className={`combobox ${props.className ?? ''}`}>
      <label htmlFor={inputId} className={props.hideLabel ? 'visually-hidden' : 'combobox__label'}>
        {props.label}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        className="combobox__input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && activeHit ? `${listId}-${active}` : undefined}
        aria-describedby={`${listId}-hint`}
        placeholder={props.placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          typedText.current = event.target.value;
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span id={`${listId}-hint`} className="visually-hidden">
        {t.search.hint}
      </span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {statusText}
      </span>
      <ul id={listId} role="listbox" aria-label={props.label} className="combobox__list" hidden={!expanded}>
        {expanded && hits.length === 0 && (
          <li className="combobox__empty" role="presentation">
            {search.isError ? t.search.failed : t.search.results(0)}
          </li>
        )}
        {expanded &&
          hits.map((hit, i) => (
            <li
              key={`${hit.kind}:${hit.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`combobox__option${i === active ? ' combobox__option--active' : ''}`}
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActive(i)}
              onClick={() => pick(hit)}
            >
              <span className={`hit-kind hit-kind--${hit.kind}`}>{t.search.kinds[hit.kind] ?? hit.kind}</span>
              {hit.snippet.text === hit.label ? (
                <span className="hit-label">
                  <Highlighted text={hit.label} highlights={hit.snippet.highlights} />
                </span>
              ) : (
                <>
                  <span className="hit-label">{hit.label}</span>
                  <span className="hit-snippet">
                    <Highlighted text={hit.snippet.text} highlights={hit.snippet.highlights} />
                    {hit.snippet.matchedIn && (
                      <span className="hit-matched-in">
                        {' '}
                        {t.search.matchedIn(hit.snippet.matchedIn.language, hit.snippet.matchedIn.words)}
                      </span>
                    )}
                  </span>
                </>
              )}
            </li>
          ))}
      </ul>
    </div>
  );
}
