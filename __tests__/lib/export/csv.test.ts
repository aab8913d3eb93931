/** @jest-environment node */
import { parseCsv } from "@/lib/data/csv";
import { formatCsvNumber, toCsv, type CsvCell, type ToCsvInput } from "@/lib/export/csv";

const COLUMNS = [
  { key: "month", header: "month" },
  { key: "pounds", header: "pounds_seized_lbs" },
  { key: "note", header: "note" },
  { key: "isPartial", header: "partial_year" },
];

const makeRows = (): Record<string, CsvCell>[] => [
  { month: "2025-10", pounds: 1234.5, note: "plain", isPartial: false },
  { month: "2025-11", pounds: null, note: 'quoted "word", comma', isPartial: true },
  { month: "2025-12", pounds: 0.000001, note: "line\nbreak", isPartial: false },
  { month: "2026-01", pounds: 1e21, note: "#1 is not a comment", isPartial: null },
  { month: "2026-02", pounds: -0, note: "", isPartial: false },
];

const makeInput = (): ToCsvInput => ({
  preamble: ["Fentanyl seized, southwest border", "Source: CBP", "https://extradition-atlas.example/?chart=fentanyl"],
  columns: COLUMNS,
  rows: makeRows(),
});

/** Drops the "#" comment lines of the preamble (only leading lines: a quoted cell may hold a line starting with "#"). */
function stripPreamble(csv: string): string {
  const lines = csv.split("\r\n");
  const firstData = lines.findIndex((line) => !line.startsWith("#"));
  return lines.slice(firstData).join("\r\n");
}

const asWritten = (v: CsvCell): string => (v === null ? "" : typeof v === "number" ? formatCsvNumber(v) : String(v));

describe("toCsv", () => {
  it("toCsv writes the preamble as '# ' comment lines before the header", () => {
    const lines = toCsv(makeInput()).split("\r\n");
    expect(lines.slice(0, 4)).toEqual([
      "# Fentanyl seized, southwest border",
      "# Source: CBP",
      "# https://extradition-atlas.example/?chart=fentanyl",
      "month,pounds_seized_lbs,note,partial_year",
    ]);
  });
  it("toCsv round-trips through parseCsv once the comment lines are stripped", () => {
    const parsed = parseCsv(stripPreamble(toCsv(makeInput())));
    const expected = makeRows().map((row) => Object.fromEntries(COLUMNS.map(({ key, header }) => [header, asWritten(row[key] ?? null)])));
    expect(parsed).toMatchObject({ ok: true, table: { header: COLUMNS.map((c) => c.header), rows: expected } });
  });
  it("toCsv quotes fields with commas, quotes and newlines as RFC 4180 says, and leaves others bare", () => {
    const csv = toCsv(makeInput());
    expect(csv).toContain('"quoted ""word"", comma"');
    expect(csv).toContain('"line\nbreak"');
    expect(csv).toContain("2025-10,1234.5,plain,false\r\n");
  });
  it("toCsv quotes a cell starting with '#' so that it is not read as a comment", () => {
    expect(toCsv(makeInput())).toContain('"#1 is not a comment"');
  });
  it("toCsv writes null as an empty cell", () => {
    expect(toCsv(makeInput())).toContain("2025-11,,");
  });
  it("toCsv splits a preamble line with a newline into two comment lines", () => {
    expect(toCsv({ preamble: ["a\nb"], columns: [{ key: "x", header: "x" }], rows: [] })).toBe("# a\r\n# b\r\nx\r\n");
  });
  it("toCsv throws on NaN, on a missing key and on duplicate headers", () => {
    const columns = [{ key: "x", header: "x_px" }];
    expect(() => toCsv({ preamble: [], columns, rows: [{ x: Number.NaN }] })).toThrow(RangeError);
    expect(() => toCsv({ preamble: [], columns, rows: [{ y: 1 }] })).toThrow('row 0 has no value for column "x"');
    expect(() => toCsv({ preamble: [], columns: [...columns, { key: "y", header: "x_px" }], rows: [] })).toThrow('"x_px" appears twice');
  });
});

describe("formatCsvNumber", () => {
  const cases = [
    { value: 1234567.891, expected: "1234567.891" },
    { value: -0, expected: "0" },
    { value: -12.5, expected: "-12.5" },
    { value: 1e21, expected: "1000000000000000000000" },
    { value: 1.5e-7, expected: "0.00000015" },
    { value: -2.25e-8, expected: "-0.0000000225" },
    { value: 1.234e22, expected: "12340000000000000000000" },
  ];
  it.each(cases)("formatCsvNumber($value) -> $expected", ({ value, expected }) => {
    expect(formatCsvNumber(value)).toBe(expected);
  });
  it("formatCsvNumber writes the same value back as Number reads it", () => {
    for (const { value } of cases) expect({ value, back: Number(formatCsvNumber(value)) }).toEqual({ value, back: Object.is(value, -0) ? 0 : value });
  });
  it("formatCsvNumber refuses Infinity", () => {
    expect(() => formatCsvNumber(Infinity)).toThrow("Infinity");
  });
});
