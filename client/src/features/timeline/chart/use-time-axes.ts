import { axisBottom, axisTop } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { useEffect, useRef } from 'react';
import type { Lang } from '../../../shared/i18n/lang.ts';
import { tickFormatter } from '../visual.ts';

/** d3 draws the two time axes into groups React leaves empty: returns the refs to put on those groups. */
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
  }, [x, visibleDomain, plotWidth, lang]);
  return { topAxisRef, bottomAxisRef };
}
