import type { Dataset } from "../data/dataset";
import { formatMonth, formatMonthRange } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import { fiscalYearOf } from "../stats/calendar";

export interface ChartTexts {
  descriptions: Record<"transfers" | "homicides" | "annual" | "fentanyl" | "fiscal", string>;
  /** The label of the partial fiscal year ("partial: Oct 2025 – Apr 2026"), or "" when every year is complete. */
  fiscalPartial: string;
}

const firstAndLast = <T>(values: readonly T[]): [T, T] | undefined => (values.length ? [values[0]!, values[values.length - 1]!] : undefined);
const sortedMonths = (rows: readonly { month: string }[]) => [...new Set(rows.map((r) => r.month))].sort();

/**
 * The charts' descriptions with the months each series covers, read from the data, so that a refresh
 * of data/ moves them with no change to the code or the message catalogue.
 */
export function chartTexts(data: Dataset, locale: Locale, t: Messages, scopeLabel: string, transfersDescription: string): ChartTexts {
  const c = t.charts;
  const span = (months: readonly { month: string }[]) => {
    const ends = firstAndLast(sortedMonths(months));
    return ends ? c.span(formatMonth(locale, ends[0], "long"), formatMonth(locale, ends[1], "long")) : "";
  };
  const years = firstAndLast([...new Set(data.homicidesAnnual.map((r) => r.year))].sort((a, b) => a - b)) ?? [0, 0];
  const fiscalYears = firstAndLast([...new Set(data.fentanylFiscalYears.map((r) => r.fiscal_year))].sort((a, b) => a - b)) ?? [0, 0];
  const partialYear = data.fentanylFiscalYears.find((r) => r.partial)?.fiscal_year;
  const partialMonths = partialYear === undefined ? [] : sortedMonths(data.fentanylMonthly.filter((r) => fiscalYearOf(r.month) === partialYear));
  const partialEnds = firstAndLast(partialMonths);
  const partialNote = partialYear !== undefined && partialEnds ? c.fiscal.partialNote(partialYear, span(partialMonths.map((month) => ({ month })))) : "";
  return {
    descriptions: {
      transfers: transfersDescription,
      homicides: c.homicides.description(span(data.homicidesMonthly), span(data.homicidesStated)),
      annual: c.annual.description(years[0], years[1]),
      fentanyl: c.fentanyl.description(scopeLabel, span(data.fentanylMonthly)),
      fiscal: c.fiscal.description(fiscalYears[0], fiscalYears[1]) + partialNote,
    },
    fiscalPartial: partialEnds ? c.fiscal.partial(formatMonthRange(locale, partialEnds[0], partialEnds[1])) : "",
  };
}
