"use client";

import { useCallback, useState } from "react";

export type ExportStatus = { kind: "idle" } | { kind: "busy"; text: string } | { kind: "done"; text: string } | { kind: "error"; text: string };

/** Runs one export at a time and says what is happening: busy, saved file name, or why it failed. */
export function useExportStatus(messages: { busy: (what: string) => string; done: (file: string) => string; failed: (why: string) => string }) {
  const [status, setStatus] = useState<ExportStatus>({ kind: "idle" });
  const run = useCallback(
    async (what: string, task: () => Promise<string>) => {
      setStatus({ kind: "busy", text: messages.busy(what) });
      try {
        const fileName = await task();
        setStatus({ kind: "done", text: messages.done(fileName) });
      } catch (error) {
        setStatus({ kind: "error", text: messages.failed(error instanceof Error ? error.message : String(error)) });
      }
    },
    [messages],
  );
  return { status, run, isBusy: status.kind === "busy" };
}
