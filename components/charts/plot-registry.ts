import type { ComponentType } from "react";
import type { PlotKind, PlotSpec } from "@/lib/charts/plot-spec";

/** The props of a loaded plot: its spec's data at an explicit size. */
export type PlotComponent = ComponentType<PlotSpec["props"] & { width: number; height: number }>;

/**
 * The one map from chart kind to its recharts plot, each its own lazy chunk: the plot slot loads
 * one when a reader reaches for the chart, the export when it draws an image. Nothing here runs
 * at page load.
 */
const LOADERS: Record<PlotKind, () => Promise<{ default: unknown }>> = {
  homicides: () => import("./plots/homicide-plot"),
  annual: () => import("./plots/annual-plot"),
  fentanyl: () => import("./plots/fentanyl-plot"),
  fiscal: () => import("./plots/fiscal-plot"),
  transfers: () => import("./plots/transfers-plot"),
};

export async function loadPlot(kind: PlotKind): Promise<PlotComponent> {
  // Each module's default export takes its own kind's props; the spec's union is checked where built.
  return (await LOADERS[kind]()).default as PlotComponent;
}
