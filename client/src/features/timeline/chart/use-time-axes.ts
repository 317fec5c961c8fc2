import { axisBottom, axisTop } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { useEffect, useRef } from 'react';
import type { Lang } from '../../../shared/i18n/lang.ts';
import { tickFormatter } from '../visual.ts';

/**
 * d3 draws the two time axes into groups React leaves empty: returns the refs to put on those groups. The tick labels
 * take the chart's font (d3 would set its own 10 px sans-serif on each group).
 */
export function useTimeAxes(
  x: ScaleTime<number, number>,
  visibleDomain: readonly [number, number],
  plotWidth: number,
  lang: Lang,
) {
  const topAxisRef = useRef<SVGGElement>(null);
  const bottomAxisRef = useRef<SVGGElement>(null);
  useEffect(() => {
    const format = tickFormatter(visibleDomain[1] - visibleDomain[0], lang);
    const ticks = Math.max(2, Math.floor(plotWidth / 90));
    if (topAxisRef.current)
      select(topAxisRef.current).call(
        axisTop(x)
          .ticks(ticks)
          .tickFormat((d) => format(d as Date)),
      );
    if (bottomAxisRef.current)
      select(bottomAxisRef.current).call(
        axisBottom(x)
          .ticks(ticks)
          .tickFormat((d) => format(d as Date)),
      );
    for (const group of [topAxisRef.current, bottomAxisRef.current])
      if (group) select(group).attr('font-size', null).attr('font-family', null);
  }, [x, visibleDomain, plotWidth, lang]);
  return { topAxisRef, bottomAxisRef };
}
