import type { PlotSpec } from "../charts/plot-spec";
import { buildChartTable } from "./chart-csv";
import { composeChartSvg, type ComposeChartSvgInput } from "./compose-svg";
import { toCsv } from "./csv";
import { resolveInk } from "../theme/ink";
import { fillSlot, type ChartExportStrings } from "./export-strings";

/**
 * The exported chart's SVG file: the plot's and legend's ink references resolved to the export
 * theme's literal colours (lib/theme/ink.ts), composed with
 * title, source, date and link. Example: chartExportSvg({ plotSvg, width: 1200, height: 630, meta, theme: EXPORT_THEMES.dark, fontCss: "" })
 */
export function chartExportSvg({ plotSvg, meta, theme, ...rest }: ComposeChartSvgInput): string {
  const legend = meta.legend.map((item) => ({ ...item, color: resolveInk(item.color, theme.ink) }));
  return composeChartSvg({ ...rest, plotSvg: resolveInk(plotSvg, theme.ink), meta: { ...meta, legend }, theme });
}

/** What a chart's CSV says above its rows: title, subtitle, source, data date, link. */
export interface ChartCsvHeading {
  title: string;
  subtitle: string;
  sourceLine: string;
  asOf: string;
  link: string;
}

/** The exported chart's CSV file: the heading as comment lines, then exactly the plotted rows. */
export function chartExportCsv(spec: PlotSpec, heading: ChartCsvHeading, strings: Pick<ChartExportStrings, "csvHeaders" | "dataAsOf">): string {
  const table = buildChartTable(spec, strings.csvHeaders);
  return toCsv({
    preamble: [heading.title, heading.subtitle, heading.sourceLine, fillSlot(strings.dataAsOf, heading.asOf), heading.link],
    columns: table.columns,
    rows: table.rows,
  });
}
