import { formatCompact, zeroBasedTicks } from "../axis";
import { ink } from "../../theme/ink";
import { PLOT_MARGIN, type ChartDefinition } from "../chart-definition";
import type { FiscalPlotData } from "../plot-spec";

/** Fiscal-year totals; the partial year is hatched and named so it is not read as a full year. */
export function defineFiscalChart({ rows, locale }: FiscalPlotData): ChartDefinition {
  const y = zeroBasedTicks(Math.max(...rows.map((r) => r.pounds)));
  return {
    heightPx: 260,
    margin: PLOT_MARGIN,
    y: { widthPx: 44, ...y, format: formatCompact(locale) },
    x: { type: "band", categories: rows.map((r) => r.label) },
    xs: rows.map((_, i) => i),
    bars: { categoryGapPct: 10, gapPct: 0 },
    series: [{ type: "bar", key: "pounds", values: rows.map((r) => r.pounds), colors: rows.map(() => ink("seized")), hatched: rows.map((r) => r.isPartial) }],
    annotations: [],
  };
}
