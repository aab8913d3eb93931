import { formatDate } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import type { TimeAnnotation } from "@/lib/series/annotations";
import type { LegendItem } from "@/lib/legend";

/** Legend entries for the shared time markers, in the map's event colours. */
export function annotationLegend(annotations: readonly TimeAnnotation[], locale: Locale, t: Messages): LegendItem[] {
  return annotations.map((a) =>
    a.kind === "administration"
      ? { label: t.charts.annotationAdministration, color: a.color, mark: "dashed" }
      : { label: t.charts.annotationTransfer(formatDate(locale, a.date, "short")), color: a.color, mark: "line" },
  );
}
