import type { ChartExportMeta } from "../export/chart-export-meta";
import type { ChartExportStrings } from "../export/export-strings";
import type { WirePlotSpec } from "./wire";

/**
 * What a page fetches when a reader reaches a chart or opens its download menu
 * (`/pictures/<build>/plot-<chart>`, lib/pictures/): the plot's data in its compact wire form,
 * what the exported image says about itself, and the menu's words. The page's payload carries
 * only the address.
 */
export interface PlotData {
  spec: WirePlotSpec;
  meta: ChartExportMeta;
  exportStrings: ChartExportStrings;
}
