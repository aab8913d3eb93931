// Part "html": the weight of the pages' HTML (the first-paint target is on `/`'s raw bytes).
import { gzipSync } from "node:zlib";
import { DEEP_LINK_PATH, FLOOR_PATH, HOME_PATH } from "./settings.mjs";
import { fetchWithTimeout } from "./timing.mjs";

/**
 * Bytes of a page's HTML: raw (decoded), gzip -9, how much of it is inline <script> text, and how
 * much of that is the inline payload React hydrates from (Next's `self.__next_f.push(…)` scripts).
 */
async function htmlOf(baseUrl, path) {
  const res = await fetchWithTimeout(`${baseUrl}${path}`);
  if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
  const bytes = Buffer.from(await res.arrayBuffer()); // fetch decodes any content-encoding
  const scripts = [...bytes.toString("utf8").matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
  const inline = scripts.map((text) => Buffer.byteLength(text));
  return {
    path,
    rawBytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
    serverContentEncoding: res.headers.get("content-encoding"), // what next start sent (fetch asked for gzip, br)
    inlineScriptCount: inline.length,
    inlineScriptBytes: inline.reduce((s, n) => s + n, 0),
    inlinePayloadBytes: scripts.filter((text) => text.includes("self.__next_f")).reduce((s, text) => s + Buffer.byteLength(text), 0),
  };
}

/** HTML of `/`, the deep link and `/floor` (the first-paint target is on `/`'s raw bytes). */
export async function measureHtml({ baseUrl }) {
  return { home: await htmlOf(baseUrl, HOME_PATH), deepLink: await htmlOf(baseUrl, DEEP_LINK_PATH), floor: await htmlOf(baseUrl, FLOOR_PATH) };
}
