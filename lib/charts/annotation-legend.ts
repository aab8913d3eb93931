import { formatDate } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import type { TimeAnnotation } from "../series/annotations";
import type { LegendItem } from "../legend";

/** Legend entries for the shared time markers, in the map's event colours. */
export function annotationLegend(annotations: readonly TimeAnnotation[], locale: Locale, t: Messages): LegendItem[] {
  return annotations.map((a) =>
    a.kind === "administration"
      ? { label: t.charts.annotationAdministration, color: a.color, mark: "dashed" }
      : { label: t.charts.annotationTransfer(formatDate(locale, a.date, "short")), color: a.color, mark: "line" },
  );
}
