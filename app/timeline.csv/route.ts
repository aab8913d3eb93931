import { siteOrigin } from "@/lib/env";
import { timelineCsv } from "@/lib/export/timeline-csv";
import { ROUTES } from "@/lib/http/routes";
import { getMessages } from "@/lib/i18n/messages";
import { loadDataset } from "@/lib/load/dataset";
import { getViewIds } from "@/lib/load/derived";
import { timelineMomentsOf } from "@/lib/pictures/timeline-parts";
import { timelineHref } from "@/lib/url/timeline-href";
import { parseViewState, timelineView } from "@/lib/url/view-state";

/**
 * The timeline's moments of a view as CSV (`/timeline.csv?kind=tariff&lang=es`): its kind and
 * months, each moment with its sources, in the view's language. The front server asks only the
 * canonical address (lib/http/route-keys.ts) and caches the answer.
 */
export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const view = { ...timelineView(parseViewState(new URL(request.url).searchParams, getViewIds()).view), entry: null };
  const t = getMessages(view.lang);
  const absolute = (path: string) => new URL(path, siteOrigin()).toString();
  const body = timelineCsv({
    moments: timelineMomentsOf(view),
    sources: new Map(loadDataset().sources.map((s) => [s.id, s])),
    preamble: [`${t.site.name}: ${t.timeline.csvTitle}`, absolute(timelineHref(view))],
    linkOf: (id) => absolute(timelineHref({ ...view, kind: null, entry: id })),
    locale: view.lang,
    t,
  });
  const suffix = [view.kind, view.lang === "es" ? "es" : null].filter(Boolean).join("_");
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="extradition-atlas_timeline${suffix ? `_${suffix}` : ""}.csv"`,
      "Cache-Control": ROUTES.timelineCsv.cache,
    },
  });
}
