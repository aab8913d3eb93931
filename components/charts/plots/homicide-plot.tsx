"use client";

import { CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from "recharts";
import { formatMonthTick, formatYearTick, yearTicks, zeroBasedTicks } from "@/lib/charts/axis";
import { formatNumber } from "@/lib/format/format";
import { SERIES_COLORS } from "@/lib/palette";
import { toTime } from "@/lib/series/time";
import { annotationLines } from "./annotation-lines";
import type { HomicidePlotProps } from "./plot-props";

/** SESNSP victims per day (line with small dots) and the stated averages (hollow points, no line). */
export default function HomicidePlot({ rows, annotations, names, width, height, locale }: HomicidePlotProps) {
  const y = zeroBasedTicks(Math.max(...rows.flatMap((r) => [r.perDay ?? 0, r.stated ?? 0])));
  const first = toTime(rows[0]!.month);
  const last = rows.at(-1)!.time;
  return (
    <ComposedChart width={width} height={height} data={rows} margin={{ top: 12, right: 16, bottom: 4, left: 0 }} accessibilityLayer>
      <CartesianGrid stroke="#e5e7eb" vertical={false} />
      <XAxis dataKey="time" type="number" scale="time" domain={[first, last]} ticks={yearTicks(first, last)} tickFormatter={formatYearTick(locale)} />
      <YAxis domain={y.domain} ticks={y.ticks} width={44} tickFormatter={(v: number) => formatNumber(locale, v)} />
      {annotationLines(annotations)}
      <Tooltip
        labelFormatter={(t) => formatMonthTick(locale)(Number(t))}
        formatter={(value, name) => [value === null || value === undefined ? "–" : formatNumber(locale, Number(value), 1, 1), name]}
      />
      <Line dataKey="perDay" name={names.counted} stroke={SERIES_COLORS.sesnsp} strokeWidth={1.8} dot={{ r: 1.6, fill: SERIES_COLORS.sesnsp, strokeWidth: 0, className: "point point--counted" }} activeDot={{ r: 4 }} connectNulls={false} isAnimationActive={false} />
      <Line dataKey="stated" name={names.stated} stroke="none" dot={{ r: 4, fill: "#ffffff", stroke: SERIES_COLORS.stated, strokeWidth: 2, className: "point point--stated" }} activeDot={{ r: 5 }} connectNulls={false} isAnimationActive={false} legendType="circle" />
    </ComposedChart>
  );
}
