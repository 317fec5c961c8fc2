/**
 * The width of text on screen and text wrapped to a width, for the diagrams that draw their own text (the timeline's
 * labels, the money sankeys' names). Pure: the measure is injected (the canvas's measureText in the browser, see
 * shared/ui/use-text-measure.ts; `estimateTextWidth` where there is no canvas, and in tests).
 */

/** The width of a text in pixels, at the font it will be drawn in. */
export type MeasureText = (text: string) => number;

/** Widths in ems of a sans-serif's characters (DejaVu Sans proportions, among the widest of the common fallbacks). */
const NARROW = new Set([..."iljtfrI.,:;!|'’()[] "]);
const WIDE = new Set([...'mwMW@%']);

/** A deterministic estimate of a text's width at `fontSize` pixels (bold about 10 % wider). */
export function estimateTextWidth(text: string, fontSize = 12, bold = false): number {
  let ems = 0;
  for (const char of text) {
    if (NARROW.has(char)) ems += 0.34;
    else if (WIDE.has(char)) ems += 0.92;
    else if (char >= 'A' && char <= 'Z') ems += 0.7;
    else if (char >= '0' && char <= '9') ems += 0.64;
    else ems += 0.6;
  }
  return ems * fontSize * (bold ? 1.1 : 1);
}

/**
 * A text cut into lines no wider than `maxWidth`, at spaces; a word wider than the whole width is cut where it must
 * (it still shows every letter). Never drops a character but the spaces it breaks at.
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  // Breaking spaces only: a no-break space (French typography's before ':') holds its neighbours together.
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && measure(`${last} ${word}`) <= maxWidth) {
      lines[lines.length - 1] = `${last} ${word}`;
      continue;
    }
    let rest = word;
    while (measure(rest) > maxWidth && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    lines.push(rest);
  }
  return lines;
}
