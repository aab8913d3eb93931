import { formatMonthTick, zeroBasedTicks } from "../axis";
import { formatNumber } from "../../format/format";
import { ink } from "../../theme/ink";
import { addMonths } from "../../stats/calendar";
import { toTime } from "../../series/time";
import { PLOT_MARGIN, type ChartDefinition } from "../chart-definition";
import type { TransfersPlotData } from "../plot-spec";

/**
 * The time axis of the transfers: from the 1st of the month before the earliest date shown (a
 * transfer or the change of government) to the 1st of the second month after the last transfer,
 * so no bar touches an edge. With the 2025-02, 2025-08 and 2026-01 transfers: Sep 2024 to Mar 2026.
 */
export function transferDomain(dates: readonly string[]): [number, number] {
  const months = dates.map((d) => d.slice(0, 7)).sort();
  return [toTime(addMonths(months[0]!, -1)), toTime(addMonths(months.at(-1)!, 2))];
}

/** People per transfer (bars in event colours) and the running total (line), on a time axis. */
export function defineTransfersChart({ rows, annotations, locale }: TransfersPlotData): ChartDefinition {
  const shown = annotations.filter((a) => a.kind === "administration");
  const domain = transferDomain([...rows.map((r) => r.date), ...shown.map((a) => a.date)]);
  const y = zeroBasedTicks(Math.max(...rows.map((r) => r.runningTotal)));
  return {
    heightPx: 240,
    margin: PLOT_MARGIN,
    y: { widthPx: 36, ...y, format: (v) => formatNumber(locale, v) },
    // One tick per transfer: year starts would sit a few pixels from the January 2026 transfer.
    x: { type: "time", domain, ticks: rows.map((r) => r.time), format: formatMonthTick(locale) },
    xs: rows.map((r) => r.time),
    bars: { categoryGapPct: 10, gapPct: 0, fixedWidthPx: 18 },
    series: [
      { type: "bar", key: "people", values: rows.map((r) => r.people), colors: rows.map((r) => r.color) },
      {
        type: "line",
        key: "runningTotal",
        values: rows.map((r) => r.runningTotal),
        color: ink("counted"),
        lineWidthPx: 2,
        dot: { radiusPx: 3.5, fill: ink("counted"), strokeWidthPx: 1, stroke: ink("dot"), className: "point point--total" },
      },
    ],
    annotations: shown,
  };
}
