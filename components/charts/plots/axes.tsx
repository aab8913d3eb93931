import { CartesianGrid, XAxis, YAxis } from "recharts";
import { AXIS_COLOR, GRID_COLOR, type ChartDefinition } from "@/lib/charts/chart-definition";

/** The grid and both axes of a chart, exactly as its definition says (the server picture reads the same). */
export function chartAxes(def: ChartDefinition, dataKey: string) {
  const { x, y } = def;
  return [
    <CartesianGrid key="grid" stroke={GRID_COLOR} vertical={false} />,
    x.type === "time" ? (
      <XAxis
        key="x"
        dataKey={dataKey}
        type="number"
        scale="time"
        domain={x.domain}
        ticks={x.ticks}
        tickFormatter={x.format}
        stroke={AXIS_COLOR}
        allowDataOverflow
      />
    ) : (
      <XAxis key="x" dataKey={dataKey} stroke={AXIS_COLOR} />
    ),
    <YAxis key="y" domain={y.domain} ticks={y.ticks} width={y.widthPx} tickFormatter={y.format} stroke={AXIS_COLOR} allowDataOverflow />,
  ];
}

/** recharts' bar props from the definition's bar geometry. */
export function barLayout(def: ChartDefinition) {
  return {
    barCategoryGap: `${def.bars.categoryGapPct}%`,
    barGap: `${def.bars.gapPct}%`,
    ...(def.bars.fixedWidthPx === undefined ? {} : { barSize: def.bars.fixedWidthPx }),
  };
}
