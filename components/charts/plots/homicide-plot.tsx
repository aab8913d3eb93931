"use client";

import { ComposedChart, Line, Tooltip } from "recharts";
import { formatMonthTick } from "@/lib/charts/axis";
import type { LineSeries } from "@/lib/charts/chart-definition";
import { defineHomicideChart } from "@/lib/charts/definitions/homicides";
import type { HomicidePlotProps } from "@/lib/charts/plot-spec";
import { ink } from "@/lib/theme/ink";
import { formatNumber } from "@/lib/format/format";
import { annotationLines } from "./annotation-lines";
import { chartAxes } from "./axes";

/** SESNSP victims per day (line with small dots) and the stated averages (hollow points, no line). */
export default function HomicidePlot({ rows, annotations, names, width, height, locale }: HomicidePlotProps) {
  const def = defineHomicideChart({ rows, annotations, names, locale });
  const [counted, stated] = def.series as [LineSeries, LineSeries];
  const dotOf = ({ dot }: LineSeries) => ({ r: dot.radiusPx, fill: dot.fill, stroke: dot.stroke, strokeWidth: dot.strokeWidthPx, className: dot.className });
  return (
    <ComposedChart width={width} height={height} data={rows} margin={def.margin} accessibilityLayer>
      {chartAxes(def, "time")}
      {annotationLines(def)}
      <Tooltip
        labelFormatter={(t) => formatMonthTick(locale)(Number(t))}
        formatter={(value, name) => [value === null || value === undefined ? "–" : formatNumber(locale, Number(value), 1, 1), name]}
      />
      <Line
        dataKey={counted.key}
        name={names.counted}
        stroke={counted.color}
        strokeWidth={counted.lineWidthPx}
        dot={dotOf(counted)}
        activeDot={{ r: 4, stroke: ink("bg") }}
        connectNulls={false}
        isAnimationActive={false}
      />
      <Line
        dataKey={stated.key}
        name={names.stated}
        stroke="none"
        dot={dotOf(stated)}
        activeDot={{ r: 5, stroke: ink("bg") }}
        connectNulls={false}
        isAnimationActive={false}
        legendType="circle"
      />
    </ComposedChart>
  );
}
