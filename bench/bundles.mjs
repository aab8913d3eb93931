// Part "bundles": JavaScript sizes of `/`, first load and lazy chunks, as the browser fetches them.
import { VIEWPORTS } from "../scripts/chromium.mjs";
import { mapSession, wakeCharts } from "./page-session.mjs";
import { dynamicImportFiles, gzipOf, nextRouteStats, scriptPathsInHtml, sumGzip } from "./script-files.mjs";
import { WORKER_PATH } from "./settings.mjs";
import { fetchWithTimeout } from "./timing.mjs";

/**
 * JS sizes of `/`: the first load (what the HTML references), the scripts fetched later (MapLibre's
 * chunk after the click on the picture, recharts after hovering the chart pictures), the worker.
 * Scripts fetched before any interaction (page loaded and idle) that the HTML does not name are
 * listed apart in checks.lateBeforeInteractionFiles: on the picture-first page that should be empty.
 */
export async function measureBundles({ browser, baseUrl }) {
  const origin = new URL(baseUrl).origin;
  const htmlRes = await fetchWithTimeout(`${baseUrl}/`);
  if (!htmlRes.ok) throw new Error(`GET /: HTTP ${htmlRes.status}`);
  const { paths: initial, noModule } = scriptPathsInHtml(await htmlRes.text(), origin);

  // Load /, start the map, wake the charts, and record every same-origin script (and worker) the browser asks for.
  const requested = new Set();
  let beforeInteraction = null;
  const session = await mapSession(browser, baseUrl, "/", VIEWPORTS.desktop, {
    onRequest: (req) => {
      const url = new URL(req.url());
      if (url.origin !== origin) return;
      if (["script", "worker"].includes(req.resourceType()) || /\.m?js$/.test(url.pathname)) requested.add(url.pathname);
    },
    atIdle: async () => {
      beforeInteraction = new Set(requested);
    },
    afterReady: wakeCharts,
  });
  const isLate = (p) => !initial.has(p) && !noModule.has(p) && p !== WORKER_PATH;
  // Scripts fetched after the HTML's own: the lazy map and chart code, plus whatever else loads late.
  const lateScripts = [...requested].filter(isLate).sort();
  const dynamicFiles = dynamicImportFiles("page");
  const isDynamic = (p) => (dynamicFiles ? dynamicFiles.has(p) : true);

  const firstLoadFiles = await Promise.all([...initial].sort().map((p) => gzipOf(baseUrl, p)));
  const mapChunkFiles = await Promise.all(lateScripts.filter(isDynamic).map((p) => gzipOf(baseUrl, p)));
  const otherLateFiles = await Promise.all(lateScripts.filter((p) => !isDynamic(p)).map((p) => gzipOf(baseUrl, p)));
  const noModuleFiles = await Promise.all([...noModule].sort().map((p) => gzipOf(baseUrl, p)));
  const lateBeforeInteraction = beforeInteraction ? [...beforeInteraction].filter((p) => isLate(p) || p === WORKER_PATH).sort() : null;
  const lateBeforeInteractionFiles = lateBeforeInteraction ? await Promise.all(lateBeforeInteraction.map((p) => gzipOf(baseUrl, p))) : null;
  const worker = await gzipOf(baseUrl, WORKER_PATH);
  const sumRaw = (files) => files.reduce((s, f) => s + f.rawBytes, 0);
  return {
    firstLoadJsGzipBytes: sumGzip(firstLoadFiles),
    firstLoadJsRawBytes: sumRaw(firstLoadFiles),
    firstLoadFiles,
    mapChunkGzipBytes: sumGzip(mapChunkFiles),
    mapChunkRawBytes: sumRaw(mapChunkFiles),
    mapChunkFiles,
    workerGzipBytes: worker.gzipBytes,
    workerRawBytes: worker.rawBytes,
    workerFile: worker.file,
    checks: {
      // How the page was driven: "picture" (loaded, idle, click on the picture, charts hovered) or "liveMap" (old page: no click).
      session: session.kind,
      charts: session.after,
      // Scripts (and the worker) fetched after the HTML's own but before any interaction; null on a page without a picture.
      lateBeforeInteractionGzipBytes: lateBeforeInteractionFiles ? sumGzip(lateBeforeInteractionFiles) : null,
      lateBeforeInteractionFiles,
      // How the lazy chunks were told apart: "react-loadable-manifest" or "all late scripts" (manifest missing).
      mapChunkSource: dynamicFiles ? "react-loadable-manifest" : "all late scripts",
      dynamicImportFiles: dynamicFiles ? [...dynamicFiles].sort() : null,
      dynamicImportFilesNotRequested: dynamicFiles ? [...dynamicFiles].filter((p) => !requested.has(p)).sort() : null,
      otherLateGzipBytes: sumGzip(otherLateFiles),
      otherLateFiles,
      noModuleGzipBytes: sumGzip(noModuleFiles),
      noModuleFiles,
      firstLoadFilesNotRequested: [...initial].filter((p) => !requested.has(p)).sort(),
      workerRequestedByBrowser: requested.has(WORKER_PATH),
      nextRouteBundleStats: nextRouteStats("/"),
    },
  };
}
