import { thinningBreakpointPx, compactPath, pct, px } from "@/lib/charts/picture-geometry";
import { transferDomain } from "@/lib/charts/definitions/transfers";
import { defineChart } from "@/lib/charts/define-chart";
import { placeChart } from "@/lib/charts/place-chart";
import type { PlotSpec } from "@/lib/charts/plot-spec";
import { fromWire, toWire } from "@/lib/charts/wire";
import { buildTimeAnnotations } from "@/lib/series/annotations";
import { buildFentanylMonthRows } from "@/lib/series/fentanyl";
import { buildHomicideRows } from "@/lib/series/homicides";
import { toTime } from "@/lib/series/time";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

describe("compactPath", () => {
  it("compactPath writes the first point absolute and the rest as relative moves from rounded points", () => {
    expect(
      compactPath([
        [10, 5],
        [12.54, 4],
        [15, 6.06],
      ]),
    ).toBe("M10 5l2.5-1l2.5 2.1");
  });
  it("compactPath breaks the line at a gap with a move", () => {
    expect(compactPath([[0, 0], [1, 1], null, [3, 1]])).toBe("M0 0l1 1m2 0");
  });
  it("compactPath draws dots as zero-length segments", () => {
    expect(compactPath([[10, 5], null, [12.5, 6]], true)).toBe("M10 5h0m2.5 1h0");
  });
});

describe("px and pct", () => {
  it("px keeps 1 decimal and pct 2 decimals of a percent", () => {
    expect([px(12.345), px(-0.04), pct(0.125), pct(1 / 3)]).toEqual([12.3, -0, "12.5%", "33.33%"]);
  });
});

describe("thinningBreakpointPx", () => {
  it("thinningBreakpointPx is null when the labels fit a 320 px box", () => {
    expect(thinningBreakpointPx(["Feb 2025", "Aug 2025", "Jan 2026"], 52)).toBeNull();
  });
  it("thinningBreakpointPx picks the first breakpoint wide enough for every label", () => {
    const years = Array.from({ length: 10 }, (_, i) => String(2015 + i));
    expect(thinningBreakpointPx(years, 60)).toBe(480);
  });
});

describe("transferDomain", () => {
  it("transferDomain runs from the month before the first date to two months after the last", () => {
    expect(transferDomain(["2025-02-27", "2024-10-01", "2026-01-20"])).toEqual([toTime("2024-09-01"), toTime("2026-03-01")]);
  });
});

describe("toWire and fromWire", () => {
  it("fromWire(toWire(spec)) gives back the homicide and fentanyl rows (without stated source ids)", () => {
    const data = loadDatasetSnapshot();
    const annotations = buildTimeAnnotations(data, "en");
    const homicides: PlotSpec = {
      kind: "homicides",
      props: { rows: buildHomicideRows(data), annotations, locale: "en", names: { counted: "c", stated: "s", month: "m" } },
    };
    const fentanyl: PlotSpec = {
      kind: "fentanyl",
      props: { rows: buildFentanylMonthRows(data, "swb"), annotations, locale: "en", names: { pounds: "p", month: "m" } },
    };
    const back = fromWire(toWire(homicides));
    expect(back).toEqual({ ...homicides, props: { ...homicides.props, rows: homicides.props.rows.map((r) => ({ ...r, statedSourceId: null })) } });
    expect(fromWire(toWire(fentanyl))).toEqual(fentanyl);
    // The rows cross as columns: a quarter of their JSON as objects, or less.
    const wire = toWire(homicides);
    expect(wire.kind === "homicides" && JSON.stringify(wire.props.rows).length).toBeLessThan(JSON.stringify(homicides.props.rows).length / 4);
  });
  it("toWire refuses months with a gap, naming them", () => {
    const spec: PlotSpec = {
      kind: "fentanyl",
      props: {
        rows: [
          { month: "2025-01", time: 0, pounds: 1 },
          { month: "2025-03", time: 0, pounds: 2 },
        ],
        annotations: [],
        locale: "en",
        names: { pounds: "p", month: "m" },
      },
    };
    expect(() => toWire(spec)).toThrow('"2025-01" is followed by "2025-03"');
  });
});

describe("placeChart", () => {
  it("placeChart keeps only the annotations inside a narrowed range, so the axis is not stretched", () => {
    const data = loadDatasetSnapshot();
    const rows = buildHomicideRows(data).filter((r) => r.month <= "2020-12");
    const def = defineChart({
      kind: "homicides",
      props: { rows, annotations: buildTimeAnnotations(data, "en"), locale: "en", names: { counted: "c", stated: "s", month: "m" } },
    });
    expect(def.annotations).toEqual([]);
    expect(placeChart(def).xTicks.map((t) => t.label)).toEqual(["2018", "2019", "2020"]);
  });
  it("placeChart puts zero at the bottom of the plotting area and the top tick at its top", () => {
    const data = loadDatasetSnapshot();
    const def = defineChart({
      kind: "fentanyl",
      props: { rows: buildFentanylMonthRows(data, "swb"), annotations: [], locale: "en", names: { pounds: "p", month: "m" } },
    });
    const placed = placeChart(def);
    expect([placed.yTicks[0]!.yPx, placed.yTicks.at(-1)!.yPx]).toEqual([placed.innerHeightPx, 0]);
    expect(placed.bars).toHaveLength(91);
  });
});
