"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import type { StatusExportData } from "@/lib/export/status-export-data";
import { loadPartJson } from "../view/part-json";
import { usePictureAddress, usePictureStrings } from "../view/picture-strings";
import { RetryNotice } from "../view/retry-notice";
import { useDataOnOpen } from "./use-data-on-open";

/** The export code (composition, fonts, canvas) is its own chunk, loaded when the menu opens. */
const StatusExportPanel = dynamic(() => import("./status-export-panel"), { ssr: false });

/**
 * "Download this picture" under the people page's status picture: a disclosure whose panel loads on
 * first open, with its words and the image's (the picture keyed `src`, of kind people-status-export).
 */
export function StatusExportMenu({ summary, src }: { summary: string; src: string }) {
  const [isOpen, setOpen] = useState(false);
  const { loadFailedText, retryText } = usePictureStrings(["loadFailedText", "retryText"]);
  const address = usePictureAddress()(src);
  const { data, hasFailed, load } = useDataOnOpen(() => loadPartJson<StatusExportData>(address));
  return (
    <details
      className="export export--people-status"
      onToggle={(e) => {
        const open = e.currentTarget.open;
        setOpen(open);
        if (open && !data) load();
      }}
    >
      <summary>{summary}</summary>
      {isOpen && data && <StatusExportPanel {...data} />}
      {hasFailed && <RetryNotice text={loadFailedText} retryText={retryText} onRetry={load} />}
    </details>
  );
}
