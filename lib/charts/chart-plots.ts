import { textRuns, type TextRun } from "../i18n/localized";
import type { Dataset } from "../data/dataset";
import { formatDate, formatMonthRange, formatNumber, formatPartialDate } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import type { LegendItem } from "../legend";
import { toSourceRef, type SourceRef } from "../map/model";
import { buildTimeAnnotations, linkAnnotations } from "../series/annotations";
import { buildClaimAnnotations } from "../series/claim-annotations";
import { claimResultsOf } from "../stats/claim-check";
import { chartTexts, type ChartTexts } from "../series/chart-texts";
import { buildFentanylMonthRows, buildFiscalYearRows } from "../series/fentanyl";
import { buildAnnualHomicideRows, buildHomicideRows } from "../series/homicides";
import { rowsForRange } from "../series/time";
import { buildTransferRows } from "../series/transfers";
import { ink } from "../theme/ink";
import { timelineEntryHref } from "../url/timeline-href";
import type { ChartId, ViewState } from "../url/view-state";
import { annotationLegend } from "./annotation-legend";
import { CHART_CATALOG } from "./chart-catalog";
import type { PlotSpec } from "./plot-spec";

/** The words around a chart: its caption, the note and caveats under it, its sources and their date. */
export interface ChartFrameTexts {
  title: string;
  subtitle: string;
  description: string;
  /** Said under the plot (why INEGI and SESNSP differ; that the link's range held none of the months). */
  note: string | null;
  /** The series' caveats from data/series.json in the view's language (quotations kept as runs), behind a disclosure. */
  caveats: readonly (readonly TextRun[])[];
  sources: readonly SourceRef[];
  /** "Data as of …", formatted. */
  asOf: string;
  /** Where /sources lists the chart's sources, e.g. "/sources#topic-homicides". */
  allSourcesHref: string;
}

/** What each chart of a view plots and what its legend says, for the charts section and the pictures' markup alike. */
export interface ChartPlots {
  specs: { [K in ChartId]: Extract<PlotSpec, { kind: K }> };
  legends: Record<ChartId, LegendItem[]>;
  frames: Record<ChartId, ChartFrameTexts>;
  /** The view's month range held none of the chart's months (the chart then shows them all). */
  rangeMissed: { homicides: boolean; fentanyl: boolean };
  /** Descriptions and the partial fiscal year's label. */
  texts: ChartTexts;
  /** The view's fentanyl scope in words, lower case ("southwest border"). */
  scopeName: string;
}

/**
 * Every chart of a view: rows cut to the view's range where the chart catalogue says the chart
 * takes it (the others show every year), in the view's scope and language.
 */
export function buildChartPlots(data: Dataset, view: ViewState, t: Messages): ChartPlots {
  const locale: Locale = view.lang;
  // Every mark opens its timeline entry in the view's language.
  const linked = (marks: Parameters<typeof linkAnnotations>[0]) => linkAnnotations(marks, (entry) => timelineEntryHref(locale, entry));
  const annotations = linked(buildTimeAnnotations(data, locale));
  const claims = claimResultsOf(data);
  const withClaims = (series: "homicides" | "fentanyl") => [...annotations, ...linked(buildClaimAnnotations(claims, series, locale, t))];
  const homicideMarks = withClaims("homicides");
  const fentanylMarks = withClaims("fentanyl");
  const rangeOf = (id: ChartId) => (CHART_CATALOG[id].takesRange ? view.range : null);
  const homicides = rowsForRange(buildHomicideRows(data), rangeOf("homicides"));
  const fentanyl = rowsForRange(buildFentanylMonthRows(data, view.scope), rangeOf("fentanyl"));
  const transfers = buildTransferRows(data);
  const transferList = transfers.map((r) => `${formatDate(locale, r.date, "short")}: ${formatNumber(locale, r.people)}`).join(", ");
  const scopeName = t.charts.fentanyl.scopes[view.scope].toLowerCase();
  const texts = chartTexts(data, locale, t, scopeName, t.charts.transfers.description(transferList, formatNumber(locale, transfers.at(-1)!.runningTotal)));
  const c = t.charts;
  const meta = (id: "fentanyl" | "homicides") => data.seriesMeta.find((m) => m.id === id)!;
  const sourceRefs = (ids: Iterable<string>) => {
    const wanted = new Set(ids);
    return data.sources.filter((x) => wanted.has(x.id)).map(toSourceRef);
  };
  const rangeMissed = view.range ? c.rangeMissed(formatMonthRange(locale, view.range.from, view.range.to)) : null;
  const frame = (id: ChartId, rest: Pick<ChartFrameTexts, "note" | "caveats" | "sources" | "asOf">): ChartFrameTexts => ({
    title: CHART_CATALOG[id].title(t),
    subtitle: CHART_CATALOG[id].subtitle(t, scopeName),
    description: texts.descriptions[id],
    allSourcesHref: CHART_CATALOG[id].sourcesHref,
    ...rest,
  });
  const asOf = (id: "fentanyl" | "homicides") => formatPartialDate(locale, meta(id).as_of);
  const fentanylSources = sourceRefs(meta("fentanyl").source_ids.filter((id) => data.fentanylMonthly.some((r) => r.source_id === id)));
  return {
    specs: {
      transfers: {
        kind: "transfers",
        props: { rows: transfers, annotations, locale, names: { people: c.transfers.people, runningTotal: c.transfers.runningTotal } },
      },
      homicides: {
        kind: "homicides",
        props: {
          rows: homicides.rows,
          annotations: homicideMarks,
          locale,
          names: { counted: c.homicides.counted, stated: c.homicides.stated, month: c.month },
        },
      },
      annual: { kind: "annual", props: { rows: buildAnnualHomicideRows(data), locale, names: { sesnsp: c.annual.sesnsp, inegi: c.annual.inegi } } },
      fentanyl: { kind: "fentanyl", props: { rows: fentanyl.rows, annotations: fentanylMarks, locale, names: { pounds: c.fentanyl.pounds, month: c.month } } },
      fiscal: {
        kind: "fiscal",
        props: { rows: buildFiscalYearRows(data, view.scope), locale, names: { pounds: c.fentanyl.pounds, partial: texts.fiscalPartial } },
      },
    },
    legends: {
      transfers: [
        ...transfers.map((r) => ({ label: `${formatDate(locale, r.date, "short")}: ${t.common.people(r.people)}`, color: r.color, mark: "bar" as const })),
        { label: c.transfers.runningTotal, color: ink("counted"), mark: "line" },
        ...annotationLegend(
          annotations.filter((a) => a.kind === "administration"),
          locale,
          t,
        ),
      ],
      homicides: [
        { label: c.homicides.counted, color: ink("counted"), mark: "line" },
        { label: c.homicides.stated, color: ink("stated"), mark: "hollow" },
        ...annotationLegend(homicideMarks, locale, t),
      ],
      annual: [
        { label: c.annual.sesnsp, color: ink("counted"), mark: "bar" },
        { label: c.annual.inegi, color: ink("inegi"), mark: "bar" },
      ],
      fentanyl: [{ label: c.fentanyl.pounds, color: ink("seized"), mark: "bar" }, ...annotationLegend(fentanylMarks, locale, t)],
      fiscal: [
        { label: c.fiscal.full, color: ink("seized"), mark: "bar" },
        ...(texts.fiscalPartial ? [{ label: texts.fiscalPartial, color: ink("seized"), mark: "hatched" as const }] : []),
      ],
    },
    frames: {
      transfers: frame("transfers", {
        note: null,
        caveats: [],
        sources: sourceRefs(data.events.flatMap((e) => e.people_count.source_ids)),
        asOf: formatPartialDate(locale, data.meta.compiled),
      }),
      homicides: frame("homicides", {
        note: homicides.missed ? rangeMissed : null,
        caveats: meta("homicides").caveats.map((c) => textRuns(c[locale])),
        sources: sourceRefs([...meta("homicides").source_ids, ...data.homicidesStated.map((r) => r.source_id)]),
        asOf: asOf("homicides"),
      }),
      annual: frame("annual", { note: c.annual.why, caveats: [], sources: sourceRefs(data.homicidesAnnual.map((r) => r.source_id)), asOf: asOf("homicides") }),
      fentanyl: frame("fentanyl", {
        note: fentanyl.missed ? rangeMissed : null,
        caveats: meta("fentanyl").caveats.map((c) => textRuns(c[locale])),
        sources: fentanylSources,
        asOf: asOf("fentanyl"),
      }),
      fiscal: frame("fiscal", { note: null, caveats: [], sources: fentanylSources, asOf: asOf("fentanyl") }),
    },
    rangeMissed: { homicides: homicides.missed, fentanyl: fentanyl.missed },
    texts,
    scopeName,
  };
}
