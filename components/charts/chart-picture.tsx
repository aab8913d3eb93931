import type { ChartDefinition } from "@/lib/charts/chart-definition";
import { renderChartPicture } from "@/lib/charts/picture-svg";

/**
 * A chart drawn on the server (lib/charts/picture-svg.ts renders it as a string): the box with its
 * accessible name, the SVG inside. The plot slot replaces it with the recharts plot once a
 * reader reaches for the chart.
 */
export function ChartPicture({ def, descriptionId, hatchId }: { def: ChartDefinition; descriptionId: string; hatchId: string }) {
  const { thinBelowPx, svg } = renderChartPicture(def, hatchId);
  return (
    <div
      className="chart-picture"
      data-chart-picture=""
      data-thin={thinBelowPx ?? undefined}
      role="img"
      aria-labelledby={descriptionId}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
