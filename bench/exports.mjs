// Part "exports": time from the click to the download, for a chart PNG and the map PNG.
import { VIEWPORTS } from "../scripts/chromium.mjs";
import { mapSession } from "./page-session.mjs";
import { HOME_PATH, RUNS, STEP_TIMEOUT_MS } from "./settings.mjs";
import { summarize } from "./stats.mjs";
import { round1 } from "./timing.mjs";

/** Time from the click to the browser's download event, for one export button. */
async function timeExport(page, openMenu, button) {
  await openMenu();
  const t0 = performance.now();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: STEP_TIMEOUT_MS }), page.locator(button).click()]);
  const ms = performance.now() - t0;
  await download.delete();
  return ms;
}

/**
 * Export times, all in the browser: a chart PNG at 2x of the social size (1200x630 -> 2400x1260)
 * and the map PNG of the default view. The map's export needs the live map, so the page is driven
 * as in mapSession first (picture clicked, map ready). The first export of each kind warms up
 * (lazy chunks, font fetch) and is reported apart from the median of the next RUNS. One kind that
 * fails is recorded as { error } without losing the other.
 */
export async function measureExports({ browser, baseUrl }) {
  return mapSession(browser, baseUrl, HOME_PATH, VIEWPORTS.desktop, {
    contextOptions: { acceptDownloads: true },
    afterReady: async (page) => {
      const chartMenu = async () => {
        const menu = page.locator("#chart-fiscal details.export");
        if ((await menu.getAttribute("open")) === null) await menu.locator("summary").click();
        await menu.locator("#export-fiscal-size").selectOption("social");
      };
      const mapMenu = async () => {
        const menu = page.locator("details.export--map");
        if ((await menu.getAttribute("open")) === null) await menu.locator("summary").click();
      };
      const series = async (name, open, button) => {
        try {
          const firstMs = await timeExport(page, open, button);
          const values = [];
          for (let i = 0; i < RUNS; i++) {
            values.push(await timeExport(page, open, button));
            process.stdout.write(`bench: exports.${name} run ${i + 1}/${RUNS}: ${round1(values.at(-1))} ms\n`);
          }
          return { ...summarize(values), firstMs: round1(firstMs) };
        } catch (err) {
          console.error(`bench: exports.${name} failed: ${err.message}`);
          return { error: err.message.split("\n")[0] };
        }
      };
      return {
        chartPng2x: { chart: "fiscal", size: "1200x630 at 2x", ...(await series("chartPng2x", chartMenu, '#chart-fiscal [data-export="png-2"]')) },
        mapPng: { view: "/", ...(await series("mapPng", mapMenu, '[data-export="map-png"]')) },
      };
    },
  }).then((session) => ({ ...session.after, mapStartedBy: session.kind === "picture" ? session.clickTarget : "page load (no picture)" }));
}
