"use client";

import { Bar, ComposedChart, Tooltip } from "recharts";
import { formatMonthTick } from "@/lib/charts/axis";
import type { BarSeries } from "@/lib/charts/chart-definition";
import { defineFentanylChart } from "@/lib/charts/definitions/fentanyl";
import type { FentanylPlotProps } from "@/lib/charts/plot-spec";
import { formatNumber } from "@/lib/format/format";
import { annotationLines } from "./annotation-lines";
import { barLayout, chartAxes } from "./axes";

/** Pounds per month as bars on a continuous time axis, so the annotations fall on their dates. */
export default function FentanylPlot({ rows, annotations, names, width, height, locale }: FentanylPlotProps) {
  const def = defineFentanylChart({ rows, annotations, names, locale });
  const [pounds] = def.series as [BarSeries];
  return (
    <ComposedChart width={width} height={height} data={rows} margin={def.margin} {...barLayout(def)} accessibilityLayer>
      {chartAxes(def, "time")}
      {annotationLines(def)}
      <Tooltip labelFormatter={(t) => formatMonthTick(locale)(Number(t))} formatter={(value, name) => [formatNumber(locale, Number(value), 2, 2), name]} />
      <Bar dataKey={pounds.key} name={names.pounds} fill={pounds.colors[0]} isAnimationActive={false} />
    </ComposedChart>
  );
}
