import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { IngestIssue } from './issues.ts';

/**
 * Parses a YAML (or JSON) list of records and validates each with a zod schema, reporting every problem at the
 * line of the offending node rather than at the top of the file.
 */

export interface Located<T> {
  value: T;
  line: number;
  /** Line of a nested field, for checks made after schema validation. */
  lineOf(path: readonly (string | number)[]): number;
}

export interface ParsedRecords<T> {
  records: Located<T>[];
  /** Ids of records that failed validation: references to them are not reported again as dangling. */
  rejectedIds: string[];
  issues: IngestIssue[];
}

export function parseYamlRecords<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  options: { listKey?: string } = {},
): ParsedRecords<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const issues: IngestIssue[] = [];
  for (const error of doc.errors) {
    issues.push({ file, line: error.linePos?.[0].line, message: `YAML: ${firstLine(error.message)}` });
  }
  if (issues.length > 0) return { records: [], rejectedIds: [], issues };

  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const rootPath = options.listKey ? [options.listKey] : [];
  const list = rootPath.length ? doc.getIn(rootPath, true) : doc.contents;
  if (!isSeq(list)) {
    const where = options.listKey ? `a mapping with a "${options.listKey}" list` : 'a list of records';
    return {
      records: [],
      rejectedIds: [],
      issues: [{ file, line: lineAt(doc.contents?.range?.[0]), message: `expected ${where}` }],
    };
  }

  const records: Located<z.output<S>>[] = [];
  const rejectedIds: string[] = [];
  list.items.forEach((item, index) => {
    const itemPath = [...rootPath, index];
    const lineOf = (path: readonly (string | number)[]) => lineAt(nodeOffset(doc, [...itemPath, ...path]));
    const line = lineOf([]);
    if (!isMap(item)) {
      issues.push({ file, line, message: 'expected a mapping (key: value pairs) for this record' });
      return;
    }
    const result = schema.safeParse(item.toJSON());
    if (result.success) {
      records.push({ value: result.data, line, lineOf });
      return;
    }
    const id = item.get('id');
    if (typeof id === 'string') rejectedIds.push(id);
    const label = typeof id === 'string' ? `"${id}"` : `record ${index + 1}`;
    for (const problem of result.error.issues) {
      const path = problem.path.filter((p): p is string | number => typeof p !== 'symbol');
      const field = path.length ? ` ${path.join('.')}` : '';
      issues.push({ file, line: lineOf(path), message: `${label}${field}: ${problem.message}` });
    }
  });
  return { records, rejectedIds, issues };
}

/** Start offset of the deepest existing node along a path (a missing key points at the record holding it). */
function nodeOffset(doc: Document, path: readonly (string | number)[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return node.range[0];
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
