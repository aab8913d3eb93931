import type { BarSeries, ChartDefinition, DotStyle, LineSeries } from "./chart-definition";
import { plotArea } from "./chart-definition";
import type { MarkKind } from "../series/annotations";

/** A bar: x and width as fractions of the plotting area's width, y and height in px from its top. */
export interface PlacedBar {
  key: string;
  x: number;
  width: number;
  /** A bar of fixed px width centred on x (width is then 0). */
  widthPx?: number;
  yPx: number;
  heightPx: number;
  color: string;
  isHatched: boolean;
}

export interface PlacedPoint {
  x: number;
  yPx: number;
}

export interface PlacedLine {
  key: string;
  color: string;
  lineWidthPx: number;
  dot: DotStyle;
  /** null where the row has no value: the line breaks there and no dot is drawn. */
  points: (PlacedPoint | null)[];
}

/** Everything a renderer draws, placed: fractions of the width along x, px along y. */
export interface PlacedChart {
  innerHeightPx: number;
  yTicks: { yPx: number; label: string }[];
  xTicks: { x: number; label: string }[];
  bars: PlacedBar[];
  lines: PlacedLine[];
  /** Lines across the plot (transfers, a change of government) and shapes above it (policy moments, claims: `kind`). */
  annotations: { x: number; kind: MarkKind; color: string; widthPx: number; isDashed: boolean }[];
}

/** x of each row as a fraction of the plotting area: its time on a time axis, its band's centre otherwise. */
export function placeXs(def: ChartDefinition): number[] {
  const { x } = def;
  if (x.type === "band") return def.xs.map((i) => (i + 0.5) / x.categories.length);
  const [from, to] = x.domain;
  return def.xs.map((t) => (t - from) / (to - from));
}

/**
 * The band a bar group may fill, as a fraction: one category on a band axis; on a time axis the
 * smallest gap between neighbouring rows (what recharts uses for bars on a number axis).
 */
export function bandFraction(def: ChartDefinition, xs: readonly number[]): number {
  if (def.x.type === "band") return 1 / def.x.categories.length;
  const gaps = xs.slice(1).map((x, i) => x - xs[i]!);
  const widest = Math.max(0, ...gaps);
  const meaningful = gaps.filter((g) => g > widest * 1e-4);
  return meaningful.length ? Math.min(...meaningful) : 1;
}

function placeBars(def: ChartDefinition, xs: number[], innerHeightPx: number): PlacedBar[] {
  const barSeries = def.series.filter((s): s is BarSeries => s.type === "bar");
  const band = bandFraction(def, xs);
  const n = barSeries.length;
  const offset = (def.bars.categoryGapPct / 100) * band;
  let gap = (def.bars.gapPct / 100) * band;
  if (band - 2 * offset - (n - 1) * gap <= 0) gap = 0;
  const size = (band - 2 * offset - (n - 1) * gap) / n;
  const yPx = yScale(def, innerHeightPx);
  return barSeries.flatMap((s, j) =>
    s.values.flatMap((v, i) => {
      if (v === null) return [];
      const top = yPx(v);
      const common = { key: s.key, yPx: top, heightPx: innerHeightPx - top, color: s.colors[i]!, isHatched: s.hatched?.[i] ?? false };
      if (def.bars.fixedWidthPx !== undefined) return [{ ...common, x: xs[i]!, width: 0, widthPx: def.bars.fixedWidthPx }];
      return [{ ...common, x: xs[i]! - band / 2 + offset + (size + gap) * j, width: size }];
    }),
  );
}

/** px from the top of the plotting area of a value on the zero-based y axis. */
export function yScale(def: ChartDefinition, innerHeightPx: number): (value: number) => number {
  const [lo, hi] = def.y.domain;
  return (value) => innerHeightPx * (1 - (value - lo) / (hi - lo));
}

/** Places every mark of a chart; `widthPx` is not needed, since x stays a fraction. */
export function placeChart(def: ChartDefinition): PlacedChart {
  const innerHeightPx = plotArea(def, 0, def.heightPx).height;
  const y = yScale(def, innerHeightPx);
  const xs = placeXs(def);
  const { x } = def;
  const xOfTime = (t: number) => (x.type === "time" ? (t - x.domain[0]) / (x.domain[1] - x.domain[0]) : 0);
  const lines = def.series
    .filter((s): s is LineSeries => s.type === "line")
    .map((s) => ({
      key: s.key,
      color: s.color,
      lineWidthPx: s.lineWidthPx,
      dot: s.dot,
      points: s.values.map((v, i) => (v === null ? null : { x: xs[i]!, yPx: y(v) })),
    }));
  return {
    innerHeightPx,
    yTicks: def.y.ticks.map((v) => ({ yPx: y(v), label: def.y.format(v) })),
    xTicks:
      x.type === "band"
        ? x.categories.map((label, i) => ({ x: (i + 0.5) / x.categories.length, label }))
        : x.ticks.map((t) => ({ x: xOfTime(t), label: x.format(t) })),
    bars: placeBars(def, xs, innerHeightPx),
    lines,
    annotations: def.annotations.map((a) => ({
      x: xOfTime(a.time),
      kind: a.kind,
      color: a.color,
      widthPx: a.kind === "transfer" ? 2 : 1.5,
      isDashed: a.kind === "administration",
    })),
  };
}
