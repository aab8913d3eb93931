"use client";

import { toSearch, type ChartId } from "@/lib/url/view-state";
import { useView } from "../view/view-context";

/**
 * A permanent link to one chart in the current view (its options and range), scrolled into view.
 * Inside an embed it points at the chart on the full page and opens there, not in the frame.
 */
export function ChartLink({ chart, label, isEmbedded = false }: { chart: ChartId; label: string; isEmbedded?: boolean }) {
  const { view, hrefOf } = useView();
  const path = isEmbedded ? `/${toSearch({ ...view, chart })}` : hrefOf({ ...view, chart }).split("#")[0];
  return (
    <a className="chart__link small" href={`${path}#chart-${chart}`} target={isEmbedded ? "_top" : undefined}>
      {label}
    </a>
  );
}
