/** A label cut to fit: the ellipsis is hidden from assistive technology, so the visible text stays part of the name. */
export function VisibleLabel({ text }: { text: string }) {
  if (!text.endsWith('…')) return <>{text}</>;
  return (
    <>
      {text.slice(0, -1)}
      <tspan aria-hidden="true">…</tspan>
    </>
  );
}
