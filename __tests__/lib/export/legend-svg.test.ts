/** @jest-environment node */
import { layoutChartExport } from "@/lib/export/layout";
import { buildLegendSvg } from "@/lib/export/legend-svg";
import { LEGEND_MARKS, type LegendItem, type LegendMark } from "@/lib/legend";

const makeItems = (count: number, mark: LegendMark = "line"): LegendItem[] =>
  Array.from({ length: count }, (_, i) => ({ label: `Series ${i + 1}`, color: "#0072B2", mark }));
const legendBoxFor = (count: number, width = 320, height = 240) => layoutChartExport({ width, height, legendItemCount: count, hasSubtitle: false }).legend;

describe("buildLegendSvg", () => {
  it("buildLegendSvg places items in the layout's grid, left to right then down", () => {
    const box = legendBoxFor(5);
    const { body } = buildLegendSvg(makeItems(5), box, "t");
    const positions = [...body.matchAll(/<text class="export-legend-label" x="([\d.]+)" y="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(positions).toHaveLength(5);
    const rows = new Set(positions.map(([, y]) => y));
    expect(rows.size).toBe(box.rowCount);
    expect(positions[box.itemsPerRow]![0]).toBe(positions[0]![0]);
  });
  it.each(LEGEND_MARKS)("buildLegendSvg draws a %s mark in the item's colour", (mark) => {
    const { body } = buildLegendSvg(makeItems(1, mark), legendBoxFor(1), "t");
    expect(body).toContain("#0072B2");
  });
  it("buildLegendSvg adds one pattern per hatched item, with unique ids", () => {
    const { defs } = buildLegendSvg(makeItems(3, "hatched"), legendBoxFor(3), "t");
    expect([...defs.matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1])).toEqual(["t-hatch-0", "t-hatch-1", "t-hatch-2"]);
  });
  it("buildLegendSvg cuts a label that is wider than its column with an ellipsis", () => {
    const { body } = buildLegendSvg([{ label: "A very long legend label that cannot fit its column", color: "#000", mark: "bar" }], legendBoxFor(1), "t");
    expect(body).toMatch(/\u2026<\/text>/);
  });
  it("buildLegendSvg escapes labels and colours", () => {
    const { body } = buildLegendSvg([{ label: "<A & B>", color: '"red"', mark: "bar" }], legendBoxFor(1, 1200, 630), "t");
    expect(body).toContain("&lt;A &amp; B&gt;");
    expect(body).toContain('fill="&quot;red&quot;"');
  });
  it("buildLegendSvg names a mark it does not know", () => {
    const item = { label: "x", color: "#000", mark: "dotted" } as unknown as LegendItem;
    expect(() => buildLegendSvg([item], legendBoxFor(1), "t")).toThrow('unknown legend mark "dotted"');
  });
});
