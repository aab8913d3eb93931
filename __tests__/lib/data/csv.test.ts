/** @jest-environment node */
import { parseCsv } from "@/lib/data/csv";

describe("parseCsv", () => {
  it("parseCsv reads quoted cells holding commas, quotes and newlines", () => {
    const result = parseCsv('a,b\n1,"x, ""y""\nz"\n2,plain\n');
    expect(result).toEqual({ ok: true, table: { header: ["a", "b"], rows: [{ a: "1", b: 'x, "y"\nz' }, { a: "2", b: "plain" }], lines: [2, 4] } });
  });
  it("parseCsv accepts CRLF line ends and a missing final newline", () => {
    expect(parseCsv("a\r\n1\r\n2")).toEqual({ ok: true, table: { header: ["a"], rows: [{ a: "1" }, { a: "2" }], lines: [2, 3] } });
  });
  it("parseCsv reports a row with the wrong number of cells and its line", () => {
    expect(parseCsv("a,b\n1,2\n3\n")).toEqual({ ok: false, line: 3, message: "expected 2 cells, found 1" });
  });
  it("parseCsv reports an unterminated quote", () => {
    expect(parseCsv('a\n"open\n')).toMatchObject({ ok: false, message: "a quoted cell is never closed" });
  });
  it("parseCsv reports an empty file", () => {
    expect(parseCsv("")).toMatchObject({ ok: false, line: 1 });
  });
});
