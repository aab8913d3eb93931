/**
 * The data behind an exported chart as CSV (RFC 4180): "# " comment lines first (title, source,
 * link), then a header row, then one line per row, CRLF line ends.
 * - Cells holding a comma, a quote, CR or LF are quoted, quotes doubled (RFC 4180 section 2).
 *   So is a cell starting with "#", so that no data line is mistaken for a comment line.
 * - Numbers use "." and no thousands separators, never exponents (1e21 -> "1000000000000000000000").
 * - null is an empty cell; booleans are "true" / "false". NaN, Infinity and a missing key throw:
 *   missing data should arrive as null, deliberately.
 */

/** A cell value. Example: 1234.5, "2026-01", null */
export type CsvCell = string | number | boolean | null;

/** Example: { preamble: ["Fentanyl seizures", "Source: CBP"], columns: [{ key: "pounds", header: "pounds_seized_lbs" }], rows: [{ pounds: 1.5 }] } */
export interface ToCsvInput {
  /** Lines written as "# line" before the header; a line with newlines becomes several comment lines. */
  preamble: readonly string[];
  /** Column order; `header` carries the unit. */
  columns: readonly { key: string; header: string }[];
  rows: readonly Readonly<Record<string, CsvCell>>[];
}

const CRLF = "\r\n";

/** "1.5e-7" -> "0.00000015", "1e+21" -> "1000000000000000000000": plain decimal notation. */
function expandExponent(text: string): string {
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = "", lead = "", fraction = "", exponentText = "0"] = match;
  const digits = lead + fraction;
  const point = 1 + Number(exponentText); // position of the decimal point within `digits`
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Example: formatCsvNumber(-0) === "0", formatCsvNumber(1234.5) === "1234.5" */
export function formatCsvNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} to CSV; expected a finite number (use null for missing)`);
  return Object.is(value, -0) ? "0" : expandExponent(String(value));
}

/** Quotes a field when RFC 4180 requires it, or when it starts with the comment marker "#". */
function quoteField(text: string): string {
  return /[",\r\n]/.test(text) || text.startsWith("#") ? `"${text.replaceAll('"', '""')}"` : text;
}

function formatCell(value: CsvCell | undefined, key: string, rowIndex: number): string {
  if (value === undefined) throw new Error(`row ${rowIndex} has no value for column "${key}"; expected a cell or null`);
  if (value === null) return "";
  if (typeof value === "number") return formatCsvNumber(value);
  return quoteField(String(value));
}

/**
 * The CSV text, ending with CRLF. Throws on duplicate headers (they would collide when read back).
 * Example: toCsv({ preamble: ["Title"], columns: [{ key: "n", header: "people" }], rows: [{ n: 3 }] }) === "# Title\r\npeople\r\n3\r\n"
 */
export function toCsv({ preamble, columns, rows }: ToCsvInput): string {
  const headers = columns.map((c) => c.header);
  const duplicate = headers.find((h, i) => headers.indexOf(h) !== i);
  if (duplicate !== undefined) throw new Error(`CSV header "${duplicate}" appears twice; expected unique headers`);
  const comments = preamble.flatMap((line) => line.split(/\r\n|\r|\n/)).map((line) => `# ${line}`);
  const body = rows.map((row, i) => columns.map(({ key }) => formatCell(row[key], key, i)).join(","));
  return [...comments, headers.map(quoteField).join(","), ...body].map((line) => line + CRLF).join("");
}
