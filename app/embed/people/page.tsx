import type { Metadata } from "next";
import { EmbedShell } from "@/components/embed/embed-shell";
import { Picture } from "@/components/view/picture";
import { UrlNotice } from "@/components/view/url-notice";
import { ViewProvider } from "@/components/view/view-context";
import { loadPageView, type SearchParams } from "@/lib/load/page-view";
import { pictureKey } from "@/lib/pictures/picture-source";
import { peopleView, toSearch } from "@/lib/url/view-state";

export const metadata: Metadata = { robots: { index: false, follow: true } };

/**
 * The people table (its filters and sort in the URL) or one person's case, for an <iframe> on
 * another site: the same pictures as /people, whose own links stay in the frame while every other
 * page of the site opens outside it, and a link to the full view.
 */
export default async function EmbedPeoplePage({ searchParams }: { searchParams: SearchParams }) {
  const { view: raw, ids, t } = await loadPageView(searchParams, ["people"]);
  const view = peopleView(raw);
  return (
    <ViewProvider ids={ids}>
      <EmbedShell fullHref={`/people${toSearch(view)}`} t={t}>
        <UrlNotice src={pictureKey("notice-words", raw)} />
        {view.person ? (
          <Picture kind="embed-person-case" view={view} />
        ) : (
          <>
            <h1>{t.people.title}</h1>
            <p className="small">{t.people.presumption}</p>
            <Picture kind="embed-people-table" view={view} />
          </>
        )}
      </EmbedShell>
    </ViewProvider>
  );
}
