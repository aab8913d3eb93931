// node bench/contract-check.mjs: drives the bench's page session (mapSession, wakeCharts from page-session.mjs)
// against a small mock of the picture-first page's DOM contract (bench/README.md, "The page's DOM
// contract"), served from memory. It checks the bench's side of the contract without building the app:
// the picture's first frame is seen, the click avoids the marker link (or falls back to the start
// button when the whole picture is a link), click -> ready is timed, and hovering chart pictures draws
// them. The mock map becomes ready 700 ms after it is started, so clickToReadyMs should be about 700.
import { createServer } from "node:http";
import { launchChromium, VIEWPORTS } from "../scripts/chromium.mjs";
import { mapSession, wakeCharts } from "./page-session.mjs";

const MOCK_READY_MS = 700;

/** The mock page; `isAllLink`: the whole picture is a marker link, so only the start button can start the map. */
const mockPage = (isAllLink) => `<!doctype html><html lang="en"><body style="margin:0">
<h1>Atlas</h1><div style="height:300px">intro</div>
<div class="map-frame" style="width:800px;height:500px;position:relative">
  <svg data-map-picture width="800" height="500" viewBox="0 0 800 500"><rect width="800" height="500" fill="#eef"/>
  ${isAllLink ? '<a href="/x"><rect width="800" height="500" fill="#fee"/></a>' : '<a href="/x"><circle cx="400" cy="250" r="40"/></a>'}</svg>
  <button data-map-start>Explore the map</button>
</div>
<div class="plot-slot" data-plot="a"><svg data-chart-picture width="300" height="200"><rect width="300" height="200"/></svg></div>
<div class="plot-slot" data-plot="b"><svg data-chart-picture width="300" height="200"><rect width="300" height="200"/></svg></div>
<script>
function start() {
  if (document.querySelector(".maplibregl-map")) return;
  const map = document.createElement("div");
  map.className = "maplibregl-map";
  document.querySelector(".map-frame").append(map);
  setTimeout(() => { map.dataset.ready = "true"; }, ${MOCK_READY_MS});
}
document.querySelector("[data-map-picture]").addEventListener("click", (e) => {
  if (e.target.closest("a")) { e.preventDefault(); window.__linkClicked = true; return; }
  start();
});
document.querySelector("[data-map-start]").addEventListener("click", start);
document.querySelectorAll("[data-chart-picture]").forEach((p) => p.addEventListener("mouseenter", () => setTimeout(() => {
  const w = document.createElement("div");
  w.className = "recharts-wrapper";
  p.parentElement.append(w);
}, 200), { once: true }));
</script></body></html>`;

const server = createServer((req, res) => {
  res.setHeader("content-type", "text/html");
  res.end(mockPage(req.url.includes("all-link")));
}).listen(0, "127.0.0.1");
await new Promise((resolve) => server.once("listening", resolve));
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
let failures = 0;
try {
  for (const [path, viewport, expectedTarget] of [
    ["/", VIEWPORTS.desktop, "picture"],
    ["/", VIEWPORTS.phone, "picture"],
    ["/all-link", VIEWPORTS.desktop, "start button"],
  ]) {
    const r = await mapSession(browser, baseUrl, path, viewport, {
      afterReady: async (page) => ({ charts: await wakeCharts(page), linkClicked: await page.evaluate(() => window.__linkClicked ?? false) }),
    });
    const problems = [
      r.kind !== "picture" && `kind ${r.kind}`,
      !r.clickTarget?.startsWith(expectedTarget) && `clicked ${r.clickTarget}, expected ${expectedTarget}`,
      !(r.clickToReadyMs >= MOCK_READY_MS && r.clickToReadyMs < MOCK_READY_MS + 500) && `clickToReadyMs ${r.clickToReadyMs}`,
      r.startedBeforeClick && "map started before the click",
      r.after.linkClicked && "a marker link was clicked",
      !r.after.charts.allDrawn && "charts not drawn",
    ].filter(Boolean);
    failures += problems.length ? 1 : 0;
    console.log(
      `${problems.length ? "FAIL" : "ok  "} ${path} ${viewport.width}x${viewport.height}: first paint ${Math.round(r.firstPaintMs)} ms, click -> ready ${Math.round(r.clickToReadyMs)} ms, ${r.clickTarget}${problems.length ? `: ${problems.join("; ")}` : ""}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
process.exitCode = failures ? 1 : 0;
