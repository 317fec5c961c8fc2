import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useActorDictionary } from '../../shared/api/labels.ts';
import { useSource, useSources } from '../../shared/api/queries.ts';
import type { Source, SourceDetail } from '../../shared/api/types.ts';
import { formatFuzzyDate } from '../../shared/dates/format.ts';
import { useI18n } from '../../shared/i18n/i18n.tsx';
import { colon } from '../../shared/i18n/typography.ts';
import { displayName, outletLabel } from '../../shared/names.ts';
import { Empty, ErrorMessage, Loading } from '../../shared/ui/status.tsx';
import { serialiseUrlState } from '../../shared/url-state/url-state.ts';
import { useUrlState } from '../../shared/url-state/use-url-state.ts';
import { EvidenceQuote } from '../../shared/evidence/Evidence.tsx';
import { mentionMarks, readerRuns, segmentText, shownMention, type Segment } from './segments.ts';
import './sources.css';

/**
 * The source reader: every source with its language, outlet, author and publication date (its precision and how it
 * was established); the text, when the corpus is present, with each actor mention a link that selects the actor
 * and each evidence span marked, built as React nodes from offsets; without the text, the quotes taken from it.
 * The journalist checks the sentence behind a claim here.
 */

function SourceListItem({ source, current, onOpen }: { source: Source; current: boolean; onOpen: () => void }) {
  const { t, lang } = useI18n();
  return (
    <li className={`reader-list__item${current ? ' reader-list__item--current' : ''}`}>
      <button
        type="button"
        className="reader-list__open link-button"
        aria-current={current ? 'true' : undefined}
        onClick={onOpen}
        lang={source.language}
      >
        {source.title}
      </button>
      <dl className="reader-list__facts">
        <div>
          <dt className="visually-hidden">{t.language}</dt>
          <dd>
            <span className="badge">{source.language.toUpperCase()}</span>
          </dd>
        </div>
        {source.outlet && (
          <div>
            <dt className="visually-hidden">{t.panel.outlet}</dt>
            <dd>{outletLabel(source, lang)}</dd>
          </div>
        )}
        {source.author && (
          <div>
            <dt className="visually-hidden">{t.panel.author}</dt>
            <dd>{source.author}</dd>
          </div>
        )}
        <div>
          <dt className="visually-hidden">{t.panel.published}</dt>
          <dd>
            <details className="date-basis">
              <summary>
                {formatFuzzyDate(source.published, lang)}{' '}
                <span className="fact__muted">
                  ({t.reader.precision}
                  {colon(lang)} {t.reader.precisions[source.published.precision]})
                </span>
              </summary>
              <p>
                <span className="visually-hidden">{t.reader.basis}: </span>
                {source.published.basis?.[lang]}
              </p>
            </details>
          </dd>
        </div>
      </dl>
    </li>
  );
}

function SourceText({
  detail,
  focusEvidence,
  allMentions,
}: {
  detail: SourceDetail;
  focusEvidence: string | null;
  allMentions: boolean;
}) {
  const { t, lang } = useI18n();
  const [state, navigate] = useUrlState();
  const dictionary = useActorDictionary();
  const textRef = useRef<HTMLDivElement>(null);
  const content = detail.text.available ? detail.text.content : '';
  const segments = useMemo(
    () =>
      segmentText(
        content,
        mentionMarks(detail.mentions),
        detail.evidence.flatMap((e) =>
          e.start !== null && e.end !== null ? [{ start: e.start, end: e.end, id: e.id }] : [],
        ),
      ),
    [content, detail.mentions, detail.evidence],
  );

  useEffect(() => {
    if (!focusEvidence || !textRef.current) return;
    const marks = textRef.current.querySelectorAll<HTMLElement>('mark[data-evidence]');
    const first = [...marks].find((m) => m.dataset.evidence!.split(' ').includes(focusEvidence));
    first?.scrollIntoView({ block: 'center' });
  }, [focusEvidence, segments]);

  const name = (id: string) => {
    const actor = dictionary.get(id);
    return actor ? displayName(actor, lang) : id;
  };
  const select = (actor: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate({ selection: { kind: 'actor', id: actor }, read: detail.source.id });
  };

  // Names are linked sparingly: the actor in focus only, every name on demand; the passage the reader came for is one
  // highlight, other quoted passages a light underline, so that most of the text reads plain.
  const focusActor = state.selection?.kind === 'actor' ? state.selection.id : null;
  const shown = allMentions ? 'all' : new Set(focusActor ? [focusActor] : []);
  const runs = readerRuns(segments, focusEvidence);
  const segmentNode = (segment: Segment) => {
    const actor = shownMention(segment, shown);
    if (!actor) return <span key={segment.start}>{segment.text}</span>;
    return (
      <a
        key={segment.start}
        className={`mention${actor === focusActor ? ' mention--selected' : ''}`}
        href={`${window.location.pathname}${serialiseUrlState({ ...state, selection: { kind: 'actor', id: actor }, read: detail.source.id })}`}
        data-actor={actor}
        title={t.reader.mentionTitle(segment.actors.map(name).join(', '))}
        onClick={select(actor)}
      >
        {segment.text}
      </a>
    );
  };

  return (
    <div
      ref={textRef}
      className={`reader-text${allMentions ? ' reader-text--all-marks' : ''}`}
      lang={detail.source.language}
      aria-label={t.reader.textOf(detail.source.title)}
      role="document"
      data-segments={segments.length}
    >
      {runs.map((run) =>
        run.kind === 'plain' ? (
          run.segments.map(segmentNode)
        ) : (
          <mark
            key={run.segments[0]!.start}
            className={`evidence-span${run.kind === 'focus' ? ' evidence-span--focused' : ''}`}
            data-evidence={run.evidence.join(' ')}
            data-opens={run.opens ? 'true' : undefined}
            title={t.reader.evidenceTitle}
          >
            {run.segments.map(segmentNode)}
          </mark>
        ),
      )}
    </div>
  );
}

function Reader({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [state] = useUrlState();
  const query = useSource(id);
  const [allMentions, setAllMentions] = useState(false);
  if (query.isPending) return <Loading what={t.things.source} />;
  if (query.isError)
    return <ErrorMessage error={query.error} what={t.things.source} onRetry={() => void query.refetch()} />;
  const detail = query.data;
  const { source } = detail;
  return (
    <article
      className="reader"
      aria-labelledby="reader-title"
      data-source={source.id}
      data-text={detail.text.available ? 'yes' : 'no'}
    >
      <header className="reader__header">
        <h2 id="reader-title" lang={source.language}>
          {source.title}
        </h2>
        <p className="reader__legend">
          <span className="mention mention--sample">{t.reader.legendMention.split(':')[0]!.trimEnd()}</span>
          {colon(lang)}
          {t.reader.legendMention.split(':').slice(1).join(':')}
          {' · '}
          <span className="evidence-sample">{t.reader.legendEvidence.split(':')[0]!.trimEnd()}</span>
          {colon(lang)}
          {t.reader.legendEvidence.split(':').slice(1).join(':')}
          {detail.text.available && source.characters !== null && <> · {t.reader.characters(source.characters)}</>}
        </p>
        {detail.text.available && detail.mentions.length > 0 && (
          <button
            type="button"
            className="button button--quiet reader__mentions-toggle"
            aria-pressed={allMentions}
            onClick={() => setAllMentions((all) => !all)}
          >
            {allMentions ? t.reader.hideMentions : t.reader.showMentions}
          </button>
        )}
      </header>
      {detail.text.available ? (
        <SourceText detail={detail} focusEvidence={state.ev} allMentions={allMentions} />
      ) : (
        <div className="reader__quotes">
          <p className="status status--empty" data-reason={detail.text.reason}>
            {t.reader.noText[detail.text.reason]}
          </p>
          <h3>{t.reader.quotes}</h3>
          {detail.evidence.map((e) => (
            <EvidenceQuote key={e.id} evidence={e} source={source} inReader />
          ))}
        </div>
      )}
    </article>
  );
}

export default function SourcesView() {
  const { t } = useI18n();
  const [state, navigate] = useUrlState();
  const sources = useSources();
  if (sources.isPending) return <Loading what={t.things.sources} />;
  if (sources.isError)
    return <ErrorMessage error={sources.error} what={t.things.sources} onRetry={() => void sources.refetch()} />;
  const list = sources.data.sources;
  if (list.length === 0) return <Empty>{t.reader.choose}</Empty>;
  // The source asked for (selected, or open in the reader); another one is never shown in its place.
  const requested = (state.selection?.kind === 'source' ? state.selection.id : null) ?? state.read;
  const missing = requested !== null && !list.some((s) => s.id === requested);
  const current = missing ? null : (requested ?? list[0]!.id);
  return (
    <section className="sources-view" aria-label={t.reader.label}>
      <nav className="reader-list" aria-label={t.reader.list}>
        <h2 className="reader-list__title">{t.reader.list}</h2>
        <ul>
          {list.map((source) => (
            <SourceListItem
              key={source.id}
              source={source}
              current={source.id === current}
              onOpen={() => navigate({ read: source.id, ev: null, selection: { kind: 'source', id: source.id } })}
            />
          ))}
        </ul>
      </nav>
      {current === null ? (
        <p className="status status--error reader__missing" role="alert" data-missing={requested}>
          {t.status.notFound(t.things.source)}
        </p>
      ) : (
        <Reader key={current} id={current} />
      )}
    </section>
  );
}
