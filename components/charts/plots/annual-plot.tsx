"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact, zeroBasedTicks } from "@/lib/charts/axis";
import { formatNumber } from "@/lib/format/format";
import { SERIES_COLORS } from "@/lib/palette";
import type { AnnualPlotProps } from "./plot-props";

/** SESNSP and INEGI totals per year, grouped bars on a zero-based axis. */
export default function AnnualPlot({ rows, names, width, height, locale }: AnnualPlotProps) {
  const y = zeroBasedTicks(Math.max(...rows.flatMap((r) => [r.sesnsp ?? 0, r.inegi ?? 0])));
  return (
    <BarChart width={width} height={height} data={rows} margin={{ top: 12, right: 16, bottom: 4, left: 0 }} accessibilityLayer>
      <CartesianGrid stroke="#e5e7eb" vertical={false} />
      <XAxis dataKey="year" />
      <YAxis domain={y.domain} ticks={y.ticks} width={44} tickFormatter={formatCompact(locale)} />
      <Tooltip formatter={(value, name) => [value === null || value === undefined ? "–" : formatNumber(locale, Number(value)), name]} />
      <Bar dataKey="sesnsp" name={names.sesnsp} fill={SERIES_COLORS.sesnsp} isAnimationActive={false} />
      <Bar dataKey="inegi" name={names.inegi} fill={SERIES_COLORS.inegi} isAnimationActive={false} />
    </BarChart>
  );
}
