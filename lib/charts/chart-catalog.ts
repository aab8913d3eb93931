import { formatDate, formatMonth, formatNumber } from "../format/format";
import type { Locale } from "../i18n/locale";
import { plainText } from "../i18n/localized";
import type { Messages } from "../i18n/messages";
import type { ChartId } from "../url/view-state";
import type { PlotSpec } from "./plot-spec";

/** The row type a chart plots: RowOf<"fiscal"> is FiscalYearRow. */
export type RowOf<K extends ChartId> = Extract<PlotSpec, { kind: K }>["props"]["rows"][number];

export type CellValue = string | number | boolean | null;

/** What a cell needs besides its row: the language, its words, and the partial fiscal year's label. */
export interface CellContext {
  locale: Locale;
  t: Messages;
  /** "partial: Oct 2025 – Apr 2026", worked out from the data (lib/series/chart-texts.ts). */
  partialLabel: string;
}

/**
 * One column of a chart's data: in the CSV download (`csv`, the English header with its unit, and
 * the unrounded `value`) and in the table on the page (`label` and `cell`, as the page writes it).
 * A column may be in only one of the two (the page's note column is not data).
 */
export interface ChartColumn<Row> {
  key: keyof Messages["export"]["csvHeaders"] | "note" | "coverage";
  csv: string | null;
  value: (row: Row) => CellValue;
  label: ((t: Messages) => string) | null;
  cell: (row: Row, c: CellContext) => string;
  /** Numbers align right. */
  isNumeric?: boolean;
  /** The column that names the row (a month, a year, a date). */
  isRowHeader?: boolean;
  /** Prose in small type (the annual note). */
  isSmall?: boolean;
}

/** Everything about a chart that more than one place needs to agree on. */
export interface ChartEntry<K extends ChartId> {
  id: K;
  /** The view's scope (southwest border or nationwide) changes this chart. */
  takesScope: boolean;
  /** The view's month range cuts this chart (the monthly series). */
  takesRange: boolean;
  title: (t: Messages) => string;
  /** `scope` is the view's scope in words ("southwest border"), for the charts that take it. */
  subtitle: (t: Messages, scope: string) => string;
  /** Where /sources lists the chart's sources. */
  sourcesHref: string;
  columns: ChartColumn<RowOf<K>>[];
}

const DASH = "–";
const count = (value: number | null, c: CellContext) => (value === null ? c.t.common.notReported : formatNumber(c.locale, value));
const perDay = (value: number | null, c: CellContext) => (value === null ? DASH : formatNumber(c.locale, value, 1, 1));
const pounds = (value: number, c: CellContext) => formatNumber(c.locale, value, 2, 2);

/** The one table of the charts: the sections, the tables, the CSV and the export file names read it. */
export const CHART_CATALOG: { [K in ChartId]: ChartEntry<K> } = {
  transfers: {
    id: "transfers",
    takesScope: false,
    takesRange: false,
    title: (t) => t.charts.transfers.title,
    subtitle: (t) => t.charts.transfers.subtitle,
    sourcesHref: "/sources#sources-title",
    columns: [
      {
        key: "date",
        csv: "date",
        value: (r) => r.date,
        label: (t) => t.charts.transfers.date,
        cell: (r, c) => formatDate(c.locale, r.date),
        isRowHeader: true,
      },
      {
        key: "people",
        csv: "people_transferred",
        value: (r) => r.people,
        label: (t) => t.charts.transfers.people,
        cell: (r, c) => formatNumber(c.locale, r.people),
        isNumeric: true,
      },
      {
        key: "runningTotal",
        csv: "running_total_people",
        value: (r) => r.runningTotal,
        label: (t) => t.charts.transfers.runningTotal,
        cell: (r, c) => formatNumber(c.locale, r.runningTotal),
        isNumeric: true,
      },
    ],
  },
  homicides: {
    id: "homicides",
    takesScope: false,
    takesRange: true,
    title: (t) => t.charts.homicides.title,
    subtitle: (t) => t.charts.homicides.subtitle,
    sourcesHref: "/sources#topic-homicides",
    columns: [
      { key: "month", csv: "month", value: (r) => r.month, label: (t) => t.charts.month, cell: (r, c) => formatMonth(c.locale, r.month), isRowHeader: true },
      {
        key: "victims",
        csv: "sesnsp_victims",
        value: (r) => r.victims,
        label: (t) => t.charts.homicides.victimsCol,
        cell: (r, c) => count(r.victims, c),
        isNumeric: true,
      },
      {
        key: "perDay",
        csv: "sesnsp_victims_per_day",
        value: (r) => r.perDay,
        label: (t) => t.charts.homicides.perDayCol,
        cell: (r, c) => perDay(r.perDay, c),
        isNumeric: true,
      },
      {
        key: "stated",
        csv: "government_stated_victims_per_day",
        value: (r) => r.stated,
        label: (t) => t.charts.homicides.statedCol,
        cell: (r, c) => perDay(r.stated, c),
        isNumeric: true,
      },
    ],
  },
  annual: {
    id: "annual",
    takesScope: false,
    takesRange: false,
    title: (t) => t.charts.annual.title,
    subtitle: (t) => t.charts.annual.subtitle,
    sourcesHref: "/sources#topic-homicides",
    columns: [
      { key: "year", csv: "year", value: (r) => r.year, label: (t) => t.charts.year, cell: (r) => String(r.year), isRowHeader: true },
      {
        key: "sesnsp",
        csv: "sesnsp_victims",
        value: (r) => r.sesnsp,
        label: (t) => t.charts.annual.sesnsp,
        cell: (r, c) => count(r.sesnsp, c),
        isNumeric: true,
      },
      { key: "inegi", csv: "inegi_homicides", value: (r) => r.inegi, label: (t) => t.charts.annual.inegi, cell: (r, c) => count(r.inegi, c), isNumeric: true },
      {
        key: "note",
        csv: null,
        value: (r) => r.inegiNote?.en ?? null,
        label: (t) => t.charts.annual.note,
        cell: (r, c) => (r.inegiNote ? plainText(r.inegiNote, c.locale) : ""),
        isSmall: true,
      },
    ],
  },
  fentanyl: {
    id: "fentanyl",
    takesScope: true,
    takesRange: true,
    title: (t) => t.charts.fentanyl.title,
    subtitle: (t, scope) => t.charts.fentanyl.subtitle(scope),
    sourcesHref: "/sources#topic-fentanyl",
    columns: [
      { key: "month", csv: "month", value: (r) => r.month, label: (t) => t.charts.month, cell: (r, c) => formatMonth(c.locale, r.month), isRowHeader: true },
      {
        key: "pounds",
        csv: "pounds_seized_lbs",
        value: (r) => r.pounds,
        label: (t) => t.charts.fentanyl.pounds,
        cell: (r, c) => pounds(r.pounds, c),
        isNumeric: true,
      },
    ],
  },
  fiscal: {
    id: "fiscal",
    takesScope: true,
    takesRange: false,
    title: (t) => t.charts.fiscal.title,
    subtitle: (t, scope) => t.charts.fiscal.subtitle(scope),
    sourcesHref: "/sources#topic-fentanyl",
    columns: [
      { key: "fiscalYear", csv: "fiscal_year", value: (r) => r.fiscalYear, label: (t) => t.charts.fiscal.fiscalYear, cell: (r) => r.label, isRowHeader: true },
      {
        key: "pounds",
        csv: "pounds_seized_lbs",
        value: (r) => r.pounds,
        label: (t) => t.charts.fentanyl.pounds,
        cell: (r, c) => pounds(r.pounds, c),
        isNumeric: true,
      },
      { key: "isPartial", csv: "partial_year", value: (r) => r.isPartial, label: null, cell: () => "" },
      {
        key: "coverage",
        csv: null,
        value: (r) => r.isPartial,
        label: (t) => t.charts.fiscal.coverage,
        cell: (r, c) => (r.isPartial ? c.partialLabel : c.t.charts.fiscal.full),
      },
    ],
  },
};

/** The parts of the view that change a chart's data, for its file names: ["swb", "2024-01-2026-02"]. */
export function viewPartsOf(chart: ChartId, view: { scope: string; range: { from: string; to: string } | null }): string[] {
  const entry = CHART_CATALOG[chart];
  return [...(entry.takesScope ? [view.scope] : []), ...(entry.takesRange && view.range ? [`${view.range.from}-${view.range.to}`] : [])];
}
