import { parseCsv } from "../data/csv";

/** A data/ CSV file as its header and rows of cell text, so untouched rows are written back byte for byte. */
export interface CsvText {
  header: string[];
  rows: Record<string, string>[];
}

/** Reads one of our own data/ CSV files (already validated, so a parse error is a bug). */
export function readCsvText(file: string, text: string): CsvText {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`data/${file}: line ${parsed.line}: ${parsed.message}`);
  return { header: parsed.table.header, rows: parsed.table.rows };
}

const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** Writes CSV the way data/ stores it: quotes only where needed, "\n" line ends, a final newline. */
export function writeCsvText({ header, rows }: CsvText): string {
  const lines = [header, ...rows.map((row) => header.map((name) => row[name] ?? ""))];
  return lines.map((cells) => cells.map(quote).join(",")).join("\n") + "\n";
}

/** JSON the way data/ stores it: two-space indent and a final newline. */
export function writeJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
