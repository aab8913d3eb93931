"use client";

import type { ChartId } from "@/lib/url/view-state";
import { useView } from "../view/view-context";

/** A permanent link to one chart in the current view (its options and range), scrolled into view. */
export function ChartLink({ chart, label }: { chart: ChartId; label: string }) {
  const { view, hrefOf } = useView();
  const href = `${hrefOf({ ...view, chart }).split("#")[0]}#chart-${chart}`;
  return (
    <a className="chart__link small" href={href}>
      {label}
    </a>
  );
}
