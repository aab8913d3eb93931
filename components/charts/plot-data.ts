import type { PlotData } from "@/lib/charts/plot-data";
import type { PlotSpec } from "@/lib/charts/plot-spec";
import { fromWire } from "@/lib/charts/wire";
import { loadPartJson } from "../view/part-json";

/** A chart's plot data with its rows read back from the wire form. */
export type LoadedPlotData = Omit<PlotData, "spec"> & { spec: PlotSpec };

/**
 * A chart's plot data (rows, names, locale), export words and menu words, fetched from its picture
 * address (`/pictures/<build>/plot-<chart>?<view>`, lib/charts/plot-data.ts) when recharts or the
 * download menu needs them: the page's payload carries only the address.
 */
export async function loadPlotData(src: string): Promise<LoadedPlotData> {
  const data = await loadPartJson<PlotData>(src);
  return { ...data, spec: fromWire(data.spec) };
}
