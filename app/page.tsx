import type { Metadata } from "next";
import { ChartsSection } from "@/components/charts/charts-section";
import { MapSection } from "@/components/map/map-section";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { Picture } from "@/components/view/picture";
import { pictureKey } from "@/lib/pictures/picture-source";
import { UrlNotice } from "@/components/view/url-notice";
import { ViewProvider } from "@/components/view/view-context";
import { formatDate } from "@/lib/format/format";
import { loadDataset } from "@/lib/load/dataset";
import { getMapModel, getMapPictureScene, getViewIds } from "@/lib/load/derived";
import { loadPageView, type SearchParams } from "@/lib/load/page-view";
import { buildPageMetadata } from "@/lib/og/metadata";
import { parseViewState } from "@/lib/url/view-state";

interface PageProps {
  searchParams: SearchParams;
}

/** Title, description and preview image of exactly this view (the image is drawn by /og). */
export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const { view } = parseViewState(await searchParams, getViewIds());
  return buildPageMetadata(loadDataset(), view, view.lang);
}

/**
 * Rendered per request: the URL's view (?event=..&place=..&map=..) is the first paint. No
 * Suspense boundary on purpose: the whole page is one shell, so nothing streams in late and moves
 * what the reader is looking at (React would otherwise outline the large chart section).
 */
export default async function OverviewPage({ searchParams }: PageProps) {
  const { view, ids, t, data } = await loadPageView(searchParams);
  const locale = view.lang;
  return (
    <ViewProvider ids={ids}>
      <SiteHeader t={t} current="overview" lang={locale} />
      <main id="main" className="page">
        <UrlNotice src={pictureKey("notice-words", view)} />
        <Picture kind="hero" view={view} />
        <MapSection model={getMapModel()} view={view} scene={getMapPictureScene(view)} kind="map" locale={locale} t={t} />
        <Picture kind="latest-transfer" view={view} />
        <Picture kind="transfers-table" view={view} />
        <Picture kind="claim-checks" view={view} />
        <ChartsSection data={data} view={view} t={t} />
      </main>
      <SiteFooter t={t} compiled={formatDate(locale, data.meta.compiled)} />
    </ViewProvider>
  );
}
