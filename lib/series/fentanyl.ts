import type { Dataset } from "../data/dataset";
import type { FentanylScope } from "../schema/series";
import { midMonthTime } from "./time";

export interface FentanylMonthPoint {
  month: string;
  time: number;
  pounds: number;
}

/** Pounds seized per month in one CBP scope, in month order. */
export function buildFentanylMonthRows(d: Pick<Dataset, "fentanylMonthly">, scope: FentanylScope): FentanylMonthPoint[] {
  return d.fentanylMonthly
    .filter((r) => r.scope === scope)
    .map((r) => ({ month: r.month, time: midMonthTime(r.month), pounds: r.pounds }))
    .sort((a, b) => a.month.localeCompare(b.month));
}

export interface FiscalYearRow {
  fiscalYear: number;
  /** "FY2025" */
  label: string;
  pounds: number;
  isPartial: boolean;
}

/** Fiscal-year totals from the data file (CBP's own sums), FY2026 flagged partial. */
export function buildFiscalYearRows(d: Pick<Dataset, "fentanylFiscalYears">, scope: FentanylScope): FiscalYearRow[] {
  return d.fentanylFiscalYears
    .filter((r) => r.scope === scope)
    .map((r) => ({ fiscalYear: r.fiscal_year, label: `FY${r.fiscal_year}`, pounds: r.pounds, isPartial: r.partial }))
    .sort((a, b) => a.fiscalYear - b.fiscalYear);
}
