import type { ChartExportMeta } from "../export/chart-export-meta";
import type { WirePlotSpec } from "./wire";

/**
 * What a page fetches when a reader reaches a chart or exports it (`/pictures/<build>/plot-<chart>`,
 * lib/pictures/): the plot's data in its compact wire form, and what the exported image says
 * about itself. The page's payload carries only the address.
 */
export interface PlotData {
  spec: WirePlotSpec;
  meta: ChartExportMeta;
}
