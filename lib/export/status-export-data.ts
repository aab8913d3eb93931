import { formatDate } from "../format/format";
import type { Messages } from "../i18n/messages";
import type { PeopleModel } from "../people/model";
import { statusByTransfer } from "../people/status-by-transfer";
import type { ViewState } from "../url/view-state";
import type { ChartExportMeta } from "./compose-svg";
import { buildChartExportStrings, type ChartExportStrings } from "./export-strings";
import type { StatusBar } from "./status-plot-svg";

/**
 * What the status picture's download panel needs, fetched when its menu is first opened
 * (`/pictures/<build>/people-status-export?<lang>`): the image's words (title, the transfers'
 * legend, the source line, the review date burned in as "Checked against the sources"), its bars,
 * and the panel's words. The link is added in the browser, from the page's origin.
 */
export interface StatusExportData {
  meta: Omit<ChartExportMeta, "link">;
  bars: StatusBar[];
  colors: string[];
  /** The review date, "YYYY-MM-DD": part of the file name. */
  reviewedOn: string;
  strings: Pick<ChartExportStrings, "size" | "background" | "sizes" | "backgrounds" | "busy" | "done" | "failed">;
}

export function buildStatusExportData(model: PeopleModel, view: ViewState, t: Messages): StatusExportData {
  const locale = view.lang;
  const w = t.people;
  const { size, background, sizes, backgrounds, busy, done, failed } = buildChartExportStrings(t);
  return {
    meta: {
      title: w.chartTitle,
      subtitle: w.chartDescription,
      legend: model.events.map((e) => ({ label: formatDate(locale, e.date, "short"), color: e.color, mark: "bar" as const })),
      sourceLine: w.exportSourceLine(formatDate(locale, model.coversTo, "short")),
      asOf: formatDate(locale, model.reviewedOn, "short"),
      asOfLabel: w.exportReviewedLabel,
    },
    bars: statusByTransfer(
      model.rows,
      model.events.map((e) => e.id),
    ).map((b) => ({ label: w.stages[b.stage], perEvent: b.perEvent })),
    colors: model.events.map((e) => e.color),
    reviewedOn: model.reviewedOn,
    strings: { size, background, sizes, backgrounds, busy, done, failed },
  };
}
