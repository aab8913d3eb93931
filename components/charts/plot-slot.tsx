"use client";

import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import type { PlotKind, PlotSpec } from "@/lib/charts/plot-spec";
import type { ChartId } from "@/lib/url/view-state";
import { ChartExportMenu } from "../export/chart-export-menu";
import { ErrorBoundary } from "../view/error-boundary";
import { usePictureAddress, usePictureStrings } from "../view/picture-strings";
import { RetryNotice } from "../view/retry-notice";
import { loadPlotData } from "./plot-data";
import { loadPlot, type PlotComponent } from "./plot-registry";

interface Props {
  kind: PlotKind;
  /** The key of the plot's data (a picture of kind plot-<chart>, lib/pictures/): fetched on reach. */
  dataSrc: string;
  heightPx: number;
  /** The server-drawn picture, shown until recharts takes over. */
  children: ReactNode;
  /** The chart's download menu: its id and label (the rest comes with the plot's data). */
  exportMenu?: { chartId: ChartId; download: string };
}

/**
 * A box of fixed height holding the server-drawn picture of a chart. recharts and the plot's data
 * are fetched only when a reader reaches for the chart (pointer over it, touch, keyboard focus);
 * the plot then replaces the picture at the box's size, so nothing shifts, and keyboard focus
 * moves into it.
 */
export function PlotSlot({ kind, dataSrc, heightPx, children, exportMenu }: Props) {
  // The box's name before the interactive chart is in it, and what it says if that fails: the page's words (picture-strings.tsx).
  const { plotLabel: label, plotFailedText: failedText, retryText } = usePictureStrings(["plotLabel", "plotFailedText", "retryText"]);
  const dataAddress = usePictureAddress()(dataSrc);
  const ref = useRef<HTMLDivElement>(null);
  const isRequested = useRef(false);
  const [plot, setPlot] = useState<{ Plot: PlotComponent; spec: PlotSpec } | null>(null);
  const [widthPx, setWidthPx] = useState(0);
  const Plot = plot?.Plot ?? null;

  const handleReach = useCallback(() => {
    if (isRequested.current) return;
    isRequested.current = true;
    Promise.all([loadPlot(kind), loadPlotData(dataAddress)]).then(
      ([component, { spec }]) => setPlot({ Plot: component, spec }),
      () => {
        isRequested.current = false; // a failed chunk or data load: the picture stays, the next reach retries
      },
    );
  }, [kind, dataAddress]);

  useEffect(() => {
    const el = ref.current;
    if (!Plot || !el) return;
    setWidthPx(Math.floor(el.clientWidth));
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => setWidthPx(Math.floor(entry!.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [Plot]);

  const isLive = Plot !== null && widthPx > 0;
  useEffect(() => {
    const el = ref.current;
    if (!isLive || !el) return;
    // Keyboard focus on the box follows into recharts' focusable chart (drawn a moment after mount).
    const handOver = () => {
      const surface = el.querySelector<SVGElement>("svg.recharts-surface[tabindex]");
      if (!surface) return false;
      if (document.activeElement === el) surface.focus();
      return true;
    };
    if (handOver()) return;
    const observer = new MutationObserver(() => handOver() && observer.disconnect());
    observer.observe(el, { childList: true, subtree: true, attributes: true, attributeFilter: ["tabindex"] });
    return () => observer.disconnect();
  }, [isLive]);

  return (
    <>
      <div
        ref={ref}
        className="plot-slot"
        style={{ height: heightPx }}
        data-plot={kind}
        data-live={isLive ? "" : undefined}
        role={isLive ? undefined : "group"}
        aria-label={isLive ? undefined : label}
        tabIndex={isLive ? -1 : 0}
        onPointerEnter={handleReach}
        onFocus={handleReach}
        onTouchStart={handleReach}
      >
        {isLive ? (
          <ErrorBoundary
            fallback={(retry) => (
              <>
                {children}
                <RetryNotice className="plot-slot__failed" text={failedText} retryText={retryText} onRetry={retry} />
              </>
            )}
          >
            <Plot {...plot!.spec.props} width={widthPx} height={heightPx} />
          </ErrorBoundary>
        ) : (
          children
        )}
      </div>
      {exportMenu && <ChartExportMenu chartId={exportMenu.chartId} dataSrc={dataSrc} download={exportMenu.download} />}
    </>
  );
}
