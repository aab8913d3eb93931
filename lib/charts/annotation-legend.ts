import { formatDate } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import type { TimeAnnotation } from "../series/annotations";
import type { LegendItem } from "../legend";

/** Legend entries for the time markers: transfers in the map's event colours, the new administration, and one entry for all claim marks. */
export function annotationLegend(annotations: readonly TimeAnnotation[], locale: Locale, t: Messages): LegendItem[] {
  const lines: LegendItem[] = annotations.flatMap((a): LegendItem[] =>
    a.kind === "administration"
      ? [{ label: t.charts.annotationAdministration, color: a.color, mark: "dashed" }]
      : a.kind === "transfer"
        ? [{ label: t.charts.annotationTransfer(formatDate(locale, a.date, "short")), color: a.color, mark: "line" }]
        : [],
  );
  const claim = annotations.find((a) => a.kind === "claim");
  return claim ? [...lines, { label: t.charts.annotationClaims, color: claim.color, mark: "triangle" }] : lines;
}
