"use client";

import { Bar, BarChart, Tooltip } from "recharts";
import type { BarSeries } from "@/lib/charts/chart-definition";
import { defineAnnualChart } from "@/lib/charts/definitions/annual";
import type { AnnualPlotProps } from "@/lib/charts/plot-spec";
import { formatNumber } from "@/lib/format/format";
import { barLayout, chartAxes } from "./axes";

/** SESNSP and INEGI totals per year, grouped bars on a zero-based axis. */
export default function AnnualPlot({ rows, names, width, height, locale }: AnnualPlotProps) {
  const def = defineAnnualChart({ rows, names, locale });
  const [sesnsp, inegi] = def.series as [BarSeries, BarSeries];
  return (
    <BarChart width={width} height={height} data={rows} margin={def.margin} {...barLayout(def)} accessibilityLayer>
      {chartAxes(def, "year")}
      <Tooltip formatter={(value, name) => [value === null || value === undefined ? "–" : formatNumber(locale, Number(value)), name]} />
      <Bar dataKey={sesnsp.key} name={names.sesnsp} fill={sesnsp.colors[0]} isAnimationActive={false} />
      <Bar dataKey={inegi.key} name={names.inegi} fill={inegi.colors[0]} isAnimationActive={false} />
    </BarChart>
  );
}
