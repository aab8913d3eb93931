"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import type { MapExportData } from "@/lib/export/map-export-data";
import { loadPartJson } from "../view/part-json";
import { usePictureAddress, usePictureStrings } from "../view/picture-strings";
import { RetryNotice } from "../view/retry-notice";
import { useDataOnOpen } from "./use-data-on-open";

/** The export code (canvas composition, fonts, file names) is its own chunk, loaded when the menu opens. */
const MapExportPanel = dynamic(() => import("./map-export-panel"), { ssr: false });

/**
 * "Download the map": a disclosure whose panel loads on first open, with its words and the image's
 * (fetched then from the picture keyed `src`, of kind map-export): only the label is in the page.
 */
export function MapExportMenu({ summary, src }: { summary: string; src: string }) {
  const [isOpen, setOpen] = useState(false);
  const { loadFailedText, retryText } = usePictureStrings(["loadFailedText", "retryText"]);
  const address = usePictureAddress()(src);
  const { data, hasFailed, load } = useDataOnOpen(() => loadPartJson<MapExportData>(address));
  return (
    <details
      className="export export--map"
      onToggle={(e) => {
        const open = e.currentTarget.open;
        setOpen(open);
        if (open && !data) load();
      }}
    >
      <summary>{summary}</summary>
      {isOpen && data && <MapExportPanel {...data} />}
      {hasFailed && <RetryNotice text={loadFailedText} retryText={retryText} onRetry={load} />}
    </details>
  );
}
