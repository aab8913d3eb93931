"use client";

import { Bar, CartesianGrid, ComposedChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact, formatMonthTick, formatYearTick, yearTicks, zeroBasedTicks } from "@/lib/charts/axis";
import { formatNumber } from "@/lib/format/format";
import { SERIES_COLORS } from "@/lib/palette";
import { annotationLines } from "./annotation-lines";
import type { FentanylPlotProps } from "./plot-props";

const MONTH_MS = 30.4 * 86_400_000;

/** Pounds per month as bars on a continuous time axis, so the annotations fall on their dates. */
export default function FentanylPlot({ rows, annotations, names, width, height, locale }: FentanylPlotProps) {
  const y = zeroBasedTicks(Math.max(...rows.map((r) => r.pounds)));
  const first = rows[0]!.time - MONTH_MS / 2;
  const last = rows.at(-1)!.time + MONTH_MS / 2;
  return (
    <ComposedChart width={width} height={height} data={rows} margin={{ top: 12, right: 16, bottom: 4, left: 0 }} barCategoryGap={1} accessibilityLayer>
      <CartesianGrid stroke="#e5e7eb" vertical={false} />
      <XAxis dataKey="time" type="number" scale="time" domain={[first, last]} ticks={yearTicks(first, last)} tickFormatter={formatYearTick(locale)} />
      <YAxis domain={y.domain} ticks={y.ticks} width={44} tickFormatter={formatCompact(locale)} />
      {annotationLines(annotations)}
      <Tooltip labelFormatter={(t) => formatMonthTick(locale)(Number(t))} formatter={(value, name) => [formatNumber(locale, Number(value), 2, 2), name]} />
      <Bar dataKey="pounds" name={names.pounds} fill={SERIES_COLORS.fentanyl} isAnimationActive={false} />
    </ComposedChart>
  );
}
