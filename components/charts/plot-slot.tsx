"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ComponentType } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { ChartExportMenu, type ChartExportMeta } from "../export/chart-export-menu";
import type { AnnualPlotProps, FentanylPlotProps, FiscalPlotProps, HomicidePlotProps, TransfersPlotProps } from "./plots/plot-props";

/** Every plot is its own lazy chunk: recharts never delays the server-rendered first paint. */
const PLOTS = {
  homicides: dynamic(() => import("./plots/homicide-plot"), { ssr: false }),
  annual: dynamic(() => import("./plots/annual-plot"), { ssr: false }),
  fentanyl: dynamic(() => import("./plots/fentanyl-plot"), { ssr: false }),
  fiscal: dynamic(() => import("./plots/fiscal-plot"), { ssr: false }),
  transfers: dynamic(() => import("./plots/transfers-plot"), { ssr: false }),
} as const;

type SizeFree<T> = Omit<T, "width" | "height">;

export type PlotSpec =
  | { kind: "homicides"; props: SizeFree<HomicidePlotProps> }
  | { kind: "annual"; props: SizeFree<AnnualPlotProps> }
  | { kind: "fentanyl"; props: SizeFree<FentanylPlotProps> }
  | { kind: "fiscal"; props: SizeFree<FiscalPlotProps> }
  | { kind: "transfers"; props: SizeFree<TransfersPlotProps> };

/**
 * A box of fixed height, reserved in the server HTML so nothing shifts, that draws its plot once
 * it knows its width (and again when the width changes).
 */
export function PlotSlot({ spec, heightPx, loadingText, locale, exportMeta }: { spec: PlotSpec; heightPx: number; loadingText: string; locale: Locale; exportMeta?: ChartExportMeta }) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof ResizeObserver === "undefined") {
      setWidth(Math.floor(el.clientWidth));
      return;
    }
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry!.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // The union is checked where specs are built; one cast here keeps the map of plots flat.
  const Plot = PLOTS[spec.kind] as ComponentType<typeof spec.props & { width: number; height: number }>;
  return (
    <>
      <div ref={ref} className="plot-slot" style={{ height: heightPx }} data-plot={spec.kind}>
        {width > 0 ? <Plot {...spec.props} width={width} height={heightPx} /> : <p className="plot-slot__loading">{loadingText}</p>}
      </div>
      {exportMeta && <ChartExportMenu spec={spec} meta={exportMeta} locale={locale} />}
    </>
  );
}
