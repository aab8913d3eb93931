"use client";

import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact, zeroBasedTicks } from "@/lib/charts/axis";
import { formatNumber } from "@/lib/format/format";
import { SERIES_COLORS } from "@/lib/palette";
import type { FiscalPlotProps } from "./plot-props";

/** Fiscal-year totals; the partial year is hatched and named so it is not read as a full year. */
export default function FiscalPlot({ rows, names, width, height, locale }: FiscalPlotProps) {
  const y = zeroBasedTicks(Math.max(...rows.map((r) => r.pounds)));
  return (
    <BarChart width={width} height={height} data={rows} margin={{ top: 12, right: 16, bottom: 4, left: 0 }} accessibilityLayer>
      <defs>
        <pattern id="partial-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={SERIES_COLORS.fentanyl} strokeWidth="3" />
        </pattern>
      </defs>
      <CartesianGrid stroke="#e5e7eb" vertical={false} />
      <XAxis dataKey="label" />
      <YAxis domain={y.domain} ticks={y.ticks} width={44} tickFormatter={formatCompact(locale)} />
      <Tooltip formatter={(value, name, item) => [`${formatNumber(locale, Number(value), 2, 2)}${(item.payload as { isPartial: boolean }).isPartial ? ` (${names.partial})` : ""}`, name]} />
      <Bar dataKey="pounds" name={names.pounds} isAnimationActive={false}>
        {rows.map((r) => (
          <Cell key={r.label} fill={r.isPartial ? "url(#partial-hatch)" : SERIES_COLORS.fentanyl} stroke={SERIES_COLORS.fentanyl} className={r.isPartial ? "bar bar--partial" : "bar"} />
        ))}
      </Bar>
    </BarChart>
  );
}
