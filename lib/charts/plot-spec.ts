import type { Locale } from "../i18n/locale";
import type { TimeAnnotation } from "../series/annotations";
import type { FentanylMonthPoint, FiscalYearRow } from "../series/fentanyl";
import type { AnnualHomicideRow, HomicideRow } from "../series/homicides";
import type { TransferRow } from "../series/transfers";
import type { ChartId } from "../url/view-state";

/**
 * What one plot shows, without a size: the finished rows, the series names and the locale. The
 * plot slot, the export (image and CSV) and both renderers (server picture, recharts) take it.
 * Example: { kind: "fiscal", props: { rows, locale: "en", names: { pounds: "Pounds", partial: "partial" } } }
 */
export type PlotSpec =
  | { kind: "homicides"; props: HomicidePlotData }
  | { kind: "annual"; props: AnnualPlotData }
  | { kind: "fentanyl"; props: FentanylPlotData }
  | { kind: "fiscal"; props: FiscalPlotData }
  | { kind: "transfers"; props: TransfersPlotData };

export type PlotKind = PlotSpec["kind"] & ChartId;

interface Base {
  locale: Locale;
}
export interface HomicidePlotData extends Base {
  rows: HomicideRow[];
  annotations: TimeAnnotation[];
  names: { counted: string; stated: string; month: string };
}
export interface AnnualPlotData extends Base {
  rows: AnnualHomicideRow[];
  names: { sesnsp: string; inegi: string };
}
export interface FentanylPlotData extends Base {
  rows: FentanylMonthPoint[];
  annotations: TimeAnnotation[];
  names: { pounds: string; month: string };
}
export interface FiscalPlotData extends Base {
  rows: FiscalYearRow[];
  names: { pounds: string; partial: string };
}
export interface TransfersPlotData extends Base {
  rows: TransferRow[];
  annotations: TimeAnnotation[];
  names: { people: string; runningTotal: string };
}

/** A plot's data plus the explicit size in px it is drawn at (recharts needs one). */
type Sized<T> = T & { width: number; height: number };
export type HomicidePlotProps = Sized<HomicidePlotData>;
export type AnnualPlotProps = Sized<AnnualPlotData>;
export type FentanylPlotProps = Sized<FentanylPlotData>;
export type FiscalPlotProps = Sized<FiscalPlotData>;
export type TransfersPlotProps = Sized<TransfersPlotData>;
