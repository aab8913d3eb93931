import { parseCsv } from "../data/csv";
import { quoteCell, type IngestIssue, type Ingested } from "./ingest-issue";

/** A release's rows with the line each starts on, and a way to point at one of its cells. */
export interface ReleaseTable {
  rows: Record<string, string>[];
  lines: number[];
}

/** Text before a parenthesis, lower-cased: "Sum Qty (lbs)" and "Sum Qty (kg)" share "sum qty". */
const stem = (name: string) => name.replace(/\(.*$/, "").trim().toLowerCase();

/**
 * Checks the header against the layout the agency publishes, column by column: a missing column, a
 * changed unit ("Sum Qty (kg)"), a renamed or extra column and a column out of order are each named,
 * so a changed layout is refused instead of read wrongly.
 */
export function checkHeader(file: string, header: readonly string[], expected: readonly string[]): IngestIssue[] {
  const issues: IngestIssue[] = [];
  const at = (name: string) => ({ name, index: header.indexOf(name) + 1 });
  for (const name of expected) {
    if (header.includes(name)) continue;
    const changed = header.find((h) => !expected.includes(h) && stem(h) === stem(name));
    issues.push(
      changed
        ? {
            file,
            line: 1,
            column: at(changed),
            message: `expected the column ${quoteCell(name)}, found ${quoteCell(changed)}: the unit or name changed, and the refresh converts nothing`,
          }
        : { file, line: 1, message: `the column ${quoteCell(name)} is missing; expected the header ${expected.join(",")}` },
    );
  }
  for (const name of header) {
    if (!expected.includes(name) && !expected.some((e) => stem(e) === stem(name) && !header.includes(e))) {
      issues.push({ file, line: 1, column: at(name), message: `unexpected column ${quoteCell(name)}: the layout changed` });
    }
  }
  if (issues.length === 0) {
    const misplaced = expected.findIndex((name, i) => header[i] !== name);
    if (misplaced >= 0) {
      const name = header[misplaced]!;
      issues.push({
        file,
        line: 1,
        column: { name, index: misplaced + 1 },
        message: `columns out of order: expected ${quoteCell(expected[misplaced]!)} here (the header must read ${expected.join(",")})`,
      });
    }
  }
  return issues;
}

/** Parses the CSV text and checks its header; a leading BOM is dropped. */
export function readReleaseTable(file: string, text: string, expected: readonly string[]): Ingested<ReleaseTable> {
  const parsed = parseCsv(text.replace(/^\uFEFF/, ""));
  if (!parsed.ok) return { ok: false, issues: [{ file, line: parsed.line, message: parsed.message }] };
  const header = parsed.table.header;
  const issues = checkHeader(file, header, expected);
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: { rows: parsed.table.rows, lines: parsed.table.lines } };
}
