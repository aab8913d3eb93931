import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import type { SourceRef } from "@/lib/map/model";
import { ink } from "@/lib/theme/ink";
import type { TimeAnnotation } from "@/lib/series/annotations";
import type { ChartTexts } from "@/lib/series/chart-texts";
import type { FentanylMonthPoint, FiscalYearRow } from "@/lib/series/fentanyl";
import { CHART_SCOPES, type ViewState } from "@/lib/url/view-state";
import { annotationLegend } from "./annotation-legend";
import { ChartFrame, type FrameBasics } from "./chart-frame";
import { DataTable } from "./data-table";
import { ViewPatchLink } from "../view/view-patch-link";

interface Props {
  /** The months of the view's scope and range. */
  months: FentanylMonthPoint[];
  /** Said under the monthly chart (e.g. that the link's range held none of its months). */
  note?: string;
  /** The fiscal years of the view's scope. */
  years: FiscalYearRow[];
  annotations: TimeAnnotation[];
  sources: SourceRef[];
  asOf: string;
  caveats: string[];
  /** Descriptions and the partial year's label, worked out from the data. */
  texts: ChartTexts;
  /** The props every frame takes the same way (charts-section). */
  frame: (id: "fentanyl" | "fiscal") => FrameBasics;
  view: ViewState;
  /** One of the two charts alone (embed route). */
  only?: "fentanyl" | "fiscal";
  locale: Locale;
  t: Messages;
}

/**
 * The two fentanyl charts for the view's scope (southwest border / nationwide), drawn on the
 * server; the scope switch is a pair of links to the other view, which the server renders.
 */
export function FentanylCharts({ months, note, years, annotations, sources, asOf, caveats, texts, frame, view, only, locale, t }: Props) {
  const scopeLabels = t.charts.fentanyl.scopes;
  const scope = view.scope;
  const switcher = (
    <nav className="event-filter" aria-label={t.charts.fentanyl.scopeLabel}>
      <span className="event-filter__label" aria-hidden="true">
        {t.charts.fentanyl.scopeLabel}
      </span>
      <ul>
        {CHART_SCOPES.map((s) => (
          <li key={s}>
            <ViewPatchLink patch={{ scope: s }} isCurrent={s === scope} className="event-filter__option">
              {scopeLabels[s]}
            </ViewPatchLink>
          </li>
        ))}
      </ul>
    </nav>
  );
  return (
    <>
      {only !== "fiscal" && (
        <ChartFrame
          {...frame("fentanyl")}
          legend={[{ label: t.charts.fentanyl.pounds, color: ink("seized"), mark: "bar" }, ...annotationLegend(annotations, locale, t)]}
          note={note}
          caveats={caveats}
          sources={sources}
          asOf={asOf}
          controls={switcher}
          plotSpec={{ kind: "fentanyl", props: { rows: months, annotations, locale, names: { pounds: t.charts.fentanyl.pounds, month: t.charts.month } } }}
          table={() => <DataTable chart="fentanyl" rows={months} locale={locale} t={t} />}
        />
      )}
      {only !== "fentanyl" && (
        <ChartFrame
          {...frame("fiscal")}
          legend={[
            { label: t.charts.fiscal.full, color: ink("seized"), mark: "bar" },
            ...(texts.fiscalPartial ? [{ label: texts.fiscalPartial, color: ink("seized"), mark: "hatched" as const }] : []),
          ]}
          sources={sources}
          asOf={asOf}
          plotSpec={{ kind: "fiscal", props: { rows: years, locale, names: { pounds: t.charts.fentanyl.pounds, partial: texts.fiscalPartial } } }}
          table={() => <DataTable chart="fiscal" rows={years} partialLabel={texts.fiscalPartial} locale={locale} t={t} />}
        />
      )}
    </>
  );
}
