/** A problem with the input, located as `file:line` so an editor can jump to it. */
export interface IngestIssue {
  file: string;
  line?: number | undefined;
  message: string;
}

export function formatIssue(issue: IngestIssue): string {
  return `${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.message}`;
}

export function sortIssues(issues: readonly IngestIssue[]): IngestIssue[] {
  return [...issues].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}

/** One input problem that stops reading a file. */
export class IngestIssueError extends Error {
  constructor(readonly issue: IngestIssue) {
    super(formatIssue(issue));
    this.name = 'IngestIssueError';
  }
}

/** The input did not validate: nothing was written. */
export class IngestValidationError extends Error {
  readonly issues: IngestIssue[];
  constructor(issues: readonly IngestIssue[]) {
    const sorted = sortIssues(issues);
    super(
      `${sorted.length} problem${sorted.length === 1 ? '' : 's'} in the input:\n${sorted.map(formatIssue).join('\n')}`,
    );
    this.name = 'IngestValidationError';
    this.issues = sorted;
  }
}
