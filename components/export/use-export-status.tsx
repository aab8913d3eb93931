"use client";

import { useCallback, useState } from "react";
import { fillSlot, type ChartExportStrings } from "@/lib/export/export-strings";

export type ExportStatus = { kind: "idle" } | { kind: "busy"; text: string } | { kind: "done"; text: string } | { kind: "error"; text: string };

/**
 * Runs one export at a time and says what is happening: busy, saved file name, or why it failed,
 * in the templates the server resolved for the page's language ("Saved {0}").
 */
export function useExportStatus(strings: Pick<ChartExportStrings, "busy" | "done" | "failed">) {
  const [status, setStatus] = useState<ExportStatus>({ kind: "idle" });
  const run = useCallback(
    async (what: string, task: () => Promise<string>) => {
      setStatus({ kind: "busy", text: fillSlot(strings.busy, what) });
      try {
        const fileName = await task();
        setStatus({ kind: "done", text: fillSlot(strings.done, fileName) });
      } catch (error) {
        setStatus({ kind: "error", text: fillSlot(strings.failed, error instanceof Error ? error.message : String(error)) });
      }
    },
    [strings],
  );
  return { status, run, isBusy: status.kind === "busy" };
}

/** The status line under an export's buttons, announced politely to screen readers. */
export function ExportStatusLine({ status }: { status: ExportStatus }) {
  return (
    <p className={`export__status export__status--${status.kind}`} role="status" aria-live="polite">
      {status.kind === "idle" ? "" : status.text}
    </p>
  );
}
