"use client";

import { Bar, CartesianGrid, Cell, ComposedChart, Line, Tooltip, XAxis, YAxis } from "recharts";
import { formatMonthTick } from "@/lib/charts/axis";
import { formatDate, formatNumber } from "@/lib/format/format";
import { SERIES_COLORS } from "@/lib/palette";
import { annotationLines } from "./annotation-lines";
import type { TransfersPlotProps } from "./plot-props";

/** People per transfer (bars in event colours) and the running total (line), on a time axis. */
export default function TransfersPlot({ rows, annotations, domain, names, width, height, locale }: TransfersPlotProps) {
  // One tick per transfer: year starts would sit a few pixels from the January 2026 transfer.
  const ticks = rows.map((r) => r.time);
  return (
    <ComposedChart width={width} height={height} data={rows} margin={{ top: 12, right: 16, bottom: 4, left: 0 }} barSize={18} accessibilityLayer>
      <CartesianGrid stroke="#e5e7eb" vertical={false} />
      <XAxis dataKey="time" type="number" scale="time" domain={domain} ticks={ticks} tickFormatter={formatMonthTick(locale)} />
      <YAxis domain={[0, "auto"]} width={36} allowDecimals={false} />
      {annotationLines(annotations.filter((a) => a.kind === "administration"))}
      <Tooltip labelFormatter={(t) => formatDate(locale, new Date(Number(t)).toISOString().slice(0, 10))} formatter={(value, name) => [formatNumber(locale, Number(value)), name]} />
      <Bar dataKey="people" name={names.people} isAnimationActive={false}>
        {rows.map((r) => (
          <Cell key={r.id} fill={r.color} className="bar" />
        ))}
      </Bar>
      <Line dataKey="runningTotal" name={names.runningTotal} stroke={SERIES_COLORS.sesnsp} strokeWidth={2} dot={{ r: 3.5, fill: SERIES_COLORS.sesnsp, className: "point point--total" }} isAnimationActive={false} />
    </ComposedChart>
  );
}
