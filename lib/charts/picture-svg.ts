import { escapeXml, xmlElement as el } from "../export/xml";
import { TOP_MARK_PATHS } from "./chart-definition";
import { isTopMark } from "../series/annotations";
import type { PlacedChart } from "./place-chart";
import { AXIS_COLOR, GRID_COLOR, X_AXIS_HEIGHT_PX, type ChartDefinition } from "./chart-definition";
import { compactPath, pct, px, thinningBreakpointPx, VIEWBOX_WIDTH } from "./picture-geometry";
import { placeChart, type PlacedBar, type PlacedLine } from "./place-chart";
import { ink } from "../theme/ink";

/** recharts' tick mark length and the gap from it to the label, in px. */
const TICK_PX = 6;
const LABEL_GAP_PX = 2;
/** Baseline offsets of 12 px labels: centred on a y tick (0.32em), hanging under an x tick (0.71em). */
const Y_LABEL_SHIFT_PX = 4;
const X_LABEL_SHIFT_PX = 8.5;

const vx = (fraction: number) => px(fraction * VIEWBOX_WIDTH);

/** Filled bars of one colour as one path, in viewBox units along x and px along y. */
function barPath(bars: readonly PlacedBar[], bottomPx: number): string {
  return bars.map((b) => `M${vx(b.x)} ${px(bottomPx)}V${px(b.yPx)}h${vx(b.width)}V${px(bottomPx)}z`).join("");
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

function lineMarks(line: PlacedLine): string {
  const points = line.points.map((p): [number, number] | null => (p ? [p.x * VIEWBOX_WIDTH, p.yPx] : null));
  const { dot } = line;
  const outerPx = 2 * dot.radiusPx + (dot.stroke ? dot.strokeWidthPx : 0);
  const dots = compactPath(points, true);
  const body = [
    line.lineWidthPx > 0
      ? el("path", { d: compactPath(points), fill: "none", stroke: line.color, "stroke-width": line.lineWidthPx, "stroke-linejoin": "round" })
      : "",
    // Round caps of zero-length segments are the dots: one path for every point of the series.
    el("path", { d: dots, stroke: dot.stroke ?? dot.fill, "stroke-width": outerPx, "stroke-linecap": "round", class: dot.className }),
    dot.stroke ? el("path", { d: dots, stroke: dot.fill, "stroke-width": 2 * dot.radiusPx - dot.strokeWidthPx, "stroke-linecap": "round" }) : "",
  ];
  return el("g", { class: `series series--${line.key}` }, body.join(""));
}

/**
 * One time mark: a line across the plot, or a shape above it at x% (a nested <svg>, since a path
 * cannot be placed in percent). The picture is one image to assistive technology and is replaced
 * by the live chart as soon as a pointer or the keyboard reaches it, so it carries neither the
 * marks' tooltips nor their links: the live chart (components/charts/plots/annotation-lines.tsx),
 * the legend and the data table's list do (lib/pictures/markup.ts draws it from the unlinked spec).
 */
function annotationMark(a: PlacedChart["annotations"][number], heightPx: number): string {
  const cls = `annotation annotation--${a.kind}`;
  return isTopMark(a.kind)
    ? // Its box is the whole layer from x% (overflow visible in chart-picture.css), so the path's coordinates are px from there.
      el("svg", { x: pct(a.x), class: cls }, el("path", { d: TOP_MARK_PATHS[a.kind], fill: a.color }))
    : el("line", {
        x1: pct(a.x),
        x2: pct(a.x),
        y1: 0,
        y2: px(heightPx),
        stroke: a.color,
        "stroke-width": a.widthPx,
        "stroke-dasharray": a.isDashed ? "4 3" : undefined,
        class: cls,
      });
}

/**
 * The chart's picture as the page shows it: the box named by the chart's description (its role
 * and accessible name), the width below which every other x label hides, and the SVG inside.
 * Example: chartPictureHtml(defineChart(spec), { hatchId: "hatch-fiscal", descriptionId: "chart-fiscal-desc" })
 */
export function chartPictureHtml(def: ChartDefinition, { hatchId, descriptionId }: { hatchId: string; descriptionId: string }): string {
  const { thinBelowPx, svg } = renderChartPicture(def, hatchId);
  return el(
    "div",
    { class: "chart-picture", "data-chart-picture": "", "data-thin": thinBelowPx ?? undefined, role: "img", "aria-labelledby": descriptionId },
    svg,
  );
}

/** What the picture's outer box needs besides its markup: the width below which every other x label is hidden. */
export interface ChartPictureMarkup {
  thinBelowPx: number | null;
  svg: string;
}

/**
 * A chart drawn on the server as an SVG string, from its definition alone: readable without
 * JavaScript, and at any width without scaling text. y is in px (the box has a fixed height); x is
 * in percent of the plotting area, a box inset by the axis margins. Lines, dots and bars live in a
 * stretched viewBox layer (0..1000 wide) whose strokes keep their px width (vector-effect, in
 * components/charts/chart-picture.css); text, markers and hatched bars use % x. Colours are ink
 * references (lib/theme/ink.ts), so the page's scheme recolours them.
 * Example: renderChartPicture(defineChart(spec), "hatch-fiscal").svg.startsWith('<svg class="chart-picture__marks"')
 */
export function renderChartPicture(def: ChartDefinition, hatchId: string): ChartPictureMarkup {
  const placed = placeChart(def);
  const h = placed.innerHeightPx;
  const inset = { top: def.margin.top, right: def.margin.right, bottom: def.margin.bottom + X_AXIS_HEIGHT_PX, left: def.margin.left + def.y.widthPx };
  const plain = placed.bars.filter((b) => !b.isHatched && b.widthPx === undefined);
  const fixed = placed.bars.filter((b) => b.widthPx !== undefined);
  const hatched = placed.bars.filter((b) => b.isHatched);
  const xTickMarks = placed.xTicks.map((t) => `M${vx(t.x)} ${px(h)}v${TICK_PX}`).join("");
  const pattern = hatched.length
    ? el(
        "defs",
        {},
        el(
          "pattern",
          { id: hatchId, width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
          el("rect", { width: 6, height: 6, fill: ink("dot") }) + el("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: hatched[0]!.color, "stroke-width": 3 }),
        ),
      )
    : "";
  const stretched = el(
    "svg",
    {
      class: "chart-picture__stretched",
      viewBox: `0 0 ${VIEWBOX_WIDTH} ${px(h)}`,
      preserveAspectRatio: "none",
      width: "100%",
      height: "100%",
      overflow: "visible",
    },
    [
      el("path", { d: placed.yTicks.map((t) => `M0 ${px(t.yPx)}H${VIEWBOX_WIDTH}`).join(""), stroke: GRID_COLOR }),
      ...[...groupBy(plain, (b) => b.color)].map(([color, bars]) => el("path", { d: barPath(bars, h), fill: color, class: "bars" })),
      ...fixed.map((b) => el("path", { d: `M${vx(b.x)} ${px(h)}V${px(b.yPx)}`, stroke: b.color, "stroke-width": b.widthPx, class: "bar" })),
      el("path", { d: `M0 ${px(h)}H${VIEWBOX_WIDTH}${xTickMarks}`, stroke: AXIS_COLOR }),
      ...placed.lines.map(lineMarks),
    ].join(""),
  );
  const marks = [
    pattern,
    stretched,
    ...hatched.map((b) =>
      el("rect", {
        x: pct(b.x),
        y: px(b.yPx),
        width: pct(b.width),
        height: px(b.heightPx),
        fill: `url(#${hatchId})`,
        stroke: b.color,
        class: "bar bar--partial",
      }),
    ),
    ...placed.annotations.map((a) => annotationMark(a, h)),
    el("path", { d: `M0 0V${px(h)}${placed.yTicks.map((t) => `M-${TICK_PX} ${px(t.yPx)}h${TICK_PX}`).join("")}`, stroke: AXIS_COLOR }),
    el(
      "g",
      { "text-anchor": "end" },
      placed.yTicks.map((t) => el("text", { x: -(TICK_PX + LABEL_GAP_PX), y: px(t.yPx + Y_LABEL_SHIFT_PX) }, escapeXml(t.label))).join(""),
    ),
    el(
      "g",
      { "text-anchor": "middle" },
      placed.xTicks
        .map((t, i) =>
          el("text", { x: pct(t.x), y: px(h + TICK_PX + LABEL_GAP_PX + X_LABEL_SHIFT_PX), class: i % 2 ? "xt-odd" : undefined }, escapeXml(t.label)),
        )
        .join(""),
    ),
  ];
  const style = `top:${inset.top}px;left:${inset.left}px;width:calc(100% - ${inset.left + inset.right}px);height:calc(100% - ${inset.top + inset.bottom}px)`;
  return {
    thinBelowPx: thinningBreakpointPx(
      placed.xTicks.map((t) => t.label),
      inset.left + inset.right,
    ),
    svg: el("svg", { class: "chart-picture__marks", style, overflow: "visible", "aria-hidden": "true" }, marks.join("")),
  };
}
