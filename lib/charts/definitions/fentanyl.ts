import { formatCompact, formatYearTick, yearTicks, zeroBasedTicks } from "../axis";
import { ink } from "../../theme/ink";
import { annotationsWithin, PLOT_MARGIN, type ChartDefinition } from "../chart-definition";
import type { FentanylPlotData } from "../plot-spec";

/** Half an average month in ms: the time axis runs from half a month before the first bar's centre. */
const HALF_MONTH_MS = (30.4 * 86_400_000) / 2;

/** Pounds per month as bars on a continuous time axis, so the annotations fall on their dates. */
export function defineFentanylChart({ rows, annotations, locale }: FentanylPlotData): ChartDefinition {
  const domain: [number, number] = [rows[0]!.time - HALF_MONTH_MS, rows.at(-1)!.time + HALF_MONTH_MS];
  const y = zeroBasedTicks(Math.max(...rows.map((r) => r.pounds)));
  return {
    heightPx: 300,
    margin: PLOT_MARGIN,
    y: { widthPx: 44, ...y, format: formatCompact(locale) },
    x: { type: "time", domain, ticks: yearTicks(...domain), format: formatYearTick(locale) },
    xs: rows.map((r) => r.time),
    bars: { categoryGapPct: 8, gapPct: 0 },
    series: [{ type: "bar", key: "pounds", values: rows.map((r) => r.pounds), colors: rows.map(() => ink("seized")) }],
    annotations: annotationsWithin(annotations, domain),
  };
}
