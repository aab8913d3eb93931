import type { Dataset } from "@/lib/data/dataset";
import { formatDate, formatMonthRange, formatNumber, formatPartialDate } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import { toSourceRef, type SourceRef } from "@/lib/map/model";
import { ink } from "@/lib/theme/ink";
import { buildTimeAnnotations } from "@/lib/series/annotations";
import { buildFentanylMonthRows, buildFiscalYearRows } from "@/lib/series/fentanyl";
import { buildAnnualHomicideRows, buildHomicideRows } from "@/lib/series/homicides";
import { rowsForRange } from "@/lib/series/time";
import { buildTransferRows } from "@/lib/series/transfers";
import { chartTexts } from "@/lib/series/chart-texts";
import type { ChartId, ViewState } from "@/lib/url/view-state";
import { annotationLegend } from "./annotation-legend";
import { ChartFrame, type FrameBasics } from "./chart-frame";
import { CHART_CATALOG } from "@/lib/charts/chart-catalog";
import { DataTable } from "./data-table";
import { FentanylCharts } from "./fentanyl-charts";

interface Props {
  data: Dataset;
  /** The view the page was opened with: range, linked chart, open table. */
  view: ViewState;
  /** Render one chart alone (the embed route); all of them when absent. */
  only?: ChartId;
  locale: Locale;
  t: Messages;
}

function sourceRefs(data: Dataset, ids: Iterable<string>): SourceRef[] {
  const wanted = new Set(ids);
  return data.sources.filter((s) => wanted.has(s.id)).map(toSourceRef);
}

/**
 * All statistical charts, rendered on the server for the view: frames, legends, a picture of each
 * plot (interactive once reached) and, when the view asks for it, one chart's data table.
 */
export function ChartsSection({ data, view, only, locale, t }: Props) {
  const shows = (id: ChartId) => !only || only === id;
  const annotations = buildTimeAnnotations(data);
  // The charts that take the view's range (chart catalogue) are cut to it; the others show every year.
  const rangeOf = (id: ChartId) => (CHART_CATALOG[id].takesRange ? view.range : null);
  const { rows: homicides, missed: homicidesMissed } = rowsForRange(buildHomicideRows(data), rangeOf("homicides"));
  const fentanylMonths = rowsForRange(buildFentanylMonthRows(data, view.scope), rangeOf("fentanyl"));
  const rangeMissed = view.range ? t.charts.rangeMissed(formatMonthRange(locale, view.range.from, view.range.to)) : undefined;
  const dataDate = data.meta.compiled;
  const isTableOpen = (id: ChartId) => view.table && view.chart === id;
  const annual = buildAnnualHomicideRows(data);
  const transfers = buildTransferRows(data);
  const meta = (id: "fentanyl" | "homicides") => data.seriesMeta.find((m) => m.id === id)!;
  const asOf = (id: "fentanyl" | "homicides") => formatPartialDate(locale, meta(id).as_of);
  const homicideSources = sourceRefs(data, [...meta("homicides").source_ids, ...data.homicidesStated.map((r) => r.source_id)]);
  const annualSources = sourceRefs(
    data,
    data.homicidesAnnual.map((r) => r.source_id),
  );
  const fentanylSources = sourceRefs(
    data,
    meta("fentanyl").source_ids.filter((id) => data.fentanylMonthly.some((r) => r.source_id === id)),
  );
  const transferSources = sourceRefs(
    data,
    data.events.flatMap((e) => e.people_count.source_ids),
  );
  const transferList = transfers.map((r) => `${formatDate(locale, r.date, "short")}: ${formatNumber(locale, r.people)}`).join(", ");
  const scopeName = t.charts.fentanyl.scopes[view.scope].toLowerCase();
  const texts = chartTexts(data, locale, t, scopeName, t.charts.transfers.description(transferList, formatNumber(locale, transfers.at(-1)!.runningTotal)));
  /** The props every chart's frame takes the same way, from the chart catalogue and the view. */
  const frame = (id: ChartId): FrameBasics => ({
    isEmbedded: Boolean(only),
    chartId: id,
    isTableOpen: isTableOpen(id),
    title: CHART_CATALOG[id].title(t),
    subtitle: CHART_CATALOG[id].subtitle(t, scopeName),
    description: texts.descriptions[id],
    allSourcesHref: CHART_CATALOG[id].sourcesHref,
    dataDate,
    t,
  });
  return (
    <section className="card charts" aria-labelledby="charts-title">
      <h2 id="charts-title" className={only ? "visually-hidden" : undefined}>
        {t.charts.sectionTitle}
      </h2>
      {!only && <p className="muted">{t.charts.sectionLede}</p>}
      <div className="chart-grid">
        {shows("transfers") && (
          <ChartFrame
            {...frame("transfers")}
            legend={[
              ...transfers.map((r) => ({
                label: `${formatDate(locale, r.date, "short")}: ${t.common.people(r.people)}`,
                color: r.color,
                mark: "bar" as const,
              })),
              { label: t.charts.transfers.runningTotal, color: ink("counted"), mark: "line" },
              ...annotationLegend(
                annotations.filter((a) => a.kind === "administration"),
                locale,
                t,
              ),
            ]}
            sources={transferSources}
            asOf={formatPartialDate(locale, data.meta.compiled)}
            plotSpec={{
              kind: "transfers",
              props: { rows: transfers, annotations, locale, names: { people: t.charts.transfers.people, runningTotal: t.charts.transfers.runningTotal } },
            }}
            table={() => <DataTable chart="transfers" rows={transfers} locale={locale} t={t} />}
          />
        )}
        {shows("homicides") && (
          <ChartFrame
            {...frame("homicides")}
            legend={[
              { label: t.charts.homicides.counted, color: ink("counted"), mark: "line" },
              { label: t.charts.homicides.stated, color: ink("stated"), mark: "hollow" },
              ...annotationLegend(annotations, locale, t),
            ]}
            note={homicidesMissed ? rangeMissed : undefined}
            caveats={meta("homicides").caveats}
            sources={homicideSources}
            asOf={asOf("homicides")}
            plotSpec={{
              kind: "homicides",
              props: {
                rows: homicides,
                annotations,
                locale,
                names: { counted: t.charts.homicides.counted, stated: t.charts.homicides.stated, month: t.charts.month },
              },
            }}
            table={() => <DataTable chart="homicides" rows={homicides} locale={locale} t={t} />}
          />
        )}
        {shows("annual") && (
          <ChartFrame
            {...frame("annual")}
            legend={[
              { label: t.charts.annual.sesnsp, color: ink("counted"), mark: "bar" },
              { label: t.charts.annual.inegi, color: ink("inegi"), mark: "bar" },
            ]}
            note={t.charts.annual.why}
            sources={annualSources}
            asOf={asOf("homicides")}
            plotSpec={{ kind: "annual", props: { rows: annual, locale, names: { sesnsp: t.charts.annual.sesnsp, inegi: t.charts.annual.inegi } } }}
            table={() => <DataTable chart="annual" rows={annual} locale={locale} t={t} />}
          />
        )}
        {(shows("fentanyl") || shows("fiscal")) && (
          <FentanylCharts
            only={only === "fentanyl" || only === "fiscal" ? only : undefined}
            months={fentanylMonths.rows}
            note={fentanylMonths.missed ? rangeMissed : undefined}
            years={buildFiscalYearRows(data, view.scope)}
            annotations={annotations}
            sources={fentanylSources}
            asOf={asOf("fentanyl")}
            caveats={meta("fentanyl").caveats}
            texts={texts}
            frame={frame}
            view={view}
            locale={locale}
            t={t}
          />
        )}
      </div>
    </section>
  );
}
