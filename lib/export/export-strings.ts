import type { Messages } from "../i18n/messages";

/** Stands for the variable part of a template string: "Saved {0}". */
export const SLOT = "{0}";

/** "Saved {0}", "fiscal.png" -> "Saved fiscal.png". */
export const fillSlot = (template: string, value: string): string => template.replace(SLOT, value);

/**
 * The words of the chart download menu, resolved on the server for one language: the menu is a
 * client leaf and must not import the catalogues. Templates hold SLOT where a value goes.
 */
export interface ChartExportStrings {
  download: string;
  size: string;
  background: string;
  sizes: Messages["export"]["sizes"];
  backgrounds: Messages["export"]["backgrounds"];
  busy: string;
  done: string;
  failed: string;
  dataAsOf: string;
  dataAsOfLabel: string;
  csvHeaders: Messages["export"]["csvHeaders"];
}

/** One object per catalogue: the page passes the same one to every chart, so it is sent once. */
const BUILT = new WeakMap<Messages, ChartExportStrings>();

export function buildChartExportStrings(t: Messages): ChartExportStrings {
  const cached = BUILT.get(t);
  if (cached) return cached;
  const e = t.export;
  const strings: ChartExportStrings = {
    download: e.download,
    size: e.size,
    background: e.background,
    sizes: e.sizes,
    backgrounds: e.backgrounds,
    busy: e.busy(SLOT),
    done: e.done(SLOT),
    failed: e.failed(SLOT),
    dataAsOf: t.charts.dataAsOf(SLOT),
    dataAsOfLabel: t.charts.dataAsOfLabel,
    csvHeaders: e.csvHeaders,
  };
  BUILT.set(t, strings);
  return strings;
}

/** The words of the map's download panel (a client leaf), resolved on the server like the chart menu's. */
export type MapExportStrings = Pick<ChartExportStrings, "size" | "background" | "sizes" | "backgrounds" | "busy" | "done" | "failed"> & { mapNotReady: string };

export function buildMapExportStrings(t: Messages): MapExportStrings {
  const { size, background, sizes, backgrounds, busy, done, failed } = buildChartExportStrings(t);
  return { size, background, sizes, backgrounds, busy, done, failed, mapNotReady: t.export.mapNotReady };
}
