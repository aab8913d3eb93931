import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartsSection } from "@/components/charts/charts-section";
import { EmbedShell } from "@/components/embed/embed-shell";
import { ViewProvider } from "@/components/view/view-context";
import { loadPageView, type SearchParams } from "@/lib/load/page-view";
import { CHART_IDS, toSearch, type ChartId } from "@/lib/url/view-state";

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}

export const metadata: Metadata = { robots: { index: false, follow: true } };

const isChartId = (id: string): id is ChartId => (CHART_IDS as readonly string[]).includes(id);

/** One chart alone, for an <iframe> on another site; /embed/chart/fentanyl?v=2&scope=nationwide. */
export default async function EmbedChartPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  if (!isChartId(id)) notFound();
  const { view, ids, t, data } = await loadPageView(searchParams);
  return (
    <ViewProvider ids={ids}>
      <EmbedShell fullHref={`/${toSearch({ ...view, chart: id })}#chart-${id}`} t={t}>
        <ChartsSection data={data} view={{ ...view, chart: id }} only={id} t={t} />
      </EmbedShell>
    </ViewProvider>
  );
}
