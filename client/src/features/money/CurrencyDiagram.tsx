import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { useMemo, useRef } from 'react';
import { useI18n } from '../../shared/i18n/i18n.tsx';
import { formatMoney } from '../../shared/format/money.ts';
import { wrapText } from '../../shared/format/text-width.ts';
import { useElementWidth } from '../../shared/ui/use-element-width.ts';
import { TouchLayers } from '../../shared/ui/TouchLayers.tsx';
import { useTextMeasure } from '../../shared/ui/use-text-measure.ts';
import {
  extentHeightAt,
  formatAmount,
  UNSPECIFIED,
  type CurrencySankey,
  type SankeyLinkInput,
  type SankeyNodeInput,
} from './money-model.ts';
import { kindPaint } from './paint.tsx';

/**
 * One currency's sankey, funders on the left and recipients on the right (d3-sankey computes the layout, React draws
 * it): each flow painted by its kind, disputed ones flagged, each opening its evidence in the side panel, each
 * given 44 px across for a finger by the touch layers under the flows (a thin flow is drawn 3 px wide).
 */

type Node = SankeyNode<SankeyNodeInput, SankeyLinkInput>;
type Link = SankeyLink<SankeyNodeInput, SankeyLinkInput>;

const MAX_WIDTH = 760;
const NODE_PADDING = 18;
const MARGIN = 16;
const FONT_PX = 12;

/**
 * Laid out at the width it is given (never scaled down, so that its 12 px text stays 12 px on a phone) and at the
 * page's one scale (`scale` pixels per unit, see sharedScale), so that amounts compare across diagrams.
 */
export function CurrencyDiagram({
  diagram,
  scale,
  onSelect,
  selectedRecord,
}: {
  diagram: CurrencySankey;
  scale: number;
  onSelect: (record: string) => void;
  selectedRecord: string | null;
}) {
  const { t, lang } = useI18n();
  const [figureRef, available] = useElementWidth<HTMLElement>(300, MAX_WIDTH);
  const svgRef = useRef<SVGSVGElement>(null);
  const { measure } = useTextMeasure(svgRef, FONT_PX);
  const width = Math.min(MAX_WIDTH, available);
  // Names take a quarter of the width on each side (wrapped to it), the flows the middle half.
  const side = Math.round(width * 0.25);
  const height = Math.max(40, extentHeightAt(diagram, scale, NODE_PADDING)) + 2 * MARGIN;
  const graph = useMemo(() => {
    const layout = sankey<SankeyNodeInput, SankeyLinkInput>()
      .nodeId((n) => n.id)
      .nodeWidth(14)
      .nodePadding(NODE_PADDING)
      .nodeSort(null)
      .extent([
        [side, MARGIN],
        [width - side, height - MARGIN],
      ]);
    return layout({
      nodes: diagram.nodes.map((n) => ({ ...n })),
      links: diagram.links.map((l) => ({ ...l })),
    });
  }, [diagram, height, side, width]);
  const path = sankeyLinkHorizontal<SankeyNodeInput, SankeyLinkInput>();
  const currencyWords = diagram.currency === UNSPECIFIED ? t.currencyUnspecified : diagram.currency;
  const name = (n: Node) => n.label;
  const links = graph.links as Link[];
  const flowWidth = (link: Link) => Math.max(3, link.width ?? 1);
  const touchKey = (i: number) => `${diagram.currency}:${i}`;

  return (
    <figure className="money-diagram" data-currency={diagram.currency} ref={figureRef}>
      <figcaption className="money-diagram__title">{t.money.inCurrency(currencyWords)}</figcaption>
      <svg
        ref={svgRef}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={t.money.inCurrency(currencyWords)}
        fontFamily="system-ui, sans-serif"
        fontSize={FONT_PX}
      >
        <TouchLayers
          targets={links.map((link, i) => ({
            key: touchKey(i),
            shape: { path: path(link) ?? '', width: flowWidth(link) },
            onTap: () => onSelect(link.records[0]!),
          }))}
          gap={NODE_PADDING}
        />
        <g fill="none">
          {links.map((link, i) => {
            const source = link.source as Node;
            const target = link.target as Node;
            const amount = formatAmount(link.value, diagram.currency, lang, t.currencyUnspecified);
            const label = `${t.money.flowLabel(name(source), name(target), t.funding[link.kind], amount)}${link.disputed ? ` (${t.money.disputed})` : ''}`;
            const selected = selectedRecord !== null && link.records.includes(selectedRecord);
            // The amount sits at the funder's end, where the flow leaves its node and has not yet crossed others.
            const amountX = (source.x1 ?? 0) + 6;
            const amountY = link.y0 ?? 0;
            return (
              <g
                key={i}
                data-touch={touchKey(i)}
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
                  strokeWidth={flowWidth(link)}
                  strokeOpacity={selected ? 1 : 0.85}
                />
                <path
                  className="money-link__edge"
                  d={path(link) ?? ''}
                  stroke={selected ? '#111827' : kindPaint[link.kind].colour}
                  strokeWidth={1}
                  strokeDasharray={link.disputed ? '5 3' : undefined}
                  fill="none"
                  transform={`translate(0, ${-flowWidth(link) / 2})`}
                />
                <text
                  x={amountX}
                  y={amountY}
                  dy="0.35em"
                  className="money-link__amount"
                  fill={link.disputed ? '#9a3412' : '#111827'}
                  fontWeight="600"
                  stroke="#ffffff"
                  strokeWidth={3}
                  paintOrder="stroke"
                >
                  {formatMoney(link.value, diagram.currency, lang)}
                  {link.disputed && (width >= 600 ? ` ⚠ ${t.money.disputed}` : ' ⚠')}
                </text>
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
            // Names wrap to their side's width, measured in the font they are drawn in.
            const lines = wrapText(node.label, side - 10, measure);
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
                  y={(y0 + y1) / 2}
                  textAnchor={left ? 'end' : 'start'}
                  fill={node.actors.length > 0 ? '#111827' : '#4b5563'}
                  fontStyle={node.actors.length > 0 ? undefined : 'italic'}
                >
                  {lines.map((line, i) => (
                    <tspan
                      key={i}
                      x={left ? x0 - 6 : x1 + 6}
                      dy={i === 0 ? `${0.35 - (lines.length - 1) * 0.6}em` : '1.2em'}
                    >
                      {line}
                    </tspan>
                  ))}
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
