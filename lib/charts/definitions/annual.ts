import { formatCompact, zeroBasedTicks } from "../axis";
import { ink } from "../../theme/ink";
import { PLOT_MARGIN, type ChartDefinition } from "../chart-definition";
import type { AnnualPlotData } from "../plot-spec";

/** SESNSP and INEGI totals per year, grouped bars on a zero-based axis. */
export function defineAnnualChart({ rows, locale }: AnnualPlotData): ChartDefinition {
  const y = zeroBasedTicks(Math.max(...rows.flatMap((r) => [r.sesnsp ?? 0, r.inegi ?? 0])));
  return {
    heightPx: 260,
    margin: PLOT_MARGIN,
    y: { widthPx: 44, ...y, format: formatCompact(locale) },
    x: { type: "band", categories: rows.map((r) => String(r.year)) },
    xs: rows.map((_, i) => i),
    bars: { categoryGapPct: 10, gapPct: 4 },
    series: [
      { type: "bar", key: "sesnsp", values: rows.map((r) => r.sesnsp), colors: rows.map(() => ink("counted")) },
      { type: "bar", key: "inegi", values: rows.map((r) => r.inegi), colors: rows.map(() => ink("inegi")) },
    ],
    annotations: [],
  };
}
