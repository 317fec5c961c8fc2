import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The width of an element in whole pixels, measured before paint and again whenever it resizes; never below `min`,
 * `initial` until the first measure. Returns the ref to put on the element, and its width.
 */
export function useElementWidth<Element extends HTMLElement>(min: number, initial = 960) {
  const ref = useRef<Element>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(min, Math.floor(element.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [min]);
  return [ref, width] as const;
}
