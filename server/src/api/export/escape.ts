/**
 * Escaping for the export formats. Every string in the graph (names, quotes, roles) may hold anything a source or
 * a curator wrote: markup, quotes, separators, control characters. These functions make any string safe in place.
 */

/** Characters XML 1.0 cannot carry at all, even as references: replaced by U+FFFD. Lone surrogates included. */
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const XML_TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
};
const XML_ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...XML_TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  // Attribute-value normalisation would turn these into spaces.
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Element content. */
export function xmlText(value: string): string {
  return value.replace(XML_INVALID, '\uFFFD').replace(/[&<>\r]/g, (char) => XML_TEXT_ESCAPES[char]!);
}

/** An attribute value, to be written between double quotes. */
export function xmlAttribute(value: string): string {
  return value.replace(XML_INVALID, '\uFFFD').replace(/[&<>"'\r\n\t]/g, (char) => XML_ATTRIBUTE_ESCAPES[char]!);
}

/** A cell a spreadsheet would evaluate as a formula (OWASP CSV injection): =, +, -, @, tab, carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or leading/trailing space, quotes
 * doubled; a text that starts like a formula is prefixed with an apostrophe. Numbers are written as they are.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text: CRLF line ends, a header row first. */
export function csvText(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
