/**
 * French typography: a narrow no-break space (U+202F) before ":", ";", "!" and "?", so that the sign never starts a
 * line and sits where French print puts it. Applied to the whole French catalogue, strings and the strings its
 * functions return, so that no message has to be written with the invisible character by hand.
 */

const NARROW_NBSP = '\u202f';

export function frenchPunctuation(text: string): string {
  return (
    text
      // A plain or no-break space already there becomes the narrow one.
      .replace(/[ \u00a0]+([:;!?])/g, `${NARROW_NBSP}$1`)
      // None at all after a word: ";", "!" and "?" anywhere, ":" only before a space (never "12:30" nor "https:").
      .replace(/([\p{L}\p{N})»])([;!?])(?=\s|$)/gu, `$1${NARROW_NBSP}$2`)
      .replace(/(\p{L}):(?=\s)/gu, `$1${NARROW_NBSP}:`)
  );
}

/** The catalogue with every string, and every string a function returns, set in French typography. */
export function withFrenchTypography<T>(catalogue: T): T {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'string') return frenchPunctuation(value);
    if (typeof value === 'function')
      return (...args: unknown[]) => convert((value as (...a: unknown[]) => unknown)(...args));
    if (Array.isArray(value)) return value.map(convert);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, convert(inner)]));
    return value;
  };
  return convert(catalogue) as T;
}

/** A colon written between two pieces of markup, set as the language sets it. */
export const colon = (lang: 'fr' | 'en'): string => (lang === 'fr' ? `${NARROW_NBSP}:` : ':');
