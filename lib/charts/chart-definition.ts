import type { TimeAnnotation, TopMarkKind } from "../series/annotations";
import { ink } from "../theme/ink";

/**
 * One chart, described once for every renderer: the server picture (SVG in the HTML) and the
 * interactive recharts plot both read it, so their scales, ticks, colours and bar geometry agree.
 * Lengths in px are named so; x positions are fractions (0..1) of the plotting area's width,
 * because the picture is laid out in percentages of a width it does not know.
 */

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** recharts' margin around the axes (the y axis and the x axis band come inside it). */
export const PLOT_MARGIN: Margin = { top: 12, right: 16, bottom: 4, left: 0 };
/** The margin of a chart with marks above its plot (MARKED_PLOT_MARGIN.top holds two rows of TOP_MARK_PATHS). */
export const MARKED_PLOT_MARGIN: Margin = { ...PLOT_MARGIN, top: 26 };
/**
 * The marks above the plot, in px around their x at the plot's top edge: a claim is a triangle
 * pointing down at the plot; the policy moments sit in the row above it, a shape per kind
 * (square, diamond, disc), so no colour is needed to tell them apart.
 */
export const TOP_MARK_PATHS: Record<TopMarkKind, string> = {
  claim: "M-5 -10H5L0 -2Z",
  tariff: "M-4 -23h8v8h-8Z",
  designation: "M0 -24l5 5-5 5-5-5Z",
  agreement: "M-4.5 -19a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0Z",
};
/** recharts' default x-axis height; the picture reserves the same band under the plot. */
export const X_AXIS_HEIGHT_PX = 30;
/** The grid and axis inks (lib/theme/ink.ts). */
export const GRID_COLOR = ink("grid");
export const AXIS_COLOR = ink("axis");

export interface TimeAxis {
  type: "time";
  /** ms since epoch, [first, last]. */
  domain: [number, number];
  ticks: number[];
  format: (time: number) => string;
}

export interface BandAxis {
  type: "band";
  /** One label per row, in row order; each gets an equal band. */
  categories: string[];
}

export interface YAxisDefinition {
  widthPx: number;
  domain: [number, number];
  ticks: number[];
  format: (value: number) => string;
}

export interface BarSeries {
  type: "bar";
  /** The row field recharts reads (dataKey), also the series' id. */
  key: string;
  values: (number | null)[];
  /** One colour per row. */
  colors: string[];
  /** Rows drawn hatched (a partial period), if any. */
  hatched?: boolean[];
}

export interface DotStyle {
  radiusPx: number;
  fill: string;
  stroke?: string;
  strokeWidthPx: number;
  className: string;
}

export interface LineSeries {
  type: "line";
  key: string;
  values: (number | null)[];
  color: string;
  /** 0: points only, no line between them. */
  lineWidthPx: number;
  dot: DotStyle;
}

export interface ChartDefinition {
  heightPx: number;
  margin: Margin;
  y: YAxisDefinition;
  x: TimeAxis | BandAxis;
  /** Where each row sits on x: a time (time axis) or its index (band axis). */
  xs: number[];
  /** Bar geometry as recharts takes it: gaps in percent of the band; a fixed width in px if set. */
  bars: { categoryGapPct: number; gapPct: number; fixedWidthPx?: number };
  series: (BarSeries | LineSeries)[];
  /** Vertical markers, only those inside the x domain. */
  annotations: TimeAnnotation[];
}

/** The plotting area inside a chart of `widthPx` x `heightPx` (the same box recharts clips to). */
export function plotArea(def: Pick<ChartDefinition, "margin" | "y">, widthPx: number, heightPx: number) {
  const x = def.margin.left + def.y.widthPx;
  const y = def.margin.top;
  return { x, y, width: widthPx - x - def.margin.right, height: heightPx - y - def.margin.bottom - X_AXIS_HEIGHT_PX };
}

/** Only the markers within [from, to]: a range that leaves them out does not stretch the axis. */
export function annotationsWithin(annotations: readonly TimeAnnotation[], [from, to]: [number, number]): TimeAnnotation[] {
  return annotations.filter((a) => a.time >= from && a.time <= to);
}
