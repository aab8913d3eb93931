import { formatYearTick, yearTicks, zeroBasedTicks } from "../axis";
import { formatNumber } from "../../format/format";
import { ink } from "../../theme/ink";
import { timeDomain } from "../../timeline/axis";
import { annotationsWithin, MARKED_PLOT_MARGIN, type ChartDefinition } from "../chart-definition";
import type { HomicidePlotData } from "../plot-spec";

/** SESNSP victims per day (line with small dots) and the stated averages (hollow points, no line). */
export function defineHomicideChart({ rows, annotations, locale }: HomicidePlotData): ChartDefinition {
  // The timeline's axis for the same months (lib/timeline/axis.ts): a date falls at the same x on both.
  const domain = timeDomain({ from: rows[0]!.month, to: rows.at(-1)!.month });
  const y = zeroBasedTicks(Math.max(...rows.flatMap((r) => [r.perDay ?? 0, r.stated ?? 0])));
  return {
    heightPx: 300,
    margin: MARKED_PLOT_MARGIN,
    y: { widthPx: 44, ...y, format: (v) => formatNumber(locale, v) },
    x: { type: "time", domain, ticks: yearTicks(...domain), format: formatYearTick(locale) },
    xs: rows.map((r) => r.time),
    bars: { categoryGapPct: 10, gapPct: 0 },
    series: [
      {
        type: "line",
        key: "perDay",
        values: rows.map((r) => r.perDay),
        color: ink("counted"),
        lineWidthPx: 1.8,
        dot: { radiusPx: 1.6, fill: ink("counted"), strokeWidthPx: 0, className: "point point--counted" },
      },
      {
        type: "line",
        key: "stated",
        values: rows.map((r) => r.stated),
        color: ink("stated"),
        lineWidthPx: 0,
        dot: { radiusPx: 4, fill: ink("dot"), stroke: ink("stated"), strokeWidthPx: 2, className: "point point--stated" },
      },
    ],
    annotations: annotationsWithin(annotations, domain),
  };
}
