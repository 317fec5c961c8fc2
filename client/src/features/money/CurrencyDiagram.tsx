import { sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { useMemo, useRef } from 'react';
import { useI18n } from '../../shared/i18n/i18n.tsx';
import { formatMoney } from '../../shared/format/money.ts';
import { wrapText } from '../../shared/format/text-width.ts';
import { useElementWidth } from '../../shared/ui/use-element-width.ts';
import { TouchLayers } from '../../shared/ui/TouchLayers.tsx';
import { useTextMeasure } from '../../shared/ui/use-text-measure.ts';
import {
  extentHeightAt,
  flowWidthAt,
  formatAmount,
  stackLabels,
  UNSPECIFIED,
  type CurrencySankey,
  type SankeyLinkInput,
  type SankeyNodeInput,
} from './money-model.ts';
import { kindPaint } from './paint.tsx';
import { layOutSankey } from './sankey-layout.ts';

/**
 * One currency's sankey, funders on the left and recipients on the right (d3-sankey computes the layout, React draws
 * it): each flow painted by its kind, disputed ones flagged, each opening its evidence in the side panel, each
 * given 44 px across for a finger by the touch layers under the flows (a flow too thin to see is drawn at
 * MIN_FLOW_PX, as the page's note says). The amounts are drawn above every flow, stacked so that none covers another.
 */

type Node = SankeyNode<SankeyNodeInput, SankeyLinkInput>;
type Link = SankeyLink<SankeyNodeInput, SankeyLinkInput>;

const MAX_WIDTH = 760;
const NODE_PADDING = 18;
const MARGIN = 16;
const FONT_PX = 12;
const LINE_PX = FONT_PX + 4;

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
  // The extent is exactly the flows at the page's scale (d3-sankey fits them to it); the picture is at least a line of
  // text tall, so that a diagram of one small flow still has room for its names.
  const extent = extentHeightAt(diagram, scale, NODE_PADDING);
  const height = Math.max(LINE_PX * 2, extent) + 2 * MARGIN;
  // A diagram smaller than that is centred in it, so that its flows' 44 px touch reach stays inside the picture.
  const top = Math.max(MARGIN, (height - extent) / 2);
  const graph = useMemo(
    () => layOutSankey(diagram, scale, side, width - side, top, NODE_PADDING),
    [diagram, scale, side, width, top],
  );
  const path = sankeyLinkHorizontal<SankeyNodeInput, SankeyLinkInput>();
  const currencyWords = diagram.currency === UNSPECIFIED ? t.currencyUnspecified : diagram.currency;
  const name = (n: Node) => n.label;
  const links = graph.links as Link[];
  const flowWidth = (link: Link) => flowWidthAt(link.value, scale);
  const touchKey = (i: number) => `${diagram.currency}:${i}`;
  const amountText = (link: Link) =>
    `${formatMoney(link.value, diagram.currency, lang)}${link.disputed ? (width >= 600 ? ` ⚠ ${t.money.disputed}` : ' ⚠') : ''}`;
  // Each amount is written where its flow leaves the funder, before it crosses others, moved as little as the others
  // need for none to overlap (they all start at the same x, so only their heights can collide).
  const amountYs = stackLabels(
    links.map((link) => ({ y: link.y0 ?? 0, height: LINE_PX })),
    0,
    height,
  );

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
            return (
              <g
                key={i}
                data-touch={touchKey(i)}
                className={`money-link${selected ? ' money-link--selected' : ''}`}
                data-from={link.funders.join('+')}
                data-to={link.to}
                data-kind={link.kind}
                data-amount={link.value}
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
              </g>
            );
          })}
        </g>
        <g className="money-amounts" pointerEvents="none">
          {links.map((link, i) => (
            <text
              key={i}
              x={((link.source as Node).x1 ?? 0) + 6}
              y={amountYs[i]}
              dy="0.35em"
              className="money-link__amount"
              data-flow={touchKey(i)}
              fill={link.disputed ? '#9a3412' : '#111827'}
              fontWeight="600"
              stroke="#ffffff"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {amountText(link)}
            </text>
          ))}
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
