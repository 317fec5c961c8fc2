import { useCallback, useMemo, useRef, useState } from 'react';
import { hasHappened } from '@atlas/server/domain/truth/status';
import { compareFuzzyDates } from '@atlas/server/domain/fuzzy-date';
import { useActorDictionary } from '../../shared/api/labels.ts';
import type { AtlasEvent } from '../../shared/api/types.ts';
import { formatFuzzyDate } from '../../shared/dates/format.ts';
import { useI18n } from '../../shared/i18n/i18n.tsx';
import { displayName } from '../../shared/names.ts';
import { Empty, ErrorMessage, Loading } from '../../shared/ui/status.tsx';
import { DateField } from '../../shared/ui/DateField.tsx';
import { laneModes } from '../../shared/url-state/url-state.ts';
import { useUrlState } from '../../shared/url-state/use-url-state.ts';
import { useEvidenceIndex } from '../../shared/api/evidence-index.ts';
import { useTimeline } from '../../shared/api/queries.ts';
import { downloadBlob } from '../../shared/export/download.ts';
import { serialiseSvg, svgToPng } from '../../shared/export/svg-image.ts';
import { ImageExportGroup, RadioGroup, TableToggle, ToolButton, Toolbar, ZoomGroup } from '../../shared/ui/toolbar.tsx';
import {
  actorLanes,
  assignLanes,
  dateExtent,
  paddedDomain,
  precisionGlyph,
  windowExtent,
  overlaps,
  storyWindowSpan,
  type TimeExtent,
} from './layout.ts';
import { Overview } from './Overview.tsx';
import type { ChartEvent, ChartPublication } from './chart/chart-model.ts';
import { TimelineChart, type TimelineChartHandle } from './TimelineChart.tsx';
import { eventColour } from './visual.ts';
import './timeline.css';

export interface TimelineData {
  events: readonly AtlasEvent[];
}

/**
 * The timeline view: events on a time axis in lanes (by kind or by actor), zoom from decades to days, a brush that
 * sets the date window the graph shares, when each source reported it on a second track, a list alternative and
 * exports. The student follows the story in order here.
 */
export default function TimelineView() {
  const { t, lang } = useI18n();
  const [state, navigate] = useUrlState();
  const timeline = useTimeline();
  const index = useEvidenceIndex();
  const dictionary = useActorDictionary();
  const chart = useRef<TimelineChartHandle>(null);
  const [view, setView] = useState<{ domain: [number, number]; visible: number } | null>(null);

  // The chart and the list in the one documented order of fuzzy dates (compareFuzzyDates, then id), whatever order
  // the answer came in.
  const events = useMemo(
    () =>
      [...(timeline.data?.events ?? [])].sort(
        (a, b) => compareFuzzyDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      ),
    [timeline.data],
  );
  const selectedActor = state.selection?.kind === 'actor' ? state.selection.id : null;
  const selectedEvent = state.selection?.kind === 'event' ? state.selection.id : null;

  const actorName = useCallback(
    (id: string) => {
      const actor = dictionary.get(id);
      return actor ? displayName(actor, lang) : id;
    },
    [dictionary, lang],
  );

  const window = useMemo(() => windowExtent(state.from, state.to), [state.from, state.to]);
  // A story step shows its window: the chart spans it (with a margin), and lanes with no event there are left out.
  const storySpan = useMemo(() => (state.story ? storyWindowSpan(window) : null), [state.story, window]);

  const model = useMemo(() => {
    const entries = events.map((event) => {
      const sources = [
        ...new Set(event.evidence.flatMap((id) => (index.byId.get(id) ? [index.byId.get(id)!.source.id] : []))),
      ];
      const flags = [
        event.derived?.date ? t.truth.inferred : null,
        event.status && !hasHappened(event) ? t.truth.statuses[event.status] : null,
      ]
        .filter(Boolean)
        .join(', ');
      const data: ChartEvent = {
        id: event.id,
        title: event.title[lang],
        // Inferred dates and plans say so wherever the date is shown: the chart's label, its tooltip, the list.
        dateWords: [formatFuzzyDate(event.date, lang), flags].filter(Boolean).join(' · '),
        flags,
        kindWords: t.timeline.eventKinds[event.kind] ?? event.kind,
        colour: eventColour(event.kind),
        glyph: precisionGlyph(event.date),
        actors: event.actors.map((a) => a.id),
        sources,
      };
      return { event, extent: dateExtent(event.date), data };
    });
    const publishedExtents = index.sources.map((s) => dateExtent(s.published));
    const domain = paddedDomain([...entries.map((e) => e.extent), ...publishedExtents], 0.03);
    const laid = storySpan ? entries.filter((e) => overlaps(e.extent, storySpan)) : entries;

    let laneOrder: string[];
    let lanesOf: (event: AtlasEvent) => string[];
    const laneLabels = new Map<string, string>();
    if (state.lanes === 'actor') {
      // Lanes in order of each actor's first event by the one fuzzy-date order (the API's order, compareFuzzyDates),
      // not by the first day a date can denote: "c. 2014" does not open a lane before "autumn 2013".
      const lanes = actorLanes(
        laid.map((e, rank) => ({ actors: e.event.actors, start: rank })),
        { minEvents: 2, keep: selectedActor ? [selectedActor] : [], otherLane: '*other' },
      );
      // The selected actor's lane comes first.
      laneOrder = selectedActor
        ? [...lanes.order.filter((key) => key === selectedActor), ...lanes.order.filter((key) => key !== selectedActor)]
        : lanes.order;
      lanesOf = (event) => lanes.lanesOf(event.actors);
      for (const key of laneOrder) laneLabels.set(key, key === '*other' ? t.timeline.other : actorName(key));
    } else {
      laneOrder = [...new Set(laid.map((e) => e.event.kind))];
      lanesOf = (event) => [event.kind];
      for (const key of laneOrder) laneLabels.set(key, t.timeline.eventKinds[key] ?? key);
    }
    const layout = assignLanes(
      laid.map((e) => ({ id: e.event.id, extent: e.extent, lanes: lanesOf(e.event), data: e.data })),
      { laneOrder },
    );
    const publications: ChartPublication[] = index.sources.map((source) => ({
      id: source.id,
      label: source.outlet ?? source.author ?? source.title,
      dateWords: formatFuzzyDate(source.published, lang),
      extent: dateExtent(source.published),
      glyph: precisionGlyph(source.published),
    }));
    // In time order: the order of their buttons for the keyboard.
    publications.sort((a, b) => a.extent.start - b.extent.start || a.extent.end - b.extent.end);
    // A story step's chart spans its window alone, so that labels are laid out (and wrapped) for what is shown.
    const chartDomain: [number, number] = storySpan ? [storySpan.start, storySpan.end] : domain;
    return { entries, domain, chartDomain, layout, laneLabels, publications };
  }, [events, index.byId, index.sources, lang, t, state.lanes, selectedActor, actorName, storySpan]);

  const highlighted = useMemo(() => {
    if (!selectedActor) return null;
    return new Set(events.filter((e) => e.actors.some((a) => a.id === selectedActor)).map((e) => e.id));
  }, [events, selectedActor]);

  const inWindow = useMemo(
    () => (window ? model.entries.filter((e) => overlaps(e.extent, window)).length : null),
    [model.entries, window],
  );
  const extents = useMemo(() => model.entries.map((e) => e.extent), [model.entries]);
  const onView = useCallback((domain: [number, number], visible: number) => setView({ domain, visible }), []);
  const onSelectEvent = useCallback((id: string) => navigate({ selection: { kind: 'event', id } }), [navigate]);
  const onSelectSource = useCallback((id: string) => navigate({ selection: { kind: 'source', id } }), [navigate]);

  if (timeline.isPending) return <Loading what={t.timeline.label} />;
  if (timeline.isError)
    return <ErrorMessage error={timeline.error} what={t.timeline.label} onRetry={() => void timeline.refetch()} />;
  if (events.length === 0) return <Empty>{t.timeline.empty}</Empty>;

  const title = `${t.appTitle} — ${t.views.timeline}`;
  const exportSvg = () => {
    const svg = chart.current?.svg();
    if (!svg) return null;
    const canvas = chart.current?.canvas();
    const box = chart.current!.canvasBox();
    return serialiseSvg(svg, { title, ...(canvas ? { image: { href: canvas.toDataURL('image/png'), ...box } } : {}) });
  };

  return (
    <section className="timeline-view" aria-label={t.timeline.label}>
      <Toolbar label={t.timeline.label}>
        <RadioGroup
          legend={t.timeline.lanesBy}
          name="timeline-lanes"
          options={laneModes.map((mode) => ({
            value: mode,
            label: mode === 'kind' ? t.timeline.lanesKind : t.timeline.lanesActor,
          }))}
          value={state.lanes}
          onChange={(lanes) => navigate({ lanes })}
        />
        <ZoomGroup
          labels={t.timeline}
          onFit={() => chart.current?.fit()}
          onZoom={(factor) => chart.current?.zoomBy(factor)}
          zoomFactor={2}
        >
          {window && (
            <ToolButton onClick={() => window && chart.current?.zoomTo(window as TimeExtent)}>
              {t.timeline.zoomToWindow}
            </ToolButton>
          )}
        </ZoomGroup>
        <ImageExportGroup
          label={t.timeline.exportLabel}
          onPng={() => {
            const svg = exportSvg();
            const element = chart.current?.svg();
            if (svg && element)
              void svgToPng(svg, element.width.baseVal.value, element.height.baseVal.value).then((blob) =>
                downloadBlob('atlas-timeline.png', blob),
              );
          }}
          onSvg={() => {
            const svg = exportSvg();
            if (svg) downloadBlob('atlas-timeline.svg', new Blob([svg], { type: 'image/svg+xml' }));
          }}
        />
        <TableToggle
          pressed={state.table}
          controls="timeline-list"
          label={t.timeline.listLabel}
          onToggle={() => navigate({ table: !state.table })}
        >
          {t.timeline.showList}
        </TableToggle>
      </Toolbar>

      <div className="tl-window-controls">
        <DateField
          label={t.timeline.windowFrom}
          bound="start"
          value={state.from}
          onChange={(from) => navigate({ from }, { replace: true })}
        />
        <DateField
          label={t.timeline.windowTo}
          bound="end"
          value={state.to}
          onChange={(to) => navigate({ to }, { replace: true })}
        />
        {window && (
          <button type="button" className="button button--small" onClick={() => navigate({ from: null, to: null })}>
            {t.timeline.clearWindow}
          </button>
        )}
        <p className="graph-status" role="status" aria-live="polite" id="timeline-status">
          {t.timeline.shown(view?.visible ?? events.length, events.length)}
          {inWindow !== null && ` · ${t.timeline.inWindow(inWindow)}`}
          {view && view.visible > 300 && ` · ${t.timeline.canvas}`}
        </p>
      </div>

      <Overview
        extents={extents}
        domain={model.domain}
        view={view?.domain ?? null}
        from={state.from}
        to={state.to}
        onWindow={(w) => navigate(w ? { from: w.from, to: w.to } : { from: null, to: null })}
        lang={lang}
        label={t.timeline.overview}
      />
      <TimelineChart
        ref={chart}
        layout={model.layout}
        laneLabels={model.laneLabels}
        publications={model.publications}
        domain={model.chartDomain}
        window={window}
        selectedEvent={selectedEvent}
        highlighted={highlighted}
        selectedActor={selectedActor}
        onSelectEvent={onSelectEvent}
        onSelectSource={onSelectSource}
        onView={onView}
        lang={lang}
        labels={{
          chart: t.timeline.chartLabel,
          happened: t.timeline.happened,
          reported: t.timeline.reported,
          approx: lang === 'fr' ? 'vers' : 'c.',
        }}
      />

      <div className="legend tl-legend" aria-label={t.timeline.legend}>
        <p className="legend__title">{t.timeline.legend}</p>
        <ul className="legend__list">
          <li>
            <svg width="22" height="14" aria-hidden="true">
              <path d="M11 1L17 7L11 13L5 7Z" fill="#1d5fa3" />
            </svg>
            {t.timeline.legendPoint}
          </li>
          <li>
            <svg width="34" height="14" aria-hidden="true">
              <rect x="1" y="3" width="32" height="8" rx="2" fill="#1d5fa3" fillOpacity="0.85" />
            </svg>
            {t.timeline.legendSpan}
          </li>
          <li>
            <svg width="34" height="14" aria-hidden="true">
              <rect
                x="1"
                y="3"
                width="32"
                height="8"
                rx="2"
                fill="#1d5fa3"
                fillOpacity="0.35"
                stroke="#1d5fa3"
                strokeDasharray="4 3"
              />
            </svg>
            {t.timeline.legendApprox}
          </li>
          <li>
            <svg width="22" height="14" aria-hidden="true">
              <path d="M11 1L17 7L11 13L5 7Z" fill="#4338ca" />
            </svg>
            {t.timeline.legendReported}
          </li>
        </ul>
        <p className="legend__note">{t.timeline.reportedHint}</p>
      </div>

      <div id="timeline-list" hidden={!state.table}>
        {state.table && (
          <table className="data-table tl-list">
            <caption>{t.timeline.listCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.timeline.date}</th>
                <th scope="col">{t.timeline.event}</th>
                <th scope="col">{t.timeline.kind}</th>
                <th scope="col">{t.timeline.actors}</th>
                <th scope="col">{t.timeline.sources}</th>
              </tr>
            </thead>
            <tbody>
              {model.entries.map(({ event, data }) => (
                <tr
                  key={event.id}
                  className={
                    selectedEvent === event.id || highlighted?.has(event.id) ? 'data-table__row--selected' : undefined
                  }
                >
                  <td>{data.dateWords}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => onSelectEvent(event.id)}>
                      {data.title}
                    </button>
                  </td>
                  <td>{data.kindWords}</td>
                  <td>{event.actors.map((a) => actorName(a.id)).join(', ')}</td>
                  <td>
                    {data.sources
                      .map((id) => {
                        const source = index.sources.find((s) => s.id === id);
                        return source
                          ? `${source.outlet ?? source.author ?? source.title} (${formatFuzzyDate(source.published, lang)})`
                          : id;
                      })
                      .join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
