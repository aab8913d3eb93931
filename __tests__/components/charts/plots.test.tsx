import { render, screen } from "@testing-library/react";
import { ink } from "@/lib/theme/ink";
import AnnualPlot from "@/components/charts/plots/annual-plot";
import FentanylPlot from "@/components/charts/plots/fentanyl-plot";
import FiscalPlot from "@/components/charts/plots/fiscal-plot";
import HomicidePlot from "@/components/charts/plots/homicide-plot";
import TransfersPlot from "@/components/charts/plots/transfers-plot";
import type { Dataset } from "@/lib/data/dataset";
import { buildTimeAnnotations, isTopMark, linkAnnotations } from "@/lib/series/annotations";
import { addMonths } from "@/lib/stats/calendar";
import { buildFentanylMonthRows, buildFiscalYearRows, type FentanylMonthPoint } from "@/lib/series/fentanyl";
import { buildAnnualHomicideRows, buildHomicideRows } from "@/lib/series/homicides";
import { toTime } from "@/lib/series/time";
import { buildTransferRows } from "@/lib/series/transfers";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

/** Every plot is drawn at this fixed size: recharts draws nothing in jsdom without one. */
const SIZE = { width: 800, height: 300 } as const;
const TRANSFER_DOMAIN: [number, number] = [toTime("2024-09-01"), toTime("2026-03-01")];

/** The plot's own svg (recharts' accessibility layer gives it role="application"). */
function chartSvg(): SVGSVGElement {
  return screen.getByRole("application") as unknown as SVGSVGElement;
}

function num(el: Element, attr: string): number {
  const v = el.getAttribute(attr);
  if (v === null) throw new Error(`<${el.tagName} class="${el.getAttribute("class")}"> has no ${attr}`);
  return Number(v);
}

/** The plotting area (recharts clips the series to it): x, y, width, height in px. */
function plotArea(svg: Element) {
  const rect = svg.querySelector("clipPath rect");
  if (!rect) throw new Error("no clip rectangle: the chart did not draw");
  return { x: num(rect, "x"), y: num(rect, "y"), width: num(rect, "width"), height: num(rect, "height") };
}

/** Bar paths of a chart, in drawing order. */
function bars(svg: Element, selector = ".recharts-bar-rectangle path"): Element[] {
  return Array.from(svg.querySelectorAll(selector));
}

/**
 * Checks that every mark's size in px is the same multiple of its value (a zero-based linear
 * axis): returns the px per unit so callers can compare scales.
 */
function expectProportional(sizes: number[], values: number[], label: string): number {
  expect({ label, count: sizes.length }).toEqual({ label, count: values.length });
  const k = Math.max(...sizes) / Math.max(...values);
  sizes.forEach((s, i) => {
    const at = `${label}[${i}] value ${values[i]}`;
    expect({ at, px: Math.round(s * 10) / 10 }).toEqual({ at, px: Math.round(values[i]! * k * 10) / 10 });
  });
  return k;
}

/** x in px of a time on an axis whose domain is [from, to]. */
function xOf(area: { x: number; width: number }, [from, to]: [number, number], time: number): number {
  return area.x + ((time - from) / (to - from)) * area.width;
}

function renderHomicides(data: Dataset) {
  const rows = buildHomicideRows(data);
  render(
    <HomicidePlot
      rows={rows}
      annotations={buildTimeAnnotations(data, "en")}
      names={{ counted: "Counted", stated: "Stated", month: "Month" }}
      locale="en"
      {...SIZE}
    />,
  );
  return { rows, svg: chartSvg() };
}

function renderFentanyl(data: Dataset, rows: FentanylMonthPoint[]) {
  return render(<FentanylPlot rows={rows} annotations={buildTimeAnnotations(data, "en")} names={{ pounds: "Pounds", month: "Month" }} locale="en" {...SIZE} />);
}

describe("HomicidePlot", () => {
  it("HomicidePlot draws one SESNSP dot per month with a count (90)", () => {
    const { rows, svg } = renderHomicides(loadDatasetSnapshot());
    const counted = rows.filter((r) => r.perDay !== null);
    expect(counted).toHaveLength(90);
    expect(svg.querySelectorAll(".point--counted")).toHaveLength(counted.length);
  });
  it("HomicidePlot places each SESNSP dot at its month and its victims per day on a zero-based axis", () => {
    const { rows, svg } = renderHomicides(loadDatasetSnapshot());
    const counted = rows.filter((r) => r.perDay !== null);
    const area = plotArea(svg);
    // The axis runs from the first month's start to the end of the last (the timeline's axis).
    const domain: [number, number] = [toTime(rows[0]!.month), toTime(addMonths(rows.at(-1)!.month, 1))];
    const dots = Array.from(svg.querySelectorAll(".point--counted"));
    dots.forEach((dot, i) => {
      const at = counted[i]!.month;
      expect({ at, cx: Math.round(num(dot, "cx") * 100) / 100 }).toEqual({ at, cx: Math.round(xOf(area, domain, counted[i]!.time) * 100) / 100 });
    });
    const bottom = area.y + area.height;
    expectProportional(
      dots.map((d) => bottom - num(d, "cy")),
      counted.map((r) => r.perDay!),
      "perDay",
    );
  });
  it("HomicidePlot draws the 13 stated averages as hollow points at their values", () => {
    const { rows, svg } = renderHomicides(loadDatasetSnapshot());
    const stated = rows.filter((r) => r.stated !== null);
    const points = Array.from(svg.querySelectorAll(".point--stated"));
    expect(points).toHaveLength(13);
    expect(points).toHaveLength(stated.length);
    for (const p of points) expect([p.getAttribute("fill"), p.getAttribute("stroke")]).toEqual([ink("dot"), ink("stated")]);
    // The same y scale as the SESNSP dots: Sep 2024 stated 86.9 sits on the 2,607 / 30 dot.
    const sepIndex = stated.findIndex((r) => r.month === "2024-09");
    const sepDot = Array.from(svg.querySelectorAll(".point--counted"))[rows.filter((r) => r.perDay !== null).findIndex((r) => r.month === "2024-09")]!;
    expect(num(points[sepIndex]!, "cy")).toBeCloseTo(num(sepDot, "cy"), 0);
    expect(num(points[sepIndex]!, "cx")).toBeCloseTo(num(sepDot, "cx"), 6);
  });
  it("HomicidePlot draws the 5 lines (the changes of government dashed, the transfers in their colours) and a shape per tariff, designation and agreement", () => {
    const data = loadDatasetSnapshot();
    const { svg } = renderHomicides(data);
    const lines = Array.from(svg.querySelectorAll(".recharts-reference-line.annotation"));
    expect(lines).toHaveLength(5);
    const drawn = lines.map((g) => {
      const line = g.querySelector("line")!;
      return {
        kind: g.classList.contains("annotation--administration") ? "administration" : "transfer",
        color: line.getAttribute("stroke"),
        dashed: line.hasAttribute("stroke-dasharray"),
      };
    });
    const marks = buildTimeAnnotations(data, "en");
    expect(drawn).toEqual(marks.filter((a) => !isTopMark(a.kind)).map((a) => ({ kind: a.kind, color: a.color, dashed: a.kind === "administration" })));
    for (const kind of ["tariff", "designation", "agreement"] as const) {
      const want = data.timeline.filter((e) => e.kind === kind).length;
      expect({ kind, drawn: svg.querySelectorAll(`path.annotation--${kind}`).length }).toEqual({ kind, drawn: want });
    }
    // Without links (an export), no mark is a link.
    expect(svg.querySelectorAll("a")).toHaveLength(0);
  });
  it("HomicidePlot makes each mark a link to its timeline entry, out of the tab order, with its tooltip", () => {
    const data = loadDatasetSnapshot();
    const marks = linkAnnotations(buildTimeAnnotations(data, "en"), (id) => `/timeline?entry=${id}`);
    render(
      <HomicidePlot
        rows={buildHomicideRows(data)}
        annotations={marks}
        names={{ counted: "Counted", stated: "Stated", month: "Month" }}
        locale="en"
        {...SIZE}
      />,
    );
    const links = Array.from(chartSvg().querySelectorAll("a"));
    expect(links.map((a) => a.getAttribute("href")).sort()).toEqual(marks.map((a) => a.href).sort());
    expect(links.every((a) => a.getAttribute("tabindex") === "-1")).toBe(true);
    const rubio = links.find((a) => a.getAttribute("href")!.includes("rubio-visit"))!;
    expect(rubio.querySelector("title")!.textContent).toBe("Sep 3, 2025: Rubio visit: security cooperation program and high-level implementation group");
    expect(rubio.querySelector("path.annotation--agreement")).not.toBeNull();
  });
  it("HomicidePlot labels the time axis with the years 2018 to 2026", () => {
    renderHomicides(loadDatasetSnapshot());
    const labels = Array.from(chartSvg().querySelectorAll(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value")).map((t) => t.textContent);
    expect(labels).toEqual(["2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"]);
  });
});

describe("AnnualPlot", () => {
  it("AnnualPlot draws two bars per year, SESNSP and INEGI, 10 years", () => {
    const rows = buildAnnualHomicideRows(loadDatasetSnapshot());
    render(<AnnualPlot rows={rows} names={{ sesnsp: "SESNSP", inegi: "INEGI" }} locale="en" {...SIZE} />);
    const svg = chartSvg();
    expect(bars(svg)).toHaveLength(20);
    expect(bars(svg)).toHaveLength(2 * rows.length);
    const [sesnsp, inegi] = Array.from(svg.querySelectorAll(".recharts-bar-rectangles"));
    const heights = (g: Element) => bars(g).map((b) => num(b, "height"));
    const k1 = expectProportional(
      heights(sesnsp!),
      rows.map((r) => r.sesnsp!),
      "SESNSP",
    );
    const k2 = expectProportional(
      heights(inegi!),
      rows.map((r) => r.inegi!),
      "INEGI",
    );
    expect(k1).toBeCloseTo(k2, 6);
    expect(bars(sesnsp!).map((b) => b.getAttribute("fill"))).toEqual(Array(10).fill(ink("counted")));
    expect(bars(inegi!).map((b) => b.getAttribute("fill"))).toEqual(Array(10).fill(ink("inegi")));
  });
});

describe("FentanylPlot", () => {
  it("FentanylPlot draws one bar per month (91) with heights proportional to the pounds", () => {
    const data = loadDatasetSnapshot();
    const rows = buildFentanylMonthRows(data, "swb");
    renderFentanyl(data, rows);
    const drawn = bars(chartSvg());
    expect(drawn).toHaveLength(91);
    expectProportional(
      drawn.map((b) => num(b, "height")),
      rows.map((r) => r.pounds),
      "swb",
    );
  });
  it("FentanylPlot centres each bar on its month on the time axis", () => {
    const data = loadDatasetSnapshot();
    const rows = buildFentanylMonthRows(data, "swb");
    renderFentanyl(data, rows);
    const area = plotArea(chartSvg());
    const half = (30.4 * 86_400_000) / 2;
    const domain: [number, number] = [rows[0]!.time - half, rows.at(-1)!.time + half];
    bars(chartSvg()).forEach((b, i) => {
      const centre = num(b, "x") + num(b, "width") / 2;
      const at = rows[i]!.month;
      expect({ at, offBy1px: Math.abs(centre - xOf(area, domain, rows[i]!.time)) > 1 }).toEqual({ at, offBy1px: false });
    });
  });
  it("FentanylPlot redraws the bars with the other scope's rows (southwest border -> nationwide)", () => {
    const data = loadDatasetSnapshot();
    const swb = buildFentanylMonthRows(data, "swb");
    const nationwide = buildFentanylMonthRows(data, "nationwide");
    const { rerender } = renderFentanyl(data, swb);
    const before = bars(chartSvg()).map((b) => num(b, "height"));
    rerender(
      <FentanylPlot rows={nationwide} annotations={buildTimeAnnotations(data, "en")} names={{ pounds: "Pounds", month: "Month" }} locale="en" {...SIZE} />,
    );
    const after = bars(chartSvg()).map((b) => num(b, "height"));
    expect(after).toHaveLength(91);
    expect(after).not.toEqual(before);
    expectProportional(
      after,
      nationwide.map((r) => r.pounds),
      "nationwide",
    );
  });
  it("FentanylPlot draws the 5 annotation lines", () => {
    const data = loadDatasetSnapshot();
    renderFentanyl(data, buildFentanylMonthRows(data, "swb"));
    expect(chartSvg().querySelectorAll(".recharts-reference-line.annotation")).toHaveLength(5);
    expect(chartSvg().querySelectorAll(".annotation--transfer")).toHaveLength(3);
    expect(chartSvg().querySelectorAll(".annotation--administration")).toHaveLength(2);
  });
});

describe("FiscalPlot", () => {
  it("FiscalPlot draws 8 fiscal-year bars, exactly one of them (FY2026) hatched as partial", () => {
    const rows = buildFiscalYearRows(loadDatasetSnapshot(), "nationwide");
    render(<FiscalPlot rows={rows} names={{ pounds: "Pounds", partial: "partial" }} locale="en" {...SIZE} />);
    const svg = chartSvg();
    const drawn = bars(svg);
    expect(drawn).toHaveLength(8);
    const partial = svg.querySelectorAll(".bar--partial");
    expect(partial).toHaveLength(1);
    expect(partial[0]).toBe(drawn[7]);
    expect(partial[0]!.getAttribute("fill")).toBe("url(#partial-hatch)");
    expect(svg.querySelector("pattern#partial-hatch")).not.toBeNull();
    expectProportional(
      drawn.map((b) => num(b, "height")),
      rows.map((r) => r.pounds),
      "FY",
    );
    const labels = Array.from(svg.querySelectorAll(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value")).map((t) => t.textContent);
    expect(labels).toEqual(rows.map((r) => r.label));
  });
});

describe("TransfersPlot", () => {
  function renderTransfers() {
    const data = loadDatasetSnapshot();
    const rows = buildTransferRows(data);
    render(
      <TransfersPlot
        rows={rows}
        annotations={buildTimeAnnotations(data, "en")}
        names={{ people: "People", runningTotal: "Running total" }}
        locale="en"
        {...SIZE}
      />,
    );
    return { rows, svg: chartSvg() };
  }
  it("TransfersPlot draws 3 bars of 29, 26 and 37 people in the transfers' colours", () => {
    const { rows, svg } = renderTransfers();
    const drawn = bars(svg);
    expect(drawn).toHaveLength(3);
    expect(drawn.map((b) => b.getAttribute("fill"))).toEqual(rows.map((r) => r.color));
    expectProportional(
      drawn.map((b) => num(b, "height")),
      [29, 26, 37],
      "people",
    );
  });
  it("TransfersPlot draws 3 running-total points at 29, 55 and 92 on the same scale as the bars", () => {
    const { svg } = renderTransfers();
    const area = plotArea(svg);
    const points = Array.from(svg.querySelectorAll(".point--total"));
    expect(points).toHaveLength(3);
    const kPoints = expectProportional(
      points.map((p) => area.y + area.height - num(p, "cy")),
      [29, 55, 92],
      "runningTotal",
    );
    const kBars = Math.max(...bars(svg).map((b) => num(b, "height"))) / 37;
    expect(kPoints).toBeCloseTo(kBars, 3);
  });
  it("TransfersPlot puts each bar and point on its transfer date", () => {
    const { rows, svg } = renderTransfers();
    const area = plotArea(svg);
    const points = Array.from(svg.querySelectorAll(".point--total"));
    rows.forEach((r, i) => {
      const bar = bars(svg)[i]!;
      const x = xOf(area, TRANSFER_DOMAIN, r.time);
      expect({ at: r.date, point: Math.round(num(points[i]!, "cx")), bar: Math.abs(num(bar, "x") + num(bar, "width") / 2 - x) <= 1 }).toEqual({
        at: r.date,
        point: Math.round(x),
        bar: true,
      });
    });
  });
  it("TransfersPlot draws only the changes of government, not the transfer lines", () => {
    const { svg } = renderTransfers();
    expect(svg.querySelectorAll(".recharts-reference-line")).toHaveLength(2);
    expect(svg.querySelectorAll(".annotation--administration")).toHaveLength(2);
  });
});
