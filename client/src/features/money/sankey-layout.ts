import { sankey, type SankeyGraph } from 'd3-sankey';
import { extentHeightAt, type CurrencySankey, type SankeyLinkInput, type SankeyNodeInput } from './money-model.ts';

export type LaidOutSankey = SankeyGraph<SankeyNodeInput, SankeyLinkInput>;

/**
 * One currency's diagram laid out by d3-sankey between x0 and x1, from `top` down, at the page's one scale: its extent
 * is exactly its flows at `scale` pixels per unit plus its gaps, so every flow is `amount × scale` wide (d3-sankey fits
 * the flows to the extent: a larger extent would blow a lone small flow up to fill it).
 */
export function layOutSankey(
  diagram: CurrencySankey,
  scale: number,
  x0: number,
  x1: number,
  top: number,
  nodePadding: number,
): LaidOutSankey {
  return sankey<SankeyNodeInput, SankeyLinkInput>()
    .nodeId((n) => n.id)
    .nodeWidth(14)
    .nodePadding(nodePadding)
    .nodeSort(null)
    .extent([
      [x0, top],
      [x1, top + extentHeightAt(diagram, scale, nodePadding)],
    ])({
    nodes: diagram.nodes.map((n) => ({ ...n })),
    links: diagram.links.map((l) => ({ ...l })),
  });
}
