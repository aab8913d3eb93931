import type { Metadata } from "next";
import { StatusExportMenu } from "@/components/export/status-export-menu";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { Picture } from "@/components/view/picture";
import { UrlNotice } from "@/components/view/url-notice";
import { ViewProvider } from "@/components/view/view-context";
import { formatDate } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { getPeopleModel, getViewIds } from "@/lib/load/derived";
import { loadPageView, type SearchParams } from "@/lib/load/page-view";
import { previewPageMetadata } from "@/lib/og/metadata";
import { buildPeoplePreview } from "@/lib/og/people-preview";
import { pictureKey } from "@/lib/pictures/picture-source";
import { peoplePreviewView } from "@/lib/url/canonical-request";
import { parseViewState, peopleView, toSearch } from "@/lib/url/view-state";

interface PageProps {
  searchParams: SearchParams;
}

/** Title and description of exactly this view: the table, or one person's case. */
export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const view = peopleView(parseViewState(await searchParams, getViewIds()).view);
  const t = getMessages(view.lang);
  const person = view.person ? getPeopleModel().rows.find((r) => r.person.id === view.person)?.person : undefined;
  const hrefIn = (lang: Locale) => `/people${toSearch({ ...view, lang })}`;
  const preview = buildPeoplePreview(getPeopleModel(), view, t);
  return previewPageMetadata({
    lang: view.lang,
    hrefIn,
    title: person ? `${person.name}: ${t.people.person.caseTitle}` : t.people.title,
    description: preview.description,
    image: { url: `/og/people${toSearch(peoplePreviewView(view))}`, alt: preview.alt },
  });
}

/**
 * What became of the people transferred: the counts and the status picture, the table with its
 * filters and sort, or one person's case (`?person=`), all drawn by the server from the URL and
 * readable without JavaScript.
 */
export default async function PeoplePage({ searchParams }: PageProps) {
  const { view: raw, ids, t, data } = await loadPageView(searchParams, ["people"]);
  const view = peopleView(raw);
  const locale = view.lang;
  return (
    <ViewProvider ids={ids}>
      <SiteHeader t={t} current="people" lang={locale} />
      <main id="main" className="page">
        <UrlNotice src={pictureKey("notice-words", raw)} />
        {view.person ? (
          <Picture kind="person-case" view={view} />
        ) : (
          <>
            <h1>{t.people.title}</h1>
            <p className="lede">{t.people.lede}</p>
            <p className="small">{t.people.presumption}</p>
            <Picture kind="people-summary" view={view} />
            <StatusExportMenu summary={t.people.exportMenu} src={pictureKey("people-status-export", view)} />
            <Picture kind="people-table" view={view} />
          </>
        )}
      </main>
      <SiteFooter t={t} compiled={formatDate(locale, data.meta.compiled)} />
    </ViewProvider>
  );
}
