"use client";

import { useState } from "react";
import { checkCanvasSize } from "@/lib/export/canvas-limits";
import { chartExportSvg } from "@/lib/export/chart-export-file";
import { buildChartExportLayout } from "@/lib/export/compose-svg";
import { exportFileName, viewSlug } from "@/lib/export/filename";
import { EXPORT_SIZES, EXPORT_THEMES, PNG_SCALES, type ExportBackground, type ExportSize } from "@/lib/export/presets";
import type { StatusExportData } from "@/lib/export/status-export-data";
import { statusPlotSvg } from "@/lib/export/status-plot-svg";
import { DEFAULT_VIEW, toSearch } from "@/lib/url/view-state";
import { useView } from "../view/view-context";
import { downloadBlob, loadExportFontCss, svgToPng } from "./browser-files";
import { ExportOptions } from "./export-options";
import { ExportStatusLine, useExportStatus } from "./use-export-status";

/** The size of the "screen" preset: the picture is a fixed layout, so the social card's shape at the page's width. */
const SCREEN = { width: 960, height: 600 } as const;

/**
 * The status picture's download options and buttons (PNG 1x/2x/4x, SVG), loaded when its menu opens
 * (components/export/status-export-menu.tsx). The image carries its title, the transfers' legend,
 * the source line, the review date and the link of the people page, burned in.
 */
export default function StatusExportPanel({ meta, bars, colors, reviewedOn, strings }: StatusExportData) {
  const { view } = useView();
  const [size, setSize] = useState<ExportSize>("social");
  const [background, setBackground] = useState<ExportBackground>("light");
  const { status, run, isBusy } = useExportStatus(strings);
  const fileName = (ext: string, scale = 1) =>
    exportFileName({ chart: "people-status", view: viewSlug(scale === 1 ? [view.lang] : [view.lang, `${scale}x`]), date: reviewedOn, ext });

  async function composeSvg(): Promise<{ svg: string; width: number; height: number }> {
    const { width, height } = EXPORT_SIZES[size] ?? SCREEN;
    const imageMeta = { ...meta, link: `${window.location.origin}/people${toSearch({ ...DEFAULT_VIEW, lang: view.lang })}` };
    const { plot, tickFontSizePx } = buildChartExportLayout({ width, height, meta: imageMeta });
    const number = new Intl.NumberFormat(view.lang === "es" ? "es-MX" : "en-US");
    const plotSvg = statusPlotSvg({
      width: plot.width,
      height: plot.height,
      bars,
      colors,
      fontSizePx: tickFontSizePx * 1.15,
      formatCount: (n) => number.format(n),
    });
    const svg = chartExportSvg({ plotSvg, width, height, meta: imageMeta, theme: EXPORT_THEMES[background], fontCss: await loadExportFontCss() });
    return { svg, width, height };
  }

  const exportPng = (scale: number) =>
    run(`PNG ${scale}×`, async () => {
      const { width, height } = EXPORT_SIZES[size] ?? SCREEN;
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

  return (
    <div className="export__panel">
      <ExportOptions
        idPrefix="export-people-status"
        size={size}
        background={background}
        onSize={setSize}
        onBackground={setBackground}
        t={{ export: strings }}
      />
      <div className="export__buttons">
        {PNG_SCALES.map((scale) => (
          <button key={scale} type="button" className="button" disabled={isBusy} onClick={() => exportPng(scale)} data-export={`png-${scale}`}>
            PNG {scale}×
          </button>
        ))}
        <button type="button" className="button" disabled={isBusy} onClick={exportSvg} data-export="svg">
          SVG
        </button>
      </div>
      <ExportStatusLine status={status} />
    </div>
  );
}
