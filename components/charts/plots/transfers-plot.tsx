"use client";

import { ink } from "@/lib/theme/ink";
import { Bar, Cell, ComposedChart, Line, Tooltip } from "recharts";
import type { BarSeries, LineSeries } from "@/lib/charts/chart-definition";
import { defineTransfersChart } from "@/lib/charts/definitions/transfers";
import type { TransfersPlotProps } from "@/lib/charts/plot-spec";
import { formatDate, formatNumber } from "@/lib/format/format";
import { annotationLines } from "./annotation-lines";
import { barLayout, chartAxes } from "./axes";

/** People per transfer (bars in event colours) and the running total (line), on a time axis. */
export default function TransfersPlot({ rows, annotations, names, width, height, locale }: TransfersPlotProps) {
  const def = defineTransfersChart({ rows, annotations, names, locale });
  const [people, total] = def.series as [BarSeries, LineSeries];
  return (
    <ComposedChart width={width} height={height} data={rows} margin={def.margin} {...barLayout(def)} accessibilityLayer>
      {chartAxes(def, "time")}
      {annotationLines(def)}
      <Tooltip
        labelFormatter={(t) => formatDate(locale, new Date(Number(t)).toISOString().slice(0, 10))}
        formatter={(value, name) => [formatNumber(locale, Number(value)), name]}
      />
      <Bar dataKey={people.key} name={names.people} isAnimationActive={false}>
        {rows.map((r, i) => (
          <Cell key={r.id} fill={people.colors[i]} className="bar" />
        ))}
      </Bar>
      <Line
        dataKey={total.key}
        name={names.runningTotal}
        stroke={total.color}
        strokeWidth={total.lineWidthPx}
        dot={{ r: total.dot.radiusPx, fill: total.dot.fill, stroke: total.dot.stroke, strokeWidth: total.dot.strokeWidthPx, className: total.dot.className }}
        activeDot={{ stroke: ink("bg") }}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}
