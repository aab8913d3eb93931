import type { PlotData } from "@/lib/charts/plot-data";
import type { PlotSpec } from "@/lib/charts/plot-spec";
import { fromWire } from "@/lib/charts/wire";

/** A chart's plot data with its rows read back from the wire form. */
export type LoadedPlotData = Omit<PlotData, "spec"> & { spec: PlotSpec };

/** Plot data this tab has fetched or is fetching, by address; a failed fetch is forgotten, so the next reach tries again. */
const loaded = new Map<string, Promise<LoadedPlotData>>();

/**
 * A chart's plot data (rows, names, locale), export words and menu words, fetched from its picture address
 * (`/pictures/<build>/plot-<chart>?<view>`, lib/charts/plot-data.ts) when recharts or an export
 * needs them: the page's payload carries only the address. Example: `(await loadPlotData(src)).spec`.
 */
export function loadPlotData(src: string): Promise<LoadedPlotData> {
  let data = loaded.get(src);
  if (!data) {
    data = fetch(src)
      .then((response) => {
        if (!response.ok) throw new Error(`plot data ${src}: HTTP ${response.status}`);
        return response.json() as Promise<PlotData>;
      })
      .then((data) => ({ ...data, spec: fromWire(data.spec) }));
    data.catch(() => loaded.delete(src));
    loaded.set(src, data);
  }
  return data;
}
