/** @jest-environment node */
import { exportFileName, viewSlug } from "@/lib/export/filename";

describe("exportFileName", () => {
  const cases = [
    { input: { chart: "fentanyl", view: "nationwide", date: "2026-11-30", ext: "png" }, expected: "fentanyl_nationwide_2026-11-30.png" },
    {
      input: { chart: "map", view: viewSlug(["ev2026-01", "us_houston"]), date: "2026-11-30", ext: "png" },
      expected: "map_ev2026-01_us_houston_2026-11-30.png",
    },
    {
      input: { chart: "homicides", view: viewSlug([]), date: new Date(Date.UTC(2026, 10, 30, 23, 59)), ext: ".CSV" },
      expected: "homicides_all_2026-11-30.csv",
    },
    { input: { chart: "Transfers", view: "Nuevo León", date: "2026-02-28", ext: "svg" }, expected: "transfers_nuevo_leon_2026-02-28.svg" },
  ];
  it.each(cases)("exportFileName($input) -> $expected", ({ input, expected }) => {
    expect(exportFileName(input)).toBe(expected);
  });
  it("exportFileName is the same for the same input", () => {
    const input = { chart: "fentanyl", view: "swb", date: "2026-11-30", ext: "png" };
    expect(exportFileName(input)).toBe(exportFileName({ ...input }));
  });
  it("exportFileName reads a Date in UTC, not local time", () => {
    expect(exportFileName({ chart: "a", view: "b", date: new Date("2026-12-01T00:30:00+02:00"), ext: "png" })).toBe("a_b_2026-11-30.png");
  });
  it("exportFileName throws on a date that is not a real day", () => {
    expect(() => exportFileName({ chart: "a", view: "b", date: "2026-02-30", ext: "png" })).toThrow('"2026-02-30"');
    expect(() => exportFileName({ chart: "a", view: "b", date: "30/11/2026", ext: "png" })).toThrow(RangeError);
    expect(() => exportFileName({ chart: "a", view: "b", date: new Date(Number.NaN), ext: "png" })).toThrow(RangeError);
  });
  it("exportFileName throws on an empty chart name or a bad extension", () => {
    expect(() => exportFileName({ chart: "  ", view: "b", date: "2026-11-30", ext: "png" })).toThrow("chart name");
    expect(() => exportFileName({ chart: "a", view: "b", date: "2026-11-30", ext: "p/ng" })).toThrow('"p/ng"');
  });
});

describe("viewSlug", () => {
  const cases = [
    { parts: ["ev2026-01", "us_houston"], expected: "ev2026-01_us_houston" },
    { parts: ["Nationwide"], expected: "nationwide" },
    { parts: ["2025-10 to 2026-03"], expected: "2025-10_to_2026-03" },
    { parts: ["", "  ", "!!"], expected: "all" },
    { parts: [], expected: "all" },
    { parts: ["Ciudad de México", "Querétaro"], expected: "ciudad_de_mexico_queretaro" },
  ];
  it.each(cases)("viewSlug($parts) -> $expected", ({ parts, expected }) => {
    expect(viewSlug(parts)).toBe(expected);
  });
  it("viewSlug keeps at most 60 characters and does not end on a separator", () => {
    const slug = viewSlug(["a".repeat(59), "b".repeat(10)]);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe("a".repeat(59));
  });
  it("viewSlug of its own output is the same slug", () => {
    for (const { parts } of cases) expect(viewSlug([viewSlug(parts)])).toBe(viewSlug(parts));
  });
});
