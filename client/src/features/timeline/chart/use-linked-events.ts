import { useMemo } from 'react';
import type { LaidOutItem } from '../layout.ts';
import type { ChartEvent } from './chart-model.ts';

/**
 * Which events to link to their sources' publication marks: the selected, hovered and focused ones, and the selected
 * actor's (when they are few). One link per event and source, from the event's glyph in the selected actor's lane
 * when it has one; the sources of the linked events are drawn emphasised.
 */
export function useLinkedEvents(
  items: readonly LaidOutItem<ChartEvent>[],
  {
    selectedEvent,
    hover,
    highlighted,
    selectedActor,
  }: {
    selectedEvent: string | null;
    hover: string | null;
    highlighted: ReadonlySet<string> | null;
    selectedActor: string | null;
  },
) {
  const linked = useMemo(() => {
    const ids = new Set<string>();
    if (selectedEvent) ids.add(selectedEvent);
    if (hover) ids.add(hover);
    if (highlighted && highlighted.size <= 60) for (const id of highlighted) ids.add(id);
    return ids;
  }, [selectedEvent, hover, highlighted]);
  const linkFrom = useMemo(() => {
    const chosen = new Map<string, LaidOutItem<ChartEvent>>();
    for (const item of items) {
      if (!linked.has(item.id)) continue;
      const current = chosen.get(item.id);
      if (!current || (selectedActor !== null && item.lane === selectedActor)) chosen.set(item.id, item);
    }
    return new Set([...chosen.values()].map((item) => item.key));
  }, [items, linked, selectedActor]);
  const linkedSources = useMemo(
    () => new Set(items.filter((item) => linked.has(item.id)).flatMap((item) => item.data.sources)),
    [items, linked],
  );
  return { linkFrom, linkedSources };
}
