import type { Metadata } from "next";
import { EmbedShell } from "@/components/embed/embed-shell";
import { MapSection } from "@/components/map/map-section";
import { ViewProvider } from "@/components/view/view-context";
import { getMessages } from "@/lib/i18n/messages";
import { loadDataset } from "@/lib/load/dataset";
import { getMapModel, getMapPictureScene, getViewIds } from "@/lib/load/derived";
import { parseViewState, toSearch } from "@/lib/url/view-state";

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const metadata: Metadata = { robots: { index: false, follow: true } };

/** The map alone, for an <iframe> on another site (the only pages other sites may frame). */
export default async function EmbedMapPage({ searchParams }: PageProps) {
  const data = loadDataset();
  const ids = getViewIds();
  const { view } = parseViewState(await searchParams, ids);
  const t = getMessages(view.lang);
  return (
    <ViewProvider ids={ids}>
      <EmbedShell fullHref={`/${toSearch(view)}`} t={t}>
        <MapSection model={getMapModel()} view={view} scene={getMapPictureScene(view)} path="/embed/map" dataDate={data.meta.compiled} locale={view.lang} t={t} isEmbed />
      </EmbedShell>
    </ViewProvider>
  );
}
