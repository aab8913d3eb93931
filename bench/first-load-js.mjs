// Part "first-load-js": first-load JavaScript of `/` against `/floor`, measured in the same run.
import { gzipOf, nextRouteStats, scriptPathsInHtml, sumGzip } from "./script-files.mjs";
import { FLOOR_PATH, HOME_PATH } from "./settings.mjs";
import { fetchWithTimeout, round3 } from "./timing.mjs";

/** First-load JS (gzip -9) of one page: the scripts its HTML references, nomodule polyfills excluded. */
async function firstLoadOf(baseUrl, path) {
  const res = await fetchWithTimeout(`${baseUrl}${path}`);
  if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
  const { paths } = scriptPathsInHtml(await res.text(), new URL(baseUrl).origin);
  const files = await Promise.all([...paths].sort().map((p) => gzipOf(baseUrl, p)));
  return { path, gzipBytes: sumGzip(files), rawBytes: files.reduce((s, f) => s + f.rawBytes, 0), files };
}

/**
 * First-load JS of `/` against `/floor`, the cheapest page of the same app (same layout, fonts,
 * Next runtime): the ratio is what `/` adds on top of what any page of this app costs.
 */
export async function measureFirstLoadJs({ baseUrl }) {
  const home = await firstLoadOf(baseUrl, HOME_PATH);
  const floor = await firstLoadOf(baseUrl, FLOOR_PATH);
  const floorFiles = new Set(floor.files.map((f) => f.file));
  const homeOnly = home.files.filter((f) => !floorFiles.has(f.file));
  const brief = (page, route) => ({
    path: page.path,
    gzipBytes: page.gzipBytes,
    rawBytes: page.rawBytes,
    fileCount: page.files.length,
    nextFirstLoadUncompressedJsBytes: nextRouteStats(route)?.firstLoadUncompressedJsBytes ?? null, // Next's own figure, cross-check
  });
  return {
    home: brief(home, "/"),
    floor: brief(floor, "/floor"),
    ratio: round3(home.gzipBytes / floor.gzipBytes),
    sharedGzipBytes: sumGzip(home.files.filter((f) => floorFiles.has(f.file))),
    homeOnlyGzipBytes: sumGzip(homeOnly),
    homeOnlyFiles: homeOnly.map(({ file, gzipBytes }) => ({ file, gzipBytes })),
  };
}
