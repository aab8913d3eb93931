import type { Dataset } from "@/lib/data/dataset";
import { formatMonthRange, formatPartialDate } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import { toSourceRef, type SourceRef } from "@/lib/map/model";
import { buildChartPlots } from "@/lib/charts/chart-plots";
import type { ChartId, ViewState } from "@/lib/url/view-state";
import { ChartFrame, type FrameBasics } from "./chart-frame";
import { CHART_CATALOG } from "@/lib/charts/chart-catalog";
import { FentanylCharts } from "./fentanyl-charts";

interface Props {
  data: Dataset;
  /** The view the page was opened with: range, linked chart, open table. */
  view: ViewState;
  /** Render one chart alone (the embed route); all of them when absent. */
  only?: ChartId;
  /** The build's id, which versions the pictures' addresses. */
  buildId: string;
  locale: Locale;
  t: Messages;
}

function sourceRefs(data: Dataset, ids: Iterable<string>): SourceRef[] {
  const wanted = new Set(ids);
  return data.sources.filter((s) => wanted.has(s.id)).map(toSourceRef);
}

/**
 * All statistical charts, rendered on the server for the view: frames, legends, a picture of each
 * plot (interactive once reached) and, when the view asks for it, one chart's data table. What
 * each chart plots and its legend come from lib/charts/chart-plots.ts, as for the pictures.
 */
export function ChartsSection({ data, view, only, buildId, locale, t }: Props) {
  const shows = (id: ChartId) => !only || only === id;
  const { specs, legends, rangeMissed: missed, texts, scopeName } = buildChartPlots(data, view, t);
  const rangeMissed = view.range ? t.charts.rangeMissed(formatMonthRange(locale, view.range.from, view.range.to)) : undefined;
  const dataDate = data.meta.compiled;
  const isTableOpen = (id: ChartId) => view.table && view.chart === id;
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
    view,
    buildId,
    legend: legends[id],
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
          <ChartFrame {...frame("transfers")} sources={transferSources} asOf={formatPartialDate(locale, data.meta.compiled)} plotSpec={specs.transfers} />
        )}
        {shows("homicides") && (
          <ChartFrame
            {...frame("homicides")}
            note={missed.homicides ? rangeMissed : undefined}
            caveats={meta("homicides").caveats}
            sources={homicideSources}
            asOf={asOf("homicides")}
            plotSpec={specs.homicides}
          />
        )}
        {shows("annual") && (
          <ChartFrame {...frame("annual")} note={t.charts.annual.why} sources={annualSources} asOf={asOf("homicides")} plotSpec={specs.annual} />
        )}
        {(shows("fentanyl") || shows("fiscal")) && (
          <FentanylCharts
            only={only === "fentanyl" || only === "fiscal" ? only : undefined}
            specs={specs}
            note={missed.fentanyl ? rangeMissed : undefined}
            sources={fentanylSources}
            asOf={asOf("fentanyl")}
            caveats={meta("fentanyl").caveats}
            frame={frame}
            view={view}
            t={t}
          />
        )}
      </div>
    </section>
  );
}
