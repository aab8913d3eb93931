// The JavaScript files of a page, and their sizes: what the HTML references, what the build's
// manifests list. Shared by the parts "bundles" and "first-load-js".
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "./settings.mjs";
import { fetchWithTimeout } from "./timing.mjs";

/**
 * Same-origin JS paths the HTML references: <script src>, <link as="script"|rel="modulepreload">, and
 * chunk paths named in the inline RSC payload. `<script nomodule>` files (Next's legacy polyfills)
 * are returned apart: modern browsers never download them.
 */
export function scriptPathsInHtml(html, origin) {
  const paths = new Set();
  const noModule = new Set();
  const toPath = (ref) => {
    const url = new URL(ref.replaceAll("&amp;", "&"), origin);
    return url.origin === origin ? url.pathname : null;
  };
  for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
    const tag = m[0];
    const src = /\bsrc="([^"]+)"/i.exec(tag)?.[1];
    const path = src && toPath(src);
    if (path) (/\bnomodule\b/i.test(tag) ? noModule : paths).add(path);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const href = /\bhref="([^"]+)"/i.exec(tag)?.[1];
    const path = href && (/\bas="script"/i.test(tag) || /\brel="modulepreload"/i.test(tag)) && toPath(href);
    if (path) paths.add(path);
  }
  // Chunks named only in the inline RSC payload (e.g. "static/chunks/x.js") are part of the first load too.
  for (const m of html.matchAll(/(?:\/_next\/)?static\/chunks\/[\w\-./]+?\.m?js/g)) {
    const path = toPath(m[0].startsWith("/") ? m[0] : `/_next/${m[0]}`);
    if (path && !noModule.has(path)) paths.add(path);
  }
  return { paths, noModule };
}

/** Fetches a file from the server and reports its raw and gzip (level 9) sizes. */
export async function gzipOf(baseUrl, path) {
  const res = await fetchWithTimeout(`${baseUrl}${path}`);
  if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
  const bytes = Buffer.from(await res.arrayBuffer()); // fetch decodes any content-encoding: these are the file's bytes
  return { file: path, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length, containsMapLibre: bytes.includes("maplibre") };
}

export const sumGzip = (files) => files.reduce((s, f) => s + f.gzipBytes, 0);

/** Next's own first-load list for "/", as a cross-check (Next 16 no longer prints it). */
export function nextRouteStats(route) {
  try {
    const stats = JSON.parse(readFileSync(join(ROOT, ".next", "diagnostics", "route-bundle-stats.json"), "utf8"));
    const entry = stats.find((s) => s.route === route);
    return entry
      ? { firstLoadUncompressedJsBytes: entry.firstLoadUncompressedJsBytes, files: entry.firstLoadChunkPaths.map((p) => p.replace(/^\.next\//, "/_next/")) }
      : null;
  } catch {
    return null;
  }
}

/**
 * The JS files of the page's next/dynamic imports (the map: components/map/transfer-map.tsx), from
 * the build's react-loadable-manifest. Used to tell the map chunk apart from other scripts fetched
 * after the HTML (e.g. a <Link> prefetching another route's code). Null when the file is missing.
 */
export function dynamicImportFiles(appPage) {
  try {
    const manifest = JSON.parse(readFileSync(join(ROOT, ".next", "server", "app", appPage, "react-loadable-manifest.json"), "utf8"));
    const files = Object.values(manifest).flatMap((entry) => entry.files ?? []);
    return new Set(files.filter((f) => /\.m?js$/.test(f)).map((f) => `/_next/${f}`));
  } catch {
    return null;
  }
}
