/** RFC 4180 CSV: quoted cells may hold commas, quotes ("") and newlines. */
export interface CsvTable {
  header: string[];
  rows: Record<string, string>[];
  /** The line each row starts on (the header is line 1), for messages that point into the file. */
  lines: number[];
}

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; line: number; message: string };

/** Parses CSV text with a header row. Reports the first structural error with its line number. */
export function parseCsv(text: string): CsvResult {
  const records: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = "";
  let isQuoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (isQuoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') isQuoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell === "") isQuoted = true;
    else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else if (c === "\n") {
      cells.push(cell);
      records.push({ cells, line: recordLine });
      cells = [];
      cell = "";
      line++;
      recordLine = line;
    } else if (c !== "\r") cell += c;
  }
  if (isQuoted) return { ok: false, line: recordLine, message: "a quoted cell is never closed" };
  if (cell !== "" || cells.length > 0) records.push({ cells: [...cells, cell], line: recordLine });

  const [head, ...body] = records;
  if (!head) return { ok: false, line: 1, message: "the file is empty; expected a header row" };
  const header = head.cells;
  const rows: Record<string, string>[] = [];
  const lines: number[] = [];
  for (const record of body) {
    if (record.cells.length === 1 && record.cells[0] === "") continue; // blank line
    if (record.cells.length !== header.length) {
      return { ok: false, line: record.line, message: `expected ${header.length} cells, found ${record.cells.length}` };
    }
    rows.push(Object.fromEntries(header.map((name, i) => [name, record.cells[i] ?? ""])));
    lines.push(record.line);
  }
  return { ok: true, table: { header, rows, lines } };
}
