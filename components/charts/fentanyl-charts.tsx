"use client";

import { formatMonth, formatNumber } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import type { SourceRef } from "@/lib/map/model";
import { SERIES_COLORS } from "@/lib/palette";
import type { TimeAnnotation } from "@/lib/series/annotations";
import type { FentanylMonthRow, FiscalYearRow } from "@/lib/series/fentanyl";
import { CHART_SCOPES, type ChartScope } from "@/lib/url/view-state";
import { inMonthRange } from "@/lib/series/time";
import { ChartLink } from "../share/chart-link";
import { useView } from "../view/view-context";
import { NavLink } from "../map/nav-link";
import { annotationLegend } from "./annotation-legend";
import { ChartFrame } from "./chart-frame";
import { ScrollTable } from "../scroll-table";

interface Props {
  monthly: Record<ChartScope, FentanylMonthRow[]>;
  fiscal: Record<ChartScope, FiscalYearRow[]>;
  scopeLabels: Record<ChartScope, string>;
  annotations: TimeAnnotation[];
  sources: SourceRef[];
  asOf: string;
  caveats: string[];
  /** Which table the opening link asked to show open, if any. */
  tableOpen: string | null;
  dataDate: string;
  /** One of the two charts alone (embed route). */
  only?: "fentanyl" | "fiscal";
  locale: Locale;
}

/** The two fentanyl charts and their scope switch (southwest border / nationwide), kept in the URL. */
export function FentanylCharts({ monthly, fiscal, scopeLabels, annotations, sources, asOf, caveats, tableOpen, dataDate, only, locale }: Props) {
  const t = getMessages(locale);
  const { view, hrefOf, push } = useView();
  const scope = view.scope;
  const scopeName = scopeLabels[scope].toLowerCase();
  const switcher = (
    <nav className="event-filter" aria-label={t.charts.fentanyl.scopeLabel}>
      <span className="event-filter__label" aria-hidden="true">
        {t.charts.fentanyl.scopeLabel}
      </span>
      <ul>
        {CHART_SCOPES.map((s) => {
          const next = { ...view, scope: s };
          return (
            <li key={s}>
              <NavLink href={hrefOf(next)} onNavigate={() => push(next)} isCurrent={s === scope} className="event-filter__option">
                {scopeLabels[s]}
              </NavLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
  const months = inMonthRange(monthly[scope], view.range);
  const years = fiscal[scope];
  return (
    <>
      {only !== "fiscal" && <ChartFrame
        chartId="fentanyl"
        isTableOpen={tableOpen === "fentanyl"}
        link={<ChartLink chart="fentanyl" locale={locale} />}
        title={t.charts.fentanyl.title}
        subtitle={t.charts.fentanyl.subtitle(scopeName)}
        description={t.charts.fentanyl.description(scopeName)}
        legend={[{ label: t.charts.fentanyl.pounds, color: SERIES_COLORS.fentanyl, mark: "bar" }, ...annotationLegend(annotations, locale, t)]}
        caveats={caveats}
        sources={sources}
        allSourcesHref="/sources#topic-fentanyl"
        asOf={asOf}
        controls={switcher}
        plotHeightPx={300}
          plotSpec={{ kind: "fentanyl", props: { rows: months, annotations, locale, names: { pounds: t.charts.fentanyl.pounds, month: t.charts.month } } }}
          locale={locale}
          dataDate={dataDate}
        table={
          <ScrollTable label={t.charts.fentanyl.title}>
            <table data-table="fentanyl">
              <thead>
                <tr>
                  <th scope="col">{t.charts.month}</th>
                  <th scope="col" className="num">{t.charts.fentanyl.pounds}</th>
                </tr>
              </thead>
              <tbody>
                {months.map((r) => (
                  <tr key={r.month}>
                    <th scope="row">{formatMonth(locale, r.month)}</th>
                    <td className="num">{formatNumber(locale, r.pounds, 2, 2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        }
        t={t}
      />}
      {only !== "fentanyl" && <ChartFrame
        chartId="fiscal"
        isTableOpen={tableOpen === "fiscal"}
        link={<ChartLink chart="fiscal" locale={locale} />}
        title={t.charts.fiscal.title}
        subtitle={t.charts.fiscal.subtitle(scopeName)}
        description={t.charts.fiscal.description}
        legend={[
          { label: t.charts.fiscal.full, color: SERIES_COLORS.fentanyl, mark: "bar" },
          { label: t.charts.fiscal.partial, color: SERIES_COLORS.fentanyl, mark: "hatched" },
        ]}
        sources={sources}
        allSourcesHref="/sources#topic-fentanyl"
        asOf={asOf}
        plotHeightPx={260}
          plotSpec={{ kind: "fiscal", props: { rows: years, locale, names: { pounds: t.charts.fentanyl.pounds, partial: t.charts.fiscal.partial } } }}
          locale={locale}
          dataDate={dataDate}
        table={
          <ScrollTable label={t.charts.fiscal.title}>
            <table data-table="fiscal">
              <thead>
                <tr>
                  <th scope="col">{t.charts.fiscal.fiscalYear}</th>
                  <th scope="col" className="num">{t.charts.fentanyl.pounds}</th>
                  <th scope="col">{t.charts.fiscal.coverage}</th>
                </tr>
              </thead>
              <tbody>
                {years.map((r) => (
                  <tr key={r.label}>
                    <th scope="row">{r.label}</th>
                    <td className="num">{formatNumber(locale, r.pounds, 2, 2)}</td>
                    <td>{r.isPartial ? t.charts.fiscal.partial : t.charts.fiscal.full}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        }
        t={t}
      />}
    </>
  );
}
