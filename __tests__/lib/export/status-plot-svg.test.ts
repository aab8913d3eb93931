/** @jest-environment node */
import { statusPlotSvg } from "@/lib/export/status-plot-svg";
import { buildStatusExportData } from "@/lib/export/status-export-data";
import { getMessages } from "@/lib/i18n/messages";
import { buildPeopleModel } from "@/lib/people/model";
import { DEFAULT_VIEW } from "@/lib/url/view-state";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const rects = (svg: string) =>
  [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="[\d.]+" fill="([^"]+)"\/>/g)].map((m) => ({
    x: Number(m[1]),
    width: Number(m[2]),
    fill: m[3],
  }));

describe("the status picture as SVG", () => {
  const svg = statusPlotSvg({
    width: 600,
    height: 200,
    bars: [
      { label: "No court reported", perEvent: [0, 2, 10] },
      { label: "Arraigned", perEvent: [3, 0, 3] },
    ],
    colors: ["#0072B2", "#D55E00", "#009E73"],
    fontSizePx: 14,
    formatCount: String,
  });

  it("stacks each row in the transfers' colours, lengths in proportion to the people, the longest filling the bar area", () => {
    const r = rects(svg);
    expect(r.map((x) => x.fill)).toEqual(["#D55E00", "#009E73", "#0072B2", "#009E73"]);
    const [a, b, c, d] = r.map((x) => x.width) as [number, number, number, number];
    expect(b / a).toBeCloseTo(5, 1); // 10 against 2 (px rounded to 0.01)
    expect((c + d) / (a + b)).toBeCloseTo(6 / 12, 2);
    expect(r[1]!.x).toBeCloseTo(r[0]!.x + a, 1); // stacked, not overlapping
    expect(r[0]!.x + a + b).toBeLessThanOrEqual(600);
  });

  it("writes each stage and its total, and escapes its words", () => {
    expect(svg).toContain(">No court reported</text>");
    expect(svg).toContain(">12</text>");
    expect(svg).toContain(">6</text>");
    const escaped = statusPlotSvg({
      width: 300,
      height: 40,
      bars: [{ label: "A & <B>", perEvent: [1] }],
      colors: ["#000"],
      fontSizePx: 12,
      formatCount: String,
    });
    expect(escaped).toContain("A &amp; &lt;B&gt;");
  });

  it("carries the review date, the source line and one legend entry per transfer in the export's words, in both languages", () => {
    const model = buildPeopleModel(loadDatasetSnapshot());
    const en = buildStatusExportData(model, DEFAULT_VIEW, getMessages("en"));
    expect(en.meta).toMatchObject({ asOf: "Dec 5, 2026", asOfLabel: "Checked against the sources" });
    expect(en.meta.sourceLine).toMatch(/up to Jul 2, 2026/);
    expect(en.meta.legend.map((l) => l.label)).toEqual(["Feb 27, 2025", "Aug 12, 2025", "Jan 20, 2026"]);
    expect(en.bars.reduce((n, b) => n + b.perEvent.reduce((x, y) => x + y, 0), 0)).toBe(37);
    const es = buildStatusExportData(model, { ...DEFAULT_VIEW, lang: "es" }, getMessages("es"));
    expect(es.meta.asOfLabel).toBe("Cotejado con las fuentes");
    expect(es.bars[0]!.label).toBe("Sin tribunal reportado");
  });
});
