import { splitHighlights } from './highlight.ts';

/** A snippet with its matched words in <mark>, built as React nodes from offsets. */
export function Highlighted({
  text,
  highlights,
}: {
  text: string;
  highlights: readonly (readonly [number, number])[];
}) {
  return (
    <>
      {splitHighlights(text, highlights).map((segment, i) =>
        segment.marked ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}
