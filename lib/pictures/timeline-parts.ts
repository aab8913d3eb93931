import { readValidatedData } from "../data/validated-data";
import type { Messages } from "../i18n/messages";
import { getLookup, getTimelineMoments, getViewIds } from "../load/derived";
import { TIMELINE_KINDS } from "../timeline/kinds";
import { buildFentanylMonthRows } from "../series/fentanyl";
import { buildHomicideRows } from "../series/homicides";
import { TimelineAxis } from "../texts/timeline-axis";
import { TimelineList } from "../texts/timeline-list";
import { buildEventColors } from "../theme/event-colors";
import { timeDomain } from "../timeline/axis";
import { momentsInMonths, momentsOfKind } from "../timeline/moments";
import type { MonthRange } from "../url/month-range";
import { timelineHref } from "../url/timeline-href";
import { DEFAULT_VIEW, toSearch, type ViewState } from "../url/view-state";

/** The months the timeline shows without a `range`: from the month before the new administration to the series' last. */
export const TIMELINE_FROM = "2024-09";

/** The timeline's months for a view: its range, or TIMELINE_FROM to the last month of the series. */
export function timelineMonths(view: ViewState): MonthRange {
  return view.range ?? { from: TIMELINE_FROM, to: getViewIds().months.to };
}

/** The moments a view shows: its kind (or all) within its months, oldest first. */
export function timelineMomentsOf(view: ViewState) {
  return momentsOfKind(momentsInMonths(getTimelineMoments(), timelineMonths(view)), view.kind);
}

/** The markup of a part of the timeline page (lib/pictures/picture-source.ts), for its view. */
export function drawTimelinePart(kind: "timeline-axis" | "timeline-list", view: ViewState, t: Messages): string {
  const data = readValidatedData().dataset;
  const months = timelineMonths(view);
  const moments = timelineMomentsOf(view);
  const locale = view.lang;
  if (kind === "timeline-axis") {
    const inMonths = <T extends { month: string }>(rows: readonly T[]) => rows.filter((r) => r.month >= months.from && r.month <= months.to);
    return String(
      TimelineAxis({
        moments,
        kinds: view.kind ? [view.kind] : TIMELINE_KINDS,
        domain: timeDomain(months),
        homicides: inMonths(buildHomicideRows(data)),
        seizures: inMonths(buildFentanylMonthRows(data, "swb")),
        openId: view.entry,
        hrefFor: (id) => timelineHref({ ...view, entry: id }),
        chartsHref: `/${toSearch({ ...DEFAULT_VIEW, lang: locale, range: view.range })}#chart-homicides`,
        eventColors: buildEventColors(data.events.map((e) => e.id)),
        locale,
        t,
      }),
    );
  }
  return String(
    TimelineList({
      moments,
      openId: view.entry,
      transferHref: (event) => `/${toSearch({ ...DEFAULT_VIEW, lang: locale, event })}`,
      claimHref: (claimId) => `/claims${toSearch({ ...DEFAULT_VIEW, lang: locale })}#claim-${claimId}`,
      lookup: getLookup(),
      locale,
      t,
    }),
  );
}
