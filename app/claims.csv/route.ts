import { siteOrigin } from "@/lib/env";
import { ROUTES } from "@/lib/http/routes";
import { claimsCsv } from "@/lib/export/claims-csv";
import { getMessages } from "@/lib/i18n/messages";
import { loadDataset } from "@/lib/load/dataset";
import { getClaimChecks, getViewIds } from "@/lib/load/derived";
import { DEFAULT_VIEW, parseViewState, toSearch } from "@/lib/url/view-state";

/**
 * Every statement of the official claims as CSV (`/claims.csv?lang=es`), with what checking it
 * found, its windows and its sources, in the page's language. The front server asks only the
 * canonical address (lib/http/route-keys.ts: the language alone) and caches the answer.
 */
export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const { lang } = parseViewState(new URL(request.url).searchParams, getViewIds()).view;
  const t = getMessages(lang);
  const page = new URL(`/${toSearch({ ...DEFAULT_VIEW, lang })}#claims-title`, siteOrigin()).toString();
  const body = claimsCsv({
    checks: getClaimChecks(),
    sources: new Map(loadDataset().sources.map((s) => [s.id, s])),
    preamble: [`${t.site.name}: ${t.claims.csvTitle}`, t.claims.method, page],
    locale: lang,
    t,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="extradition-atlas_claims${lang === "es" ? "_es" : ""}.csv"`,
      "Cache-Control": ROUTES.claimsCsv.cache,
    },
  });
}
