import { formatCompact, formatYearTick, yearTicks, zeroBasedTicks } from "../axis";
import { ink } from "../../theme/ink";
import { timeDomain } from "../../timeline/axis";
import { annotationsWithin, MARKED_PLOT_MARGIN, type ChartDefinition } from "../chart-definition";
import type { FentanylPlotData } from "../plot-spec";

/** Pounds per month as bars on a continuous time axis, so the annotations fall on their dates. */
export function defineFentanylChart({ rows, annotations, locale }: FentanylPlotData): ChartDefinition {
  // The timeline's axis for the same months (lib/timeline/axis.ts): each bar inside its month, a date at the same x on both.
  const domain = timeDomain({ from: rows[0]!.month, to: rows.at(-1)!.month });
  const y = zeroBasedTicks(Math.max(...rows.map((r) => r.pounds)));
  return {
    heightPx: 300,
    margin: MARKED_PLOT_MARGIN,
    y: { widthPx: 44, ...y, format: formatCompact(locale) },
    x: { type: "time", domain, ticks: yearTicks(...domain), format: formatYearTick(locale) },
    xs: rows.map((r) => r.time),
    bars: { categoryGapPct: 8, gapPct: 0 },
    series: [{ type: "bar", key: "pounds", values: rows.map((r) => r.pounds), colors: rows.map(() => ink("seized")) }],
    annotations: annotationsWithin(annotations, domain),
  };
}
