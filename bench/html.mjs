// Part "html": the weight of the pages' HTML (the first-paint target is on `/`'s raw bytes).
import { gzipSync } from "node:zlib";
import { DEEP_LINK_PATH, FLOOR_PATH, HOME_PATH } from "./settings.mjs";
import { fetchWithTimeout } from "./timing.mjs";

/** Bytes of a page's HTML: raw (decoded), gzip -9, and how much of it is inline <script> text. */
async function htmlOf(baseUrl, path) {
  const res = await fetchWithTimeout(`${baseUrl}${path}`);
  if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
  const bytes = Buffer.from(await res.arrayBuffer()); // fetch decodes any content-encoding
  const inline = [...bytes.toString("utf8").matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => Buffer.byteLength(m[1]));
  return {
    path,
    rawBytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
    serverContentEncoding: res.headers.get("content-encoding"), // what next start sent (fetch asked for gzip, br)
    inlineScriptCount: inline.length,
    inlineScriptBytes: inline.reduce((s, n) => s + n, 0),
  };
}

/** HTML of `/`, the deep link and `/floor` (the first-paint target is on `/`'s raw bytes). */
export async function measureHtml({ baseUrl }) {
  return { home: await htmlOf(baseUrl, HOME_PATH), deepLink: await htmlOf(baseUrl, DEEP_LINK_PATH), floor: await htmlOf(baseUrl, FLOOR_PATH) };
}
