import type { ChartId } from "../url/view-state";
import type { LegendItem } from "../legend";

/** What a chart's image says about itself, in words (from the server-rendered frame). */
export interface ChartExportMeta {
  chartId: ChartId;
  title: string;
  subtitle: string;
  legend: LegendItem[];
  sourceLine: string;
  asOf: string;
  /** The data's compile date, "YYYY-MM-DD": part of the file name, so names are stable. */
  dataDate: string;
}
