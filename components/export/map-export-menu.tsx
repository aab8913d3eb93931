"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import type { MapExportProps } from "./map-export-panel";

/** The export code (canvas composition, fonts, file names) is its own chunk, loaded when the menu opens. */
const MapExportPanel = dynamic(() => import("./map-export-panel"), { ssr: false });

/** "Download the map": a disclosure whose panel loads on first open. */
export function MapExportMenu({ summary, ...panel }: MapExportProps & { summary: string }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <details className="export export--map" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {isOpen && <MapExportPanel {...panel} />}
    </details>
  );
}
