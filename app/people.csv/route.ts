import { siteOrigin } from "@/lib/env";
import { formatDate } from "@/lib/format/format";
import { collator } from "@/lib/format/intl-cache";
import { ROUTES } from "@/lib/http/routes";
import { getMessages } from "@/lib/i18n/messages";
import { loadDataset } from "@/lib/load/dataset";
import { getPeopleModel, getViewIds } from "@/lib/load/derived";
import { peopleCsv } from "@/lib/people/csv";
import { rowsOfView } from "@/lib/people/table";
import { DEFAULT_VIEW, parseViewState, peopleView, toSearch } from "@/lib/url/view-state";

/**
 * The people table of a view as CSV (`/people.csv?event=2026-01&sort=name`): the same filters and
 * sort as the page, in the page's language, with every source's URL. The front server asks only
 * the canonical address (lib/http/route-keys.ts) and caches the answer.
 */
export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const view = { ...peopleView(parseViewState(new URL(request.url).searchParams, getViewIds()).view), person: null };
  const t = getMessages(view.lang);
  const model = getPeopleModel();
  const rows = rowsOfView(model.rows, view, collator(view.lang));
  const origin = siteOrigin();
  const at = (path: string) => new URL(path, origin).toString();
  const body = peopleCsv({
    rows,
    events: model.events,
    sources: new Map(loadDataset().sources.map((s) => [s.id, s])),
    trust: model.trust,
    personUrl: (id) => at(`/people${toSearch({ ...DEFAULT_VIEW, lang: view.lang, person: id })}`),
    preamble: [
      `${t.site.name}: ${t.people.tableTitle}`,
      t.people.review(formatDate(view.lang, model.reviewedOn, "short"), formatDate(view.lang, model.coversTo, "short")),
      t.people.presumption,
      at(`/people${toSearch(view)}`),
    ],
    locale: view.lang,
    t,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="extradition-atlas_people${view.lang === "es" ? "_es" : ""}.csv"`,
      "Cache-Control": ROUTES.peopleCsv.cache,
    },
  });
}
