"use client";

import { Bar, BarChart, Cell, Tooltip } from "recharts";
import type { BarSeries } from "@/lib/charts/chart-definition";
import { defineFiscalChart } from "@/lib/charts/definitions/fiscal";
import type { FiscalPlotProps } from "@/lib/charts/plot-spec";
import { formatNumber } from "@/lib/format/format";
import { ink } from "@/lib/theme/ink";
import { barLayout, chartAxes } from "./axes";

/** Fiscal-year totals; the partial year is hatched and named so it is not read as a full year. */
export default function FiscalPlot({ rows, names, width, height, locale }: FiscalPlotProps) {
  const def = defineFiscalChart({ rows, names, locale });
  const [pounds] = def.series as [BarSeries];
  return (
    <BarChart width={width} height={height} data={rows} margin={def.margin} {...barLayout(def)} accessibilityLayer>
      <defs>
        <pattern id="partial-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={ink("dot")} />
          <line x1="0" y1="0" x2="0" y2="6" stroke={pounds.colors[0]} strokeWidth="3" />
        </pattern>
      </defs>
      {chartAxes(def, "label")}
      <Tooltip
        formatter={(value, name, item) => [
          `${formatNumber(locale, Number(value), 2, 2)}${(item.payload as { isPartial: boolean }).isPartial ? ` (${names.partial})` : ""}`,
          name,
        ]}
      />
      <Bar dataKey={pounds.key} name={names.pounds} isAnimationActive={false}>
        {rows.map((r, i) => (
          <Cell
            key={r.label}
            fill={pounds.hatched?.[i] ? "url(#partial-hatch)" : pounds.colors[i]}
            stroke={pounds.colors[i]}
            className={pounds.hatched?.[i] ? "bar bar--partial" : "bar"}
          />
        ))}
      </Bar>
    </BarChart>
  );
}
