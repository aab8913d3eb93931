"use client";

import { useState } from "react";
import { checkCanvasSize } from "@/lib/export/canvas-limits";
import { exportFileName, viewSlug } from "@/lib/export/filename";
import { EXPORT_SIZES, EXPORT_THEMES, type ExportBackground, type ExportSize } from "@/lib/export/presets";
import type { MapExportData } from "@/lib/export/map-export-data";
import { toSearch } from "@/lib/url/view-state";
import { liveMapStore } from "../map/live-map-store";
import { useView } from "../view/view-context";
import { downloadBlob } from "./browser-files";
import { ExportOptions } from "./export-options";
import { composeMapPng } from "./map-png";
import { ExportStatusLine, useExportStatus } from "./use-export-status";

/** The map's download options and button, loaded when the menu opens (components/export/map-export-menu.tsx). */
export default function MapExportPanel({ meta, dataDate, strings }: MapExportData) {
  const { view } = useView();
  const [size, setSize] = useState<ExportSize>("screen");
  const [background, setBackground] = useState<ExportBackground>("light");
  const { status, run, isBusy } = useExportStatus(strings);

  const exportPng = () =>
    run("PNG", async () => {
      // The picture is the server's; the PNG is taken from the live map, started here if need be.
      const map = await liveMapStore.whenReady().catch(() => null);
      if (!map || !map.loaded()) throw new Error(strings.mapNotReady);
      const preset = EXPORT_SIZES[size];
      const dpr = window.devicePixelRatio || 1;
      const check = checkCanvasSize(preset?.width ?? map.getContainer().clientWidth, preset?.height ?? map.getContainer().clientHeight + 120, dpr);
      if (!check.ok) throw new Error(check.reason);
      const { blob } = await composeMapPng(map, preset, EXPORT_THEMES[background], {
        ...meta,
        footer: [...meta.footer, `${window.location.origin}/${toSearch(view)}`],
      });
      const name = exportFileName({
        chart: "map",
        view: viewSlug([view.event === "all" ? "all" : view.event, ...(view.place ? [view.place] : [])]),
        date: dataDate,
        ext: "png",
      });
      downloadBlob(blob, name);
      return name;
    });

  return (
    <div className="export__panel">
      <ExportOptions idPrefix="export-map" size={size} background={background} onSize={setSize} onBackground={setBackground} t={{ export: strings }} />
      <div className="export__buttons">
        <button type="button" className="button" disabled={isBusy} onClick={exportPng} data-export="map-png">
          PNG
        </button>
      </div>
      <ExportStatusLine status={status} />
    </div>
  );
}
