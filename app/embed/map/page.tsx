import type { Metadata } from "next";
import { EmbedShell } from "@/components/embed/embed-shell";
import { MapSection } from "@/components/map/map-section";
import { ViewProvider } from "@/components/view/view-context";
import { getMapModel, getMapPictureScene } from "@/lib/load/derived";
import { loadPageView, type SearchParams } from "@/lib/load/page-view";
import { toSearch } from "@/lib/url/view-state";

export const metadata: Metadata = { robots: { index: false, follow: true } };

/** The map alone, for an <iframe> on another site (the only pages other sites may frame). */
export default async function EmbedMapPage({ searchParams }: { searchParams: SearchParams }) {
  const { view, ids, t } = await loadPageView(searchParams);
  return (
    <ViewProvider ids={ids}>
      <EmbedShell fullHref={`/${toSearch(view)}`} t={t}>
        <MapSection model={getMapModel()} view={view} scene={getMapPictureScene(view)} kind="embed-map" locale={view.lang} t={t} />
      </EmbedShell>
    </ViewProvider>
  );
}
