"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { Messages } from "@/lib/i18n/messages";

/** The share menu's words (the chart link's and the embed's own are elsewhere). */
export type ShareStrings = Omit<Messages["share"], "chartLink" | "embedBack">;
import { toSearch } from "@/lib/url/view-state";
import { useOptionalView } from "../view/view-context";

type CopyState = "idle" | "copied" | "manual";

/** navigator.share never appears or disappears while the page is open. */
const subscribeNever = () => () => {};

/**
 * Copy the current address (Clipboard API, with a visible confirmation) and, where the browser
 * has it, the system share sheet. If the clipboard is refused, the link is shown selected.
 */
export function ShareButtons({ strings, title, embedPath }: { strings: ShareStrings; title: string; embedPath?: string }) {
  const t = { share: strings };
  const [state, setState] = useState<CopyState>("idle");
  // Known only in the browser: false on the server, then the real answer after hydration.
  const canShare = useSyncExternalStore(
    subscribeNever,
    () => typeof navigator.share === "function",
    () => false,
  );
  const [url, setUrl] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state === "manual") inputRef.current?.select();
  }, [state]);

  const viewApi = useOptionalView();
  // The canonical address of the view (what the page shows), not whatever the address bar holds.
  const viewUrl = () => (viewApi ? `${window.location.origin}${viewApi.hrefOf(viewApi.view)}` : window.location.href);

  async function copy() {
    const href = viewUrl();
    setUrl(href);
    try {
      await navigator.clipboard.writeText(href);
      setState("copied");
    } catch {
      setState("manual");
    }
  }

  async function share() {
    try {
      await navigator.share({ title, url: viewUrl() });
    } catch {
      /* the user closed the share sheet */
    }
  }

  return (
    <div className="share">
      <button type="button" className="button" onClick={copy}>
        {t.share.copy}
      </button>
      {canShare && (
        <button type="button" className="button" onClick={share}>
          {t.share.share}
        </button>
      )}
      <span className="share__status" role="status" aria-live="polite">
        {state === "copied" ? t.share.copied : ""}
      </span>
      {embedPath && (
        <EmbedSnippet path={embedPath} search={viewApi ? toSearch(viewApi.view) : ""} title={title} label={t.share.embed} hint={t.share.embedHint} />
      )}
      {state === "manual" && (
        <label className="share__manual">
          {t.share.manual}
          <input ref={inputRef} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}

/** A copyable <iframe> for newsrooms, pointing at the embed route with the current view. */
function EmbedSnippet({ path, search, title, label, hint }: { path: string; search: string; title: string; label: string; hint: string }) {
  const [snippet, setSnippet] = useState("");
  return (
    <details
      className="share__embed"
      onToggle={() =>
        setSnippet(
          `<iframe src="${window.location.origin}${path}${search}" title="${title.replaceAll('"', "&quot;")}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`,
        )
      }
    >
      <summary>{label}</summary>
      <label className="share__manual">
        {hint}
        <textarea readOnly rows={3} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      </label>
    </details>
  );
}
