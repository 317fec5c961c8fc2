import { stringify } from 'yaml';

/**
 * Knowledge-base files as text: a header (the comments before the first record) and one chunk of text per record,
 * each starting at a `- ` line at column 0. A decision inserts or replaces whole chunks, so every record it does not
 * touch keeps its bytes (and the diff shows only what the curator decided).
 */

export interface KbFileText {
  header: string;
  chunks: { id: string | null; text: string }[];
}

const RECORD_START = /^- /;
const ID_LINE = /^- id:\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+))\s*$/;

export function splitKbFile(text: string): KbFileText {
  const lines = text.split(/(?<=\n)/);
  let header = '';
  const chunks: KbFileText['chunks'] = [];
  for (const line of lines) {
    if (RECORD_START.test(line)) {
      const match = ID_LINE.exec(line.trimEnd());
      chunks.push({ id: match ? (match[1] ?? match[2] ?? match[3] ?? null) : null, text: line });
    } else if (chunks.length === 0) header += line;
    else chunks[chunks.length - 1]!.text += line;
  }
  return { header, chunks };
}

/**
 * One record as YAML text: every string double-quoted (escapes keep control characters, `&anchors`, `*aliases`,
 * `# comments` and `key: value` look-alikes as data), no line folding (a long quote stays one line), keys plain.
 */
export function recordYaml(record: object): string {
  return stringify([record], {
    lineWidth: 0,
    minContentWidth: 0,
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    aliasDuplicateObjects: false,
  });
}

/** Whether the file separates its records with a blank line (events.yaml does, actors.yaml does not). */
function blankLineBetween(file: KbFileText): boolean {
  return file.chunks.length > 1 && file.chunks[0]!.text.endsWith('\n\n');
}

/** The file with `record` put in its sorted place by id, replacing a record of the same id if there is one. */
export function upsertRecord(text: string, record: { id: string }): string {
  const file = splitKbFile(text);
  const spaced = blankLineBetween(file);
  const chunk = { id: record.id, text: recordYaml(record) };
  const at = file.chunks.findIndex((c) => c.id !== null && c.id >= record.id);
  if (at >= 0 && file.chunks[at]!.id === record.id) {
    const replaced = file.chunks[at]!;
    chunk.text += replaced.text.slice(replaced.text.trimEnd().length).replace(/^\n/, '');
    file.chunks[at] = chunk;
  } else if (at >= 0) {
    if (spaced) chunk.text += '\n';
    file.chunks.splice(at, 0, chunk);
  } else {
    const last = file.chunks[file.chunks.length - 1];
    if (last && !last.text.endsWith('\n')) last.text += '\n';
    if (last && spaced && !last.text.endsWith('\n\n')) last.text += '\n';
    file.chunks.push(chunk);
  }
  return joinKbFile(file);
}

/** An empty list written as `[]` becomes a list of records once one is added. */
function joinKbFile(file: KbFileText): string {
  const header = file.chunks.length > 0 ? file.header.replace(/^\[\]\s*$/m, '') : file.header;
  return header + file.chunks.map((c) => c.text).join('');
}

/** Appends entries to an append-only list file: earlier bytes never change. */
export function appendEntry(text: string, entry: object): string {
  const body = text.replace(/^\[\]\s*$/m, '');
  return `${body}${body === '' || body.endsWith('\n') ? '' : '\n'}${recordYaml(entry)}`;
}
