import { useCallback, useMemo, useRef } from 'react';
import { useFunding, useNeighbourhoods, usePaths, useWholeGraph } from '../../shared/api/queries.ts';
import type { GraphNode } from '../../shared/api/types.ts';
import { formatDay, formatFuzzyDate, formatPeriod } from '../../shared/dates/format.ts';
import { formatMoneyRange, moneyByActor, moneyWeight } from '../../shared/format/money.ts';
import { useI18n } from '../../shared/i18n/i18n.tsx';
import { displayName } from '../../shared/names.ts';
import { Empty, ErrorMessage, Loading } from '../../shared/ui/status.tsx';
import { MAX_FOCUS } from '../../shared/url-state/url-state.ts';
import { useUrlState } from '../../shared/url-state/use-url-state.ts';
import { FilterControls, TimeControls } from './GraphControls.tsx';
import { GraphCanvas, type GraphCanvasHandle } from './GraphCanvas.tsx';
import {
  mergeSubgraphs,
  neighbourhoodOf,
  nodeSize,
  pathSubgraph,
  visibleDegrees,
  visibleElements,
} from './graph-model.ts';
import { downloadBlob } from '../../shared/export/download.ts';
import { ImageExportGroup, RadioGroup, TableToggle, Toolbar, ZoomGroup } from '../../shared/ui/toolbar.tsx';
import { GraphTable } from './GraphTable.tsx';
import { IsolatedActors } from './IsolatedActors.tsx';
import { RELATION_BUDGET } from './relation-budget.ts';
import { drawnVisibility, groupByKind, isolatedActors } from './isolated-actors.ts';
import { Legend } from './Legend.tsx';
import { PathFinder } from './PathFinder.tsx';

/** The graph view: the network of actors, its filters, its replay through time, its path finder and its table. */
/** Outside a story, no actors are fitted to beyond the drawing itself. */
const NO_ACTORS: readonly string[] = [];

export default function GraphView() {
  const { t, lang } = useI18n();
  const [state, navigate] = useUrlState();
  const canvas = useRef<GraphCanvasHandle>(null);

  const whole = useWholeGraph(true, state.graphUrl);
  const focus = state.graphUrl ? [] : state.focus;
  const hoods = useNeighbourhoods(focus);
  const paths = usePaths(state.pathFrom, state.pathTo);
  const funding = useFunding(state.sizeBy === 'money' && !state.graphUrl);

  const dictionary = useMemo(() => new Map((whole.data?.nodes ?? []).map((n) => [n.id, n])), [whole.data]);
  const hoodData = hoods.map((q) => q.data);
  const hoodKey = hoods.map((q) => q.dataUpdatedAt).join(',');
  const pathData = focus.length > 0 ? paths.data : undefined;

  const wholeModel = useMemo(() => mergeSubgraphs([whole.data]), [whole.data]);
  const model = useMemo(() => {
    if (focus.length === 0) return wholeModel;
    const pathParts = (pathData?.paths ?? []).map((p) => pathSubgraph(p.actors, p.hops, dictionary, wholeModel.edges));
    return mergeSubgraphs([...hoodData, ...pathParts]);
    // hoodKey stands for hoodData (a new array every render, the same data while hoodKey is unchanged).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus.length, wholeModel, hoodKey, pathData, dictionary]);

  const filters = {
    kinds: state.kinds,
    types: state.types,
    from: state.from,
    to: state.to,
    asOf: state.asOf,
    undated: state.undated,
  };
  const visibility = useMemo(
    () => visibleElements(model, filters),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model, state.kinds, state.types, state.from, state.to, state.asOf, state.undated],
  );
  const degrees = useMemo(() => visibleDegrees(model, visibility), [model, visibility]);
  // Actors with no relation in view are listed under the graph, not drawn (isolated-actors.ts).
  const isolated = useMemo(() => isolatedActors(visibility, degrees), [visibility, degrees]);
  const drawn = useMemo(() => drawnVisibility(visibility, isolated), [visibility, isolated]);

  const money = useMemo(
    () => moneyByActor(funding.data ?? { totalsByRecipient: [], totalsByFunder: [] }),
    [funding.data],
  );
  const sizes = useMemo(() => {
    const weight = (node: GraphNode) => (state.sizeBy === 'money' ? moneyWeight(money.get(node.id)) : node.centrality);
    let max = 0;
    for (const node of model.nodes.values()) max = Math.max(max, weight(node));
    // Past 500 actors, smaller shapes: the draft layout does not remove overlaps.
    const [min, most] = model.nodes.size > 500 ? [8, 24] : [18, 64];
    return new Map([...model.nodes.values()].map((node) => [node.id, nodeSize(weight(node), max, min, most)]));
  }, [model, money, state.sizeBy]);

  const pathNodes = useMemo(() => new Set((paths.data?.paths ?? []).flatMap((p) => p.actors)), [paths.data]);
  const pathEdges = useMemo(
    () => new Set((paths.data?.paths ?? []).flatMap((p) => p.hops.map((h) => h.id))),
    [paths.data],
  );
  const selectedActor = state.selection?.kind === 'actor' ? state.selection.id : null;
  const emphasis = useMemo(() => {
    if (pathNodes.size > 0 && state.pathFrom && state.pathTo) return pathNodes;
    if (!selectedActor || !drawn.nodes.has(selectedActor)) return null;
    // In a story step, the step's actors stay bright beside the selection's neighbourhood.
    const stepActors = state.story ? state.focus.filter((id) => drawn.nodes.has(id)) : [];
    return new Set([...neighbourhoodOf(model, visibility, selectedActor), ...stepActors]);
  }, [pathNodes, state.pathFrom, state.pathTo, selectedActor, model, visibility, drawn, state.story, state.focus]);

  const labels = useCallback((node: GraphNode) => displayName(node, lang), [lang]);
  const isolatedGroups = useMemo(
    () => groupByKind(isolated, model, labels, lang, (id) => visibility.dating.nodes.get(id) === 'undated'),
    [isolated, model, labels, lang, visibility],
  );
  const name = useCallback(
    (id: string) => {
      const node = model.nodes.get(id) ?? dictionary.get(id);
      return node ? displayName(node, lang) : id;
    },
    [model, dictionary, lang],
  );
  const describeNode = useCallback(
    (node: GraphNode) => {
      const lines = [displayName(node, lang), t.kinds[node.kind], t.graph.tooltipRelations(degrees.get(node.id) ?? 0)];
      const dating = visibility.dating.nodes.get(node.id);
      if (dating && dating !== 'dated') lines.push(t.graph.dating[dating]);
      if (node.span.attested) lines.push(t.graph.attestedSince(formatFuzzyDate(node.span.attested.date, lang)));
      const figures = money.get(node.id);
      if (state.sizeBy === 'money' && figures)
        lines.push(
          figures.map((f) => `${formatMoneyRange(f.low, f.high, f.currency, lang)} ${t.funding[f.kind]}`).join(' · '),
        );
      else lines.push(t.graph.tooltipCentrality(node.centrality.toFixed(3)));
      return lines;
    },
    [lang, t, degrees, money, state.sizeBy, visibility],
  );
  const describeEdge = useCallback(
    (id: string) => {
      const edge = model.edges.get(id);
      if (!edge) return [];
      const period = formatPeriod(edge.since, edge.until, lang);
      const dating = visibility.dating.edges.get(id);
      const start = edge.span.start;
      return [
        `${name(edge.from)} — ${t.relation[edge.type][0].toLowerCase()} → ${name(edge.to)}`,
        ...(period ? [period] : []),
        ...(start?.basis === 'publication' ? [t.graph.startedFrom(formatFuzzyDate(start.date, lang))] : []),
        ...(dating && dating !== 'dated' ? [t.graph.dating[dating]] : []),
        ...(edge.role ? [edge.role[lang]] : []),
        t.panel.evidenceCount(edge.evidence.length),
      ];
    },
    [model, lang, name, t, visibility],
  );

  const onSelect = useCallback((id: string) => navigate({ selection: { kind: 'actor', id } }), [navigate]);
  const onExpand = useCallback(
    (id: string) =>
      navigate((s) => ({
        selection: { kind: 'actor', id },
        focus: s.focus.includes(id) ? s.focus : [...s.focus, id].slice(-MAX_FOCUS),
      })),
    [navigate],
  );

  const kindsPresent = useMemo(() => new Set([...model.nodes.values()].map((n) => n.kind)), [model]);

  if (whole.isPending) return <Loading what={t.things.graph} />;
  if (whole.isError)
    return <ErrorMessage error={whole.error} what={t.things.graph} onRetry={() => void whole.refetch()} />;

  const hoodError = hoods.find((q) => q.isError);
  const hoodsPending = hoods.some((q) => q.isPending);
  const hidden = model.nodes.size - visibility.nodes.size;
  const undatedCount = visibility.counts.nodes.undated + visibility.counts.edges.undated;
  const actorRows = [...visibility.nodes].map((id) => {
    const node = model.nodes.get(id)!;
    return {
      id,
      name: displayName(node, lang),
      kind: t.kinds[node.kind],
      relations: degrees.get(id) ?? 0,
      centrality: node.centrality,
    };
  });
  const relationRows = [...visibility.edges].map((id) => {
    const relation = model.edges.get(id)!;
    return { relation, from: name(relation.from), to: name(relation.to), type: t.relation[relation.type][0] };
  });
  const title = `${t.appTitle} — ${t.views.graph}`;

  return (
    <section className="graph-view" aria-labelledby="graph-view-title">
      <h2 id="graph-view-title" className="visually-hidden">
        {t.graph.label}
      </h2>
      <Toolbar label={t.graph.label}>
        <div className="toolbar__scope">
          {focus.length === 0 ? (
            <p className="toolbar__hint">{t.graph.wholeHint}</p>
          ) : (
            <>
              <button type="button" className="button button--small" onClick={() => navigate({ focus: [] })}>
                {t.graph.whole}
              </button>
              <ul className="chips" aria-label={t.graph.focusHint(focus.map(name).join(', '))}>
                {focus.map((id) => (
                  <li key={id}>
                    <button
                      type="button"
                      className="chip"
                      onClick={() => navigate((s) => ({ focus: s.focus.filter((f) => f !== id) }))}
                      aria-label={`${name(id)}: ×`}
                    >
                      {name(id)} <span aria-hidden="true">×</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <ZoomGroup
          labels={t.graph}
          onFit={() => canvas.current?.fit()}
          onZoom={(factor) => canvas.current?.zoom(factor)}
          zoomFactor={1.25}
        />
        <ImageExportGroup
          label={t.graph.exportLabel}
          pngLabel={t.graph.exportPng}
          svgLabel={t.graph.exportSvg}
          onPng={() => void canvas.current?.png().then((blob) => downloadBlob('atlas-graph.png', blob))}
          onSvg={() => {
            const svg = canvas.current?.svg(title);
            if (svg) downloadBlob('atlas-graph.svg', new Blob([svg], { type: 'image/svg+xml' }));
          }}
        />
        <TableToggle pressed={state.table} controls="graph-table" onToggle={() => navigate({ table: !state.table })}>
          {t.graph.showTable}
        </TableToggle>
      </Toolbar>

      <div className="controls-row">
        <TimeControls />
        <RadioGroup
          legend={t.graph.sizeBy}
          name="size-by"
          options={[
            { value: 'centrality', label: t.graph.sizeCentrality },
            { value: 'money', label: t.graph.sizeMoney },
          ]}
          value={state.sizeBy}
          onChange={(sizeBy) => navigate({ sizeBy })}
        />
      </div>
      <FilterControls kindsPresent={kindsPresent} />
      <details className="path-finder-wrap" open={state.pathFrom || state.pathTo ? true : undefined}>
        <summary>{t.path.title}</summary>
        <PathFinder />
      </details>

      <p className="graph-status" role="status" aria-live="polite" id="graph-status">
        {t.graph.shown(visibility.nodes.size, visibility.edges.size)}
        {state.asOf !== null && ` · ${t.graph.asOf} ${formatDay(`${state.asOf}-12-31`, lang)}`}
        {hidden > 0 && ` · ${t.graph.hiddenByFilters(hidden)}`}
        {!state.undated && undatedCount > 0 && ` · ${t.graph.undatedLeftOut(undatedCount)}`}
        {isolated.size > 0 && ` · ${t.graph.isolatedNote(isolated.size)}`}
      </p>
      <p className="graph-status graph-status--dating" id="graph-dating">
        {t.graph.datingCounts(t.graph.actorsWord, visibility.counts.nodes)}
        {' · '}
        {t.graph.datingCounts(t.graph.relationsWord, visibility.counts.edges)}
        {model.nodes.size > 500 && ` · ${t.graph.large(model.nodes.size)}`}
      </p>
      {visibility.edges.size > RELATION_BUDGET && (
        <p className="graph-status graph-status--budget">
          {t.graph.relationBudget(RELATION_BUDGET, visibility.edges.size)}
        </p>
      )}
      {hoodsPending && <Loading what={t.things.neighbourhood} />}
      {hoodError && (
        <ErrorMessage error={hoodError.error} what={t.things.neighbourhood} onRetry={() => void hoodError.refetch()} />
      )}
      {funding.isError && (
        <ErrorMessage error={funding.error} what={t.things.money} onRetry={() => void funding.refetch()} />
      )}
      {dictionary.size === 0 && <Empty>{t.graph.emptyData}</Empty>}
      {dictionary.size > 0 && visibility.nodes.size === 0 && !hoodsPending && <Empty>{t.graph.emptyFiltered}</Empty>}

      <div className="graph-stage">
        {dictionary.size > 0 && (
          <GraphCanvas
            ref={canvas}
            model={model}
            visibility={drawn}
            apart={isolated}
            sizes={sizes}
            labels={labels}
            selected={selectedActor}
            emphasis={emphasis}
            pathNodes={pathNodes}
            pathEdges={pathEdges}
            fitTo={state.story ? focus : NO_ACTORS}
            basis={wholeModel}
            describeNode={describeNode}
            describeEdge={describeEdge}
            onSelect={onSelect}
            onExpand={onExpand}
            label={t.graph.canvasLabel}
          />
        )}
        <IsolatedActors groups={isolatedGroups} selected={selectedActor} onSelect={onSelect} />
        <Legend
          kindsPresent={kindsPresent}
          sizeBy={state.sizeBy === 'money' ? t.graph.sizeMoney : t.graph.sizeCentrality}
        />
      </div>
      <div id="graph-table" hidden={!state.table}>
        {state.table && (
          <GraphTable
            actors={actorRows}
            relations={relationRows}
            selected={selectedActor}
            focus={focus}
            onSelect={onSelect}
            onExpand={onExpand}
            dating={visibility.dating}
          />
        )}
      </div>
    </section>
  );
}
