import type { Dataset } from "@/lib/data/dataset";
import { formatDate, formatMonth, formatNumber, formatPartialDate } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import type { SourceRef } from "@/lib/map/model";
import { SERIES_COLORS } from "@/lib/palette";
import { buildTimeAnnotations } from "@/lib/series/annotations";
import { buildFentanylMonthRows, buildFiscalYearRows } from "@/lib/series/fentanyl";
import { buildAnnualHomicideRows, buildHomicideRows } from "@/lib/series/homicides";
import { inMonthRange, toTime } from "@/lib/series/time";
import { buildTransferRows } from "@/lib/series/transfers";
import type { ChartId, ViewState } from "@/lib/url/view-state";
import { ChartLink } from "../share/chart-link";
import { ScrollTable } from "../scroll-table";
import { annotationLegend } from "./annotation-legend";
import { ChartFrame } from "./chart-frame";
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

const DASH = "–";

function sourceRefs(data: Dataset, ids: Iterable<string>): SourceRef[] {
  const wanted = new Set(ids);
  return data.sources.filter((s) => wanted.has(s.id)).map((s) => ({ id: s.id, publisher: s.publisher, title: s.title, url: s.url }));
}

/** All statistical charts: frames, legends and tables server-rendered; plots drawn on the client. */
export function ChartsSection({ data, view, only, locale, t }: Props) {
  const shows = (id: ChartId) => !only || only === id;
  const annotations = buildTimeAnnotations(data);
  const homicides = inMonthRange(buildHomicideRows(data), view.range);
  const dataDate = data.meta.compiled;
  const frameState = (id: ChartId) => ({ isTableOpen: view.table && view.chart === id, link: <ChartLink chart={id} locale={locale} /> });
  const annual = buildAnnualHomicideRows(data);
  const transfers = buildTransferRows(data);
  const meta = (id: "fentanyl" | "homicides") => data.seriesMeta.find((m) => m.id === id)!;
  const asOf = (id: "fentanyl" | "homicides") => formatPartialDate(locale, meta(id).as_of);
  const homicideSources = sourceRefs(data, [...meta("homicides").source_ids, ...data.homicidesStated.map((r) => r.source_id)]);
  const annualSources = sourceRefs(data, data.homicidesAnnual.map((r) => r.source_id));
  const fentanylSources = sourceRefs(data, meta("fentanyl").source_ids.filter((id) => data.fentanylMonthly.some((r) => r.source_id === id)));
  const transferSources = sourceRefs(data, data.events.flatMap((e) => e.people_count.source_ids));
  const scopeLabels = t.charts.fentanyl.scopes;
  const transferDomain: [number, number] = [toTime("2024-09-01"), toTime("2026-03-01")];
  const transferList = transfers.map((r) => `${formatDate(locale, r.date, "short")}: ${formatNumber(locale, r.people)}`).join(", ");
  return (
    <section className="card charts" aria-labelledby="charts-title">
      <h2 id="charts-title" className={only ? "visually-hidden" : undefined}>{t.charts.sectionTitle}</h2>
      {!only && <p className="muted">{t.charts.sectionLede}</p>}
      <div className="chart-grid">
        {shows("transfers") && (
        <ChartFrame
          chartId="transfers"
          {...frameState("transfers")}
          title={t.charts.transfers.title}
          subtitle={t.charts.transfers.subtitle}
          description={t.charts.transfers.description(transferList, formatNumber(locale, transfers.at(-1)!.runningTotal))}
          legend={[
            ...transfers.map((r) => ({ label: `${formatDate(locale, r.date, "short")}: ${t.common.people(r.people)}`, color: r.color, mark: "bar" as const })),
            { label: t.charts.transfers.runningTotal, color: SERIES_COLORS.sesnsp, mark: "line" },
            ...annotationLegend(annotations.filter((a) => a.kind === "administration"), locale, t),
          ]}
          sources={transferSources}
          allSourcesHref="/sources#sources-title"
          asOf={formatPartialDate(locale, data.meta.compiled)}
          plotHeightPx={240}
          plotSpec={{ kind: "transfers", props: { rows: transfers, annotations, domain: transferDomain, locale, names: { people: t.charts.transfers.people, runningTotal: t.charts.transfers.runningTotal } } }}
          locale={locale}
          dataDate={dataDate}
          table={
            <ScrollTable label={t.charts.transfers.title}>
              <table data-table="transfers">
                <thead>
                  <tr>
                    <th scope="col">{t.charts.transfers.date}</th>
                    <th scope="col" className="num">{t.charts.transfers.people}</th>
                    <th scope="col" className="num">{t.charts.transfers.runningTotal}</th>
                  </tr>
                </thead>
                <tbody>
                  {transfers.map((r) => (
                    <tr key={r.id}>
                      <th scope="row">{formatDate(locale, r.date)}</th>
                      <td className="num">{formatNumber(locale, r.people)}</td>
                      <td className="num">{formatNumber(locale, r.runningTotal)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          }
          t={t}
        />
        )}
        {shows("homicides") && (
        <ChartFrame
          chartId="homicides"
          {...frameState("homicides")}
          title={t.charts.homicides.title}
          subtitle={t.charts.homicides.subtitle}
          description={t.charts.homicides.description}
          legend={[
            { label: t.charts.homicides.counted, color: SERIES_COLORS.sesnsp, mark: "line" },
            { label: t.charts.homicides.stated, color: SERIES_COLORS.stated, mark: "hollow" },
            ...annotationLegend(annotations, locale, t),
          ]}
          caveats={meta("homicides").caveats}
          sources={homicideSources}
          allSourcesHref="/sources#topic-homicides"
          asOf={asOf("homicides")}
          plotHeightPx={300}
          plotSpec={{ kind: "homicides", props: { rows: homicides, annotations, locale, names: { counted: t.charts.homicides.counted, stated: t.charts.homicides.stated, month: t.charts.month } } }}
          locale={locale}
          dataDate={dataDate}
          table={
            <ScrollTable label={t.charts.homicides.title}>
              <table data-table="homicides">
                <thead>
                  <tr>
                    <th scope="col">{t.charts.month}</th>
                    <th scope="col" className="num">{t.charts.homicides.victimsCol}</th>
                    <th scope="col" className="num">{t.charts.homicides.perDayCol}</th>
                    <th scope="col" className="num">{t.charts.homicides.statedCol}</th>
                  </tr>
                </thead>
                <tbody>
                  {homicides.map((r) => (
                    <tr key={r.month}>
                      <th scope="row">{formatMonth(locale, r.month)}</th>
                      <td className="num">{r.victims === null ? t.common.notReported : formatNumber(locale, r.victims)}</td>
                      <td className="num">{r.perDay === null ? DASH : formatNumber(locale, r.perDay, 1, 1)}</td>
                      <td className="num">{r.stated === null ? DASH : formatNumber(locale, r.stated, 1, 1)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          }
          t={t}
        />
        )}
        {shows("annual") && (
        <ChartFrame
          chartId="annual"
          {...frameState("annual")}
          title={t.charts.annual.title}
          subtitle={t.charts.annual.subtitle}
          description={t.charts.annual.description}
          legend={[
            { label: t.charts.annual.sesnsp, color: SERIES_COLORS.sesnsp, mark: "bar" },
            { label: t.charts.annual.inegi, color: SERIES_COLORS.inegi, mark: "bar" },
          ]}
          note={t.charts.annual.why}
          sources={annualSources}
          allSourcesHref="/sources#topic-homicides"
          asOf={asOf("homicides")}
          plotHeightPx={260}
          plotSpec={{ kind: "annual", props: { rows: annual, locale, names: { sesnsp: t.charts.annual.sesnsp, inegi: t.charts.annual.inegi } } }}
          locale={locale}
          dataDate={dataDate}
          table={
            <ScrollTable label={t.charts.annual.title}>
              <table data-table="annual">
                <thead>
                  <tr>
                    <th scope="col">{t.charts.year}</th>
                    <th scope="col" className="num">{t.charts.annual.sesnsp}</th>
                    <th scope="col" className="num">{t.charts.annual.inegi}</th>
                    <th scope="col">{t.charts.annual.note}</th>
                  </tr>
                </thead>
                <tbody>
                  {annual.map((r) => (
                    <tr key={r.year}>
                      <th scope="row">{r.year}</th>
                      <td className="num">{r.sesnsp === null ? t.common.notReported : formatNumber(locale, r.sesnsp)}</td>
                      <td className="num">{r.inegi === null ? t.common.notReported : formatNumber(locale, r.inegi)}</td>
                      <td className="small">{r.inegiNote ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          }
          t={t}
        />
        )}
        {(shows("fentanyl") || shows("fiscal")) && <FentanylCharts
          only={only === "fentanyl" || only === "fiscal" ? only : undefined}
          monthly={{ swb: buildFentanylMonthRows(data, "swb"), nationwide: buildFentanylMonthRows(data, "nationwide") }}
          fiscal={{ swb: buildFiscalYearRows(data, "swb"), nationwide: buildFiscalYearRows(data, "nationwide") }}
          scopeLabels={scopeLabels}
          annotations={annotations}
          sources={fentanylSources}
          asOf={asOf("fentanyl")}
          caveats={meta("fentanyl").caveats}
          tableOpen={view.table ? view.chart : null}
          dataDate={data.meta.compiled}
          locale={locale}
        />}
      </div>
    </section>
  );
}
