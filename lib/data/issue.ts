/**
 * One problem in a data file, precise enough to fix without searching:
 * file, record (id or CSV row), field, what was expected and what was found.
 */
export interface DataIssue {
  file: string;
  record: string;
  field: string;
  expected: string;
  found: string;
}

/** "data/transfers.json › ev2026-01 › destinations[2].people: expected a count >= 0, found -1" */
export function formatIssue(issue: DataIssue): string {
  return `data/${issue.file} › ${issue.record} › ${issue.field}: expected ${issue.expected}, found ${issue.found}`;
}

/** Shows a found value briefly; undefined reads as a missing field. */
export function describeFound(value: unknown): string {
  if (value === undefined) return "nothing (field missing)";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** "destinations[2].people" from ["destinations", 2, "people"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}

/** Thrown by the loader when data/ is invalid; its message lists every issue. */
export class DataValidationError extends Error {
  readonly issues: readonly DataIssue[];
  constructor(issues: readonly DataIssue[]) {
    super(`${issues.length} problem(s) in data/:\n${issues.map(formatIssue).join("\n")}`);
    this.name = "DataValidationError";
    this.issues = issues;
  }
}
