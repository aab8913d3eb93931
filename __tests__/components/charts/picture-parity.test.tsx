import { render } from "@testing-library/react";
import { loadPlot } from "@/components/charts/plot-registry";
import { defineChart } from "@/lib/charts/define-chart";
import { chartPictureHtml } from "@/lib/charts/picture-svg";
import { VIEWBOX_WIDTH } from "@/lib/charts/picture-geometry";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";
import { makePlotSpecs } from "../../fixtures/plot-specs";

/**
 * The server picture and the recharts plot of each chart put every bar, point and marker at the
 * same place (within 1 px) at a fixed size. The picture is laid out in % of a width it does not
 * know; here its % become px at WIDTH_PX, the width recharts draws at.
 */
const WIDTH_PX = 800;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Point {
  x: number;
  y: number;
}

const num = (el: Element, attr: string) => Number(el.getAttribute(attr));

/** The picture's coordinates in px at WIDTH_PX: its marks box offset, and % / viewBox units -> px. */
function pictureFrame(root: Element) {
  const marks = root.querySelector<SVGElement>(".chart-picture__marks")!;
  const inset = Number(/calc\(100% - ([\d.]+)px\)/.exec(marks.style.width)![1]);
  const left = parseFloat(marks.style.left);
  const top = parseFloat(marks.style.top);
  const width = WIDTH_PX - inset;
  return {
    top,
    fromPct: (value: string) => left + (parseFloat(value) / 100) * width,
    fromUnits: (units: number) => left + (units / VIEWBOX_WIDTH) * width,
  };
}

/** Numbers of a path's d, in order. */
const numbersOf = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

function pictureBars(root: Element): Box[] {
  const f = pictureFrame(root);
  const filled = Array.from(root.querySelectorAll("path.bars")).flatMap((p) => {
    const boxes: Box[] = [];
    for (const m of p.getAttribute("d")!.matchAll(/M([\d.]+) ([\d.]+)V([\d.]+)h([\d.]+)V[\d.]+z/g)) {
      const [x, bottom, top, w] = m.slice(1).map(Number) as [number, number, number, number];
      boxes.push({ x: f.fromUnits(x), y: f.top + top, width: f.fromUnits(x + w) - f.fromUnits(x), height: bottom - top });
    }
    return boxes;
  });
  const fixed = Array.from(root.querySelectorAll("path.bar")).map((p) => {
    const [x, bottom, top] = numbersOf(p.getAttribute("d")!) as [number, number, number];
    const w = num(p, "stroke-width");
    return { x: f.fromUnits(x) - w / 2, y: f.top + top, width: w, height: bottom - top };
  });
  const hatched = Array.from(root.querySelectorAll("rect.bar")).map((r) => ({
    x: f.fromPct(r.getAttribute("x")!),
    y: f.top + num(r, "y"),
    width: f.fromPct(r.getAttribute("width")!) - f.fromPct("0%"),
    height: num(r, "height"),
  }));
  return [...filled, ...fixed, ...hatched].sort((a, b) => a.x - b.x);
}

/** The dots of a path of zero-length segments ("M10 5h0m2.5 1h0"): where each h0 is drawn. */
function dotsOfPath(d: string): [number, number][] {
  const dots: [number, number][] = [];
  let at: [number, number] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MmLlHh])([^MmLlHh]*)/g)) {
    const [a = 0, b = 0] = numbersOf(args!);
    if (command === "M") at = [a, b];
    else if (command === "m" || command === "l") at = [at[0] + a, at[1] + b];
    else if (command === "h" && a === 0) dots.push(at);
  }
  return dots;
}

function picturePoints(root: Element, className: string): Point[] {
  const f = pictureFrame(root);
  const d = root.querySelector(`path.${className}`)?.getAttribute("d") ?? "";
  return dotsOfPath(d).map(([x, y]) => ({ x: f.fromUnits(x), y: f.top + y }));
}

function pictureAnnotations(root: Element): number[] {
  const f = pictureFrame(root);
  return Array.from(root.querySelectorAll("line.annotation")).map((l) => f.fromPct(l.getAttribute("x1")!));
}

function rechartsBars(root: Element): Box[] {
  return Array.from(root.querySelectorAll(".recharts-bar-rectangle path"))
    .map((b) => ({ x: num(b, "x"), y: num(b, "y"), width: num(b, "width"), height: num(b, "height") }))
    .sort((a, b) => a.x - b.x);
}

const labelsOf = (els: Iterable<Element>) => Array.from(els).map((e) => e.textContent);

/** Compares two lists item by item; each mismatch names the chart, the mark and the px apart. */
function expectWithin1Px<T extends object>(chart: string, mark: string, picture: T[], recharts: T[]) {
  expect({ chart, mark, count: picture.length }).toEqual({ chart, mark, count: recharts.length });
  picture.forEach((p, i) => {
    const r = recharts[i]!;
    for (const key of Object.keys(r) as (keyof T)[]) {
      const apart = Math.abs(Number(p[key]) - Number(r[key]));
      expect({ chart, mark: `${mark}[${i}].${String(key)}`, within1Px: apart <= 1 || `off by ${apart.toFixed(2)} px` }).toEqual({
        chart,
        mark: `${mark}[${i}].${String(key)}`,
        within1Px: true,
      });
    }
  });
}

describe("ChartPicture and the recharts plots", () => {
  const specs = makePlotSpecs(loadDatasetSnapshot());
  it.each(specs.map((spec) => [spec.kind, spec] as const))(
    "ChartPicture draws the %s chart where recharts does, within 1 px at 800 px wide",
    async (kind, spec) => {
      const def = defineChart(spec);
      const picture = document.createElement("div");
      picture.innerHTML = chartPictureHtml(def, { descriptionId: "d", hatchId: "h" });
      const Plot = await loadPlot(spec.kind);
      const plot = render(<Plot {...spec.props} width={WIDTH_PX} height={def.heightPx} />).container;

      const bars = rechartsBars(plot);
      expectWithin1Px(kind, "bar", pictureBars(picture), bars);
      for (const className of ["point--counted", "point--stated", "point--total"]) {
        const dots = Array.from(plot.querySelectorAll(`.${className}`)).map((c) => ({ x: num(c, "cx"), y: num(c, "cy") }));
        expectWithin1Px(kind, className, picturePoints(picture, className), dots);
      }
      const lines = Array.from(plot.querySelectorAll(".recharts-reference-line line")).map((l) => ({ x: num(l, "x1") }));
      expectWithin1Px(
        kind,
        "annotation",
        pictureAnnotations(picture).map((x) => ({ x })),
        lines,
      );

      // Same ticks, same words: y labels top to bottom in both, x labels left to right.
      const yLabels = labelsOf(plot.querySelectorAll(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value"));
      expect({ kind, y: labelsOf(picture.querySelectorAll("g[text-anchor=end] text")) }).toEqual({ kind, y: yLabels });
      const xLabels = labelsOf(plot.querySelectorAll(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value"));
      expect({ kind, x: labelsOf(picture.querySelectorAll("g[text-anchor=middle] text")) }).toEqual({ kind, x: xLabels });
      // A chart with marks at all: guards against both renderers drawing nothing.
      expect(bars.length + plot.querySelectorAll(".point--counted, .point--total").length).toBeGreaterThan(0);
    },
  );
});
