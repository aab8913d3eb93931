"use client";

import { use, useState } from "react";
import { pictureElement } from "@/lib/pictures/picture-source";
import { ErrorBoundary } from "./error-boundary";
import { usePictureAddress, usePictureStrings, type PictureStrings } from "./picture-strings";
import { RetryNotice } from "./retry-notice";

/**
 * A server-drawn picture sent once: in the page's HTML, not again in the inline payload React
 * hydrates from, and not hydrated element by element (measured on Next 16.4.6: a 1,500-path SVG
 * made the page 230 KB instead of 90 KB).
 *
 * - Server rendering: the markup comes from the generator (lib/pictures/markup.ts), called in a
 *   branch that exists only on the server, so neither the markup nor the generator travels to
 *   the browser; only `src` does.
 * - Hydration: the component takes back the markup already in the DOM. React skips the children
 *   of an element with dangerouslySetInnerHTML when it hydrates, and being handed exactly what
 *   is there keeps the picture even if a hydration error elsewhere makes React render it anew.
 * - A client-side view change: a new `src` (the part's key, lib/pictures/picture-source.ts)
 *   remounts it; the markup is fetched from the picture route at the page's base and that key
 *   (versioned by build, cached), and the navigation's transition waits for it,
 *   so the old picture stays until the new one is in. Back and forward reuse what this tab
 *   already has.
 *
 * Its words when a fetch fails come from the page (picture-strings.tsx), or from its props.
 * No React handler lives inside the markup (the map's marker links are soft-navigated by a
 * delegated listener, components/map/picture-links.tsx). The wrapper is a `display: contents`
 * <div>, so the picture's own outer element lays out as if it stood there alone; or an element
 * the part's markup fills, which its kind decides (lib/pictures/picture-source.ts pictureElement:
 * a figure's <figcaption>, the <style> of the inks in <head>).
 */
export function StaticMarkup({ src, ...words }: { src: string } & Partial<PictureStrings>) {
  const { failedText, retryText } = usePictureStrings(["failedText", "retryText"], words);
  return (
    <ErrorBoundary key={src} fallback={(retry) => <RetryNotice className="static-markup__failed" text={failedText} retryText={retryText} onRetry={retry} />}>
      <Markup src={src} as={pictureElement(src)} />
    </ErrorBoundary>
  );
}

function Markup({ src, as: Element }: { src: string; as: "div" | "figcaption" | "style" }) {
  const addressOf = usePictureAddress();
  const [adopted] = useState(() => (typeof window === "undefined" ? null : adopt(src)));
  const html =
    typeof window === "undefined"
      ? // Server rendering only: the client build replaces `typeof window` and drops this branch with its require.
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- a static import would put the generator in client JavaScript
        (require("@/lib/pictures/markup") as typeof import("@/lib/pictures/markup")).renderPictureKey(src)
      : (adopted ?? known.get(src) ?? use(load(src, addressOf)));
  // A <div> wrapper takes no box (static-markup.css); another element (a <figcaption>, which must be the figure's child) is the part's own.
  const className = Element === "div" ? "static-markup" : undefined;
  return <Element className={className} data-static-src={src} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * Markup this tab has (adopted or fetched), by src, newest last: the page's own parts (about 30 on
 * `/`) and those of the views visited since (the map's parts, a few per view), a couple of MB at most.
 */
const known = new Map<string, string>();
const KNOWN_MAX = 128;
/** Fetches in flight, so that a render that suspends and renders again waits on the same one. */
const pending = new Map<string, Promise<string>>();

function remember(src: string, html: string): string {
  known.delete(src);
  known.set(src, html);
  if (known.size > KNOWN_MAX) known.delete(known.keys().next().value!);
  return html;
}

/** The server's markup for `src` if the DOM holds it (hydration, or a render after a hydration error). */
function adopt(src: string): string | null {
  for (const el of document.querySelectorAll<HTMLElement>("[data-static-src]")) if (el.dataset.staticSrc === src) return remember(src, el.innerHTML);
  return null;
}

function load(src: string, addressOf: (key: string) => string): Promise<string> {
  let loading = pending.get(src);
  if (!loading) {
    loading = fetch(addressOf(src))
      .then((response) => {
        if (!response.ok) throw new Error(`picture ${src}: HTTP ${response.status}`);
        return response.text();
      })
      .then((html) => remember(src, html))
      .finally(() => pending.delete(src));
    pending.set(src, loading);
  }
  return loading;
}
