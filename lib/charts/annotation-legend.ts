import { formatDate } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import { TOP_MARK_KINDS, type TimeAnnotation, type TopMarkKind } from "../series/annotations";
import type { LegendItem, LegendMark } from "../legend";
import { timelineKindHref } from "../url/timeline-href";

/** The legend's sample of each shape above the plot (lib/charts/chart-definition.ts TOP_MARK_PATHS). */
const TOP_MARK_LEGEND: Record<TopMarkKind, LegendMark> = { tariff: "square", designation: "diamond", agreement: "disc", claim: "triangle" };

/**
 * Legend entries for the time marks: each change of government and each transfer, linking to its
 * timeline entry; then one entry per kind of shape above the plot (tariffs, designations, the
 * agreement, claims), linking to the timeline of that kind. On the page these links are how a
 * keyboard reaches what the marks open.
 */
export function annotationLegend(annotations: readonly TimeAnnotation[], locale: Locale, t: Messages): LegendItem[] {
  const link = (a: TimeAnnotation) => (a.href ? { href: a.href } : {});
  const lines = annotations.flatMap((a): LegendItem[] =>
    a.kind === "administration"
      ? [
          {
            label: a.government ? t.charts.annotationGovernment(a.government, formatDate(locale, a.date, "short")) : (a.title ?? ""),
            color: a.color,
            mark: "dashed",
            ...link(a),
          },
        ]
      : a.kind === "transfer"
        ? [{ label: t.charts.annotationTransfer(formatDate(locale, a.date, "short")), color: a.color, mark: "line", ...link(a) }]
        : [],
  );
  const shapes = TOP_MARK_KINDS.flatMap((kind): LegendItem[] => {
    const first = annotations.find((a) => a.kind === kind);
    if (!first) return [];
    const label = kind === "claim" ? t.charts.annotationClaims : t.charts.annotationKinds[kind];
    return [{ label, color: first.color, mark: TOP_MARK_LEGEND[kind], ...(first.href ? { href: timelineKindHref(locale, kind) } : {}) }];
  });
  return [...lines, ...shapes];
}
