/**
 * One problem in an agency's release file, precise enough to open the file and fix or report it:
 * the file, the line (the header is line 1), the column where one applies, and what is wrong.
 */
export interface IngestIssue {
  file: string;
  line: number;
  /** The column's header name and 1-based position, when the problem sits in one column. */
  column?: { name: string; index: number };
  message: string;
}

export type Ingested<T> = { ok: true; value: T } | { ok: false; issues: IngestIssue[] };

/** `IDVFC_NM_may26.csv:12:10 (Enero): expected a whole number of victims, found "1.5"` */
export function formatIngestIssue(issue: IngestIssue): string {
  const where = issue.column ? `${issue.file}:${issue.line}:${issue.column.index} (${issue.column.name})` : `${issue.file}:${issue.line}`;
  return `${where}: ${issue.message}`;
}

/** Quotes a found cell briefly, so a blank or a long value is visible in a message. */
export function quoteCell(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

/** At most this many problems are listed; the rest are counted. A broken column fails every row. */
export const MAX_LISTED_ISSUES = 25;

/** Keeps the first MAX_LISTED_ISSUES and says how many more there were. */
export function capped(file: string, issues: IngestIssue[]): IngestIssue[] {
  if (issues.length <= MAX_LISTED_ISSUES) return issues;
  const rest = issues.length - MAX_LISTED_ISSUES;
  return [...issues.slice(0, MAX_LISTED_ISSUES), { file, line: issues[MAX_LISTED_ISSUES]!.line, message: `... and ${rest} more problem(s) like these` }];
}
