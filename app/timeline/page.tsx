import type { Metadata } from "next";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { Picture } from "@/components/view/picture";
import { UrlNotice } from "@/components/view/url-notice";
import { ViewProvider } from "@/components/view/view-context";
import { formatDate, formatMonthRange } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { getViewIds } from "@/lib/load/derived";
import { loadPageView, type SearchParams } from "@/lib/load/page-view";
import { pictureKey } from "@/lib/pictures/picture-source";
import { previewPageMetadata } from "@/lib/og/metadata";
import { buildTimelinePreview } from "@/lib/og/timeline-preview";
import { timelineMomentsOf, timelineMonths } from "@/lib/pictures/timeline-parts";
import { timelinePreviewView } from "@/lib/url/canonical-request";
import { TIMELINE_KINDS } from "@/lib/timeline/kinds";
import { momentsOfKind } from "@/lib/timeline/moments";
import { parseViewState, timelineView, toSearch } from "@/lib/url/view-state";

interface PageProps {
  searchParams: SearchParams;
}

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const view = timelineView(parseViewState(await searchParams, getViewIds()).view);
  const t = getMessages(view.lang);
  const hrefIn = (lang: Locale) => `/timeline${toSearch({ ...view, lang })}`;
  const preview = buildTimelinePreview(timelineMomentsOf({ ...view, kind: null, entry: null }), view.entry, timelineMonths(view), view.lang, t);
  const title = view.entry ? `${preview.title} · ${t.timeline.title}` : t.timeline.title;
  return previewPageMetadata({
    lang: view.lang,
    hrefIn,
    title,
    description: preview.description,
    image: { url: `/og/timeline${toSearch(timelinePreviewView(view))}`, alt: preview.alt },
  });
}

/**
 * The story around the transfers on one time axis: the entries of data/timeline.json and the
 * claims page's statements, one row per kind, above the homicide and seizure series, then every
 * entry with its sources. `kind` filters, `entry` opens one, `range` sets the months. Drawn by the
 * server from the URL; readable without JavaScript.
 */
export default async function TimelinePage({ searchParams }: PageProps) {
  const { view: raw, ids, t, data } = await loadPageView(searchParams, ["timeline"]);
  const view = timelineView(raw);
  const locale = view.lang;
  const months = timelineMonths(view);
  const all = timelineMomentsOf({ ...view, kind: null });
  const shown = momentsOfKind(all, view.kind);
  const kindHref = (kind: (typeof TIMELINE_KINDS)[number] | null) => `/timeline${toSearch({ ...view, kind, entry: null })}`;
  return (
    <ViewProvider ids={ids}>
      <SiteHeader t={t} current="timeline" lang={locale} />
      <main id="main" className="page">
        <UrlNotice src={pictureKey("notice-words", raw)} />
        <h1>{t.timeline.title}</h1>
        <p className="lede">{t.timeline.lede}</p>
        <nav className="chrono-filter" aria-label={t.timeline.filterLabel}>
          <a href={kindHref(null)} aria-current={view.kind === null ? "page" : undefined}>
            {t.timeline.all} ({all.length})
          </a>
          {TIMELINE_KINDS.map((kind) => (
            <a key={kind} href={kindHref(kind)} aria-current={view.kind === kind ? "page" : undefined}>
              {t.timeline.kinds[kind]} ({momentsOfKind(all, kind).length})
            </a>
          ))}
        </nav>
        <p className="small muted">
          {t.timeline.shown(shown.length, formatMonthRange(locale, months.from, months.to))} ·{" "}
          <a href={`/timeline.csv${toSearch({ ...view, entry: null })}`} download>
            {t.timeline.csvLink}
          </a>
        </p>
        <Picture kind="timeline-axis" view={view} />
        <Picture kind="timeline-list" view={view} />
      </main>
      <SiteFooter t={t} compiled={formatDate(locale, data.meta.compiled)} />
    </ViewProvider>
  );
}
