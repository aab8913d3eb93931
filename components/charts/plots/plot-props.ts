import type { Locale } from "@/lib/i18n/locale";
import type { TimeAnnotation } from "@/lib/series/annotations";
import type { FentanylMonthRow, FiscalYearRow } from "@/lib/series/fentanyl";
import type { AnnualHomicideRow, HomicideRow } from "@/lib/series/homicides";
import type { TransferRow } from "@/lib/series/transfers";

/** What every plot takes: finished rows, an explicit size, the locale, and its series names. */
interface Base {
  width: number;
  height: number;
  locale: Locale;
}

export interface HomicidePlotProps extends Base {
  rows: HomicideRow[];
  annotations: TimeAnnotation[];
  names: { counted: string; stated: string; month: string };
}
export interface AnnualPlotProps extends Base {
  rows: AnnualHomicideRow[];
  names: { sesnsp: string; inegi: string };
}
export interface FentanylPlotProps extends Base {
  rows: FentanylMonthRow[];
  annotations: TimeAnnotation[];
  names: { pounds: string; month: string };
}
export interface FiscalPlotProps extends Base {
  rows: FiscalYearRow[];
  names: { pounds: string; partial: string };
}
export interface TransfersPlotProps extends Base {
  rows: TransferRow[];
  annotations: TimeAnnotation[];
  domain: [number, number];
  names: { people: string; runningTotal: string };
}
