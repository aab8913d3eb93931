"use client";

import { useRef, useState } from "react";
import { checkCanvasSize } from "@/lib/export/canvas-limits";
import { viewPartsOf } from "@/lib/charts/chart-catalog";
import { chartExportCsv, chartExportSvg } from "@/lib/export/chart-export-file";
import { buildChartExportLayout } from "@/lib/export/compose-svg";
import { exportFileName, viewSlug } from "@/lib/export/filename";
import { EXPORT_SIZES, EXPORT_THEMES, PNG_SCALES, type ExportBackground, type ExportSize } from "@/lib/export/presets";
import { loadPlotData, type LoadedPlotData } from "../charts/plot-data";
import { usePictureAddress, usePictureStrings } from "../view/picture-strings";
import { RetryNotice } from "../view/retry-notice";
import { useDataOnOpen } from "./use-data-on-open";
import type { ChartId } from "@/lib/url/view-state";
import { useView } from "../view/view-context";
import { downloadBlob, loadExportFontCss, svgToPng } from "./browser-files";
import { ExportOptions } from "./export-options";
import { renderPlotSvg } from "./render-plot";
import { ExportStatusLine, useExportStatus } from "./use-export-status";

/** The on-screen export size: the plot's width, with room for title, legend and footer. */
function screenSize(host: HTMLElement | null): { width: number; height: number } {
  const width = Math.max(480, Math.round(host?.closest("figure")?.querySelector(".plot-slot")?.clientWidth ?? 640));
  return { width, height: Math.round(width * 0.66) };
}

/**
 * Download menu of one chart: PNG 1x/2x/4x, SVG and CSV, drawn in the browser. Only its label is
 * in the page; the panel is built when first opened, from the plot's data, the image's words
 * (title, legend, source line) and the menu's own words, fetched then from `dataSrc`.
 */
export function ChartExportMenu({ chartId, dataSrc, download }: { chartId: ChartId; dataSrc: string; download: string }) {
  const { loadFailedText, retryText } = usePictureStrings(["loadFailedText", "retryText"]);
  const dataAddress = usePictureAddress()(dataSrc);
  const { data, hasFailed, load } = useDataOnOpen(() => loadPlotData(dataAddress));
  // Read the element now: React clears currentTarget once the handler returns.
  const handleToggle = (e: React.SyntheticEvent<HTMLDetailsElement>) => {
    if (e.currentTarget.open && !data) load();
  };
  return (
    <details className="export" onToggle={handleToggle}>
      <summary>{download}</summary>
      {data && <ChartExportPanel chartId={chartId} data={data} />}
      {hasFailed && <RetryNotice text={loadFailedText} retryText={retryText} onRetry={load} />}
    </details>
  );
}

/** The options and buttons of an opened menu, with everything they draw from. */
function ChartExportPanel({ chartId, data }: { chartId: ChartId; data: LoadedPlotData }) {
  const { spec, meta, exportStrings: strings } = data;
  const { view, hrefOf } = useView();
  const [size, setSize] = useState<ExportSize>("social");
  const [background, setBackground] = useState<ExportBackground>("light");
  const ref = useRef<HTMLDivElement>(null);
  const { status, run, isBusy } = useExportStatus(strings);

  const link = () => `${window.location.origin}${hrefOf({ ...view, chart: chartId }).split("#")[0]}#chart-${chartId}`;
  const slugParts = viewPartsOf(chartId, view);
  /** e.g. fiscal_swb_2026-11-30.png, fiscal_swb_2x_2026-11-30.png (the scale is part of the view). */
  const fileName = (ext: string, scale = 1) =>
    exportFileName({ chart: chartId, view: viewSlug(scale === 1 ? slugParts : [...slugParts, `${scale}x`]), date: meta.dataDate, ext });

  async function composeSvg(): Promise<{ svg: string; width: number; height: number }> {
    const { width, height } = EXPORT_SIZES[size] ?? screenSize(ref.current);
    const theme = EXPORT_THEMES[background];
    const imageMeta = {
      title: meta.title,
      subtitle: meta.subtitle,
      legend: meta.legend,
      sourceLine: meta.sourceLine,
      asOf: meta.asOf,
      link: link(),
      asOfLabel: strings.dataAsOfLabel,
    };
    const { plot } = buildChartExportLayout({ width, height, meta: imageMeta });
    const [plotSvg, fontCss] = await Promise.all([renderPlotSvg(spec, plot.width, plot.height), loadExportFontCss()]);
    const svg = chartExportSvg({ plotSvg, width, height, meta: imageMeta, theme, fontCss });
    return { svg, width, height };
  }

  const exportPng = (scale: number) =>
    run(`PNG ${scale}×`, async () => {
      const { width, height } = EXPORT_SIZES[size] ?? screenSize(ref.current);
      const check = checkCanvasSize(width, height, scale);
      if (!check.ok) throw new Error(check.reason);
      await document.fonts.ready;
      const { svg } = await composeSvg();
      const name = fileName("png", scale);
      downloadBlob(await svgToPng(svg, width, height, scale), name);
      return name;
    });

  const exportSvg = () =>
    run("SVG", async () => {
      const { svg } = await composeSvg();
      const name = fileName("svg");
      downloadBlob(new Blob([svg], { type: "image/svg+xml" }), name);
      return name;
    });

  const exportCsv = () =>
    run("CSV", async () => {
      const csv = chartExportCsv(spec, { ...meta, link: link() }, strings);
      const name = fileName("csv");
      downloadBlob(new Blob([csv], { type: "text/csv;charset=utf-8" }), name);
      return name;
    });

  return (
    <div className="export__panel" ref={ref}>
      <ExportOptions idPrefix={`export-${chartId}`} size={size} background={background} onSize={setSize} onBackground={setBackground} t={{ export: strings }} />
      <div className="export__buttons">
        {PNG_SCALES.map((scale) => (
          <button key={scale} type="button" className="button" disabled={isBusy} onClick={() => exportPng(scale)} data-export={`png-${scale}`}>
            PNG {scale}×
          </button>
        ))}
        <button type="button" className="button" disabled={isBusy} onClick={exportSvg} data-export="svg">
          SVG
        </button>
        <button type="button" className="button" disabled={isBusy} onClick={exportCsv} data-export="csv">
          CSV
        </button>
      </div>
      <ExportStatusLine status={status} />
    </div>
  );
}
