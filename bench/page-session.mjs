// The bench's browser session: one fresh page driven as a reader would (picture first, a click on
// it starts MapLibre), with the page's own clocks read back. Used by the map timings, bundles and
// exports parts, and by bench/contract-check.mjs against a mock page.
import { STEP_TIMEOUT_MS } from "./settings.mjs";
import { observePage, pictureOrMapState } from "./page-observer.mjs";
import { withTimeout } from "./timing.mjs";

/** How long the bench waits for network idle before clicking (a page that never goes quiet is noted, not fatal). */
const NETWORK_IDLE_TIMEOUT_MS = 15_000;

/** The page's DOM contract (picture first, MapLibre on interaction). */
export const SEL = {
  mapFrame: ".map-frame",
  mapPicture: "[data-map-picture]",
  mapStart: "button[data-map-start]",
  liveMap: ".maplibregl-map",
  chartPicture: ".plot-slot [data-chart-picture]",
  recharts: ".recharts-wrapper",
};

/** What the page showed, for a timeout message. */
async function pageState(page) {
  return page
    .evaluate(
      (sel) => ({
        url: location.href,
        hasPicture: Boolean(document.querySelector(sel.mapPicture)),
        hasStartButton: Boolean(document.querySelector(sel.mapStart)),
        hasContainer: Boolean(document.querySelector(sel.liveMap)),
        dataReady: document.querySelector(sel.liveMap)?.dataset.ready ?? null,
        hasAtlasMap: Boolean(window.__atlasMap),
        mapFrameText: document.querySelector(sel.mapFrame)?.innerText.slice(0, 300) ?? null,
      }),
      SEL,
    )
    .catch((e) => ({ evaluateFailed: String(e) }));
}

/** Waits (animation-frame polling) until the live map reports data-ready="true"; returns the page's performance.now() then. */
async function waitForLiveMap(page, what, consoleErrors) {
  try {
    const handle = await page.waitForFunction((sel) => (document.querySelector(sel)?.dataset.ready === "true" ? performance.now() : false), SEL.liveMap, {
      timeout: STEP_TIMEOUT_MS,
      polling: "raf",
    });
    return await handle.jsonValue();
  } catch (err) {
    throw new Error(
      `${what}: the map never reported ready within ${STEP_TIMEOUT_MS} ms: ${err.message}\n` +
        `page state: ${JSON.stringify(await pageState(page))}\nconsole errors: ${JSON.stringify(consoleErrors)}`,
    );
  }
}

/**
 * Waits until the page is loaded and idle: the load event, network idle (no request for 500 ms;
 * a page that never goes quiet within NETWORK_IDLE_TIMEOUT_MS is noted, not fatal), then one idle
 * callback of the main thread. Returns the page's performance.now() at that moment and the notes.
 */
async function waitForIdle(page) {
  const notes = [];
  await page.waitForLoadState("load", { timeout: STEP_TIMEOUT_MS });
  await page
    .waitForLoadState("networkidle", { timeout: NETWORK_IDLE_TIMEOUT_MS })
    .catch(() => notes.push(`network not idle after ${NETWORK_IDLE_TIMEOUT_MS} ms`));
  const idleMs = await withTimeout(
    page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(performance.now()), { timeout: 5_000 }))),
    STEP_TIMEOUT_MS,
    "requestIdleCallback",
  );
  return { idleMs, notes };
}

/**
 * A point on the map picture to click: scrolls the picture into view and tries its centre, then
 * other points, until document.elementFromPoint is inside the picture and not in a link or button
 * (a marker link would navigate instead of starting the map). Viewport coordinates, or null.
 */
async function pictureClickPoint(page) {
  return page.evaluate((pictureSel) => {
    const pic = document.querySelector(pictureSel);
    if (!pic) return null;
    pic.scrollIntoView({ block: "center", inline: "center", behavior: "instant" });
    const r = pic.getBoundingClientRect();
    const fractions = [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9];
    for (const fy of fractions) {
      for (const fx of fractions) {
        const x = Math.round(r.left + r.width * fx);
        const y = Math.round(r.top + r.height * fy);
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        const el = document.elementFromPoint(x, y);
        if (el && (el === pic || pic.contains(el)) && !el.closest("a, button")) return { x, y, fx, fy, element: el.tagName.toLowerCase() };
      }
    }
    return null;
  }, SEL.mapPicture);
}

/**
 * One fresh page (new context: empty cache, no cookies) of `path`:
 *   1. navigation -> the map picture is laid out (or, on a page without a picture, the live map is ready);
 *   2. with a picture: wait until loaded and idle, click the picture (or the start button when no
 *      point of the picture is free of links), and wait until MapLibre is ready;
 *   3. `afterReady(page)` (optional), whose value is returned as `after`.
 * Times are the page's performance.now() (ms since navigation start).
 */
export async function mapSession(browser, baseUrl, path, viewport, { contextOptions = {}, onRequest, atIdle, afterReady } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, ...contextOptions });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  const consoleErrors = [];
  const what = `${path} (${viewport.width}x${viewport.height})`;
  try {
    if (onRequest) context.on("request", onRequest);
    const page = await context.newPage();
    page.on("console", (msg) => {
      if (msg.type() === "error") consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => consoleErrors.push(`pageerror: ${err.message}`));
    await page.addInitScript(observePage);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "commit" });

    let first;
    try {
      const handle = await page.waitForFunction(pictureOrMapState, [SEL.mapPicture, SEL.liveMap], { timeout: STEP_TIMEOUT_MS, polling: "raf" });
      first = await handle.jsonValue();
    } catch (err) {
      throw new Error(
        `${what}: neither the map picture nor the live map appeared within ${STEP_TIMEOUT_MS} ms: ${err.message}\n` +
          `page state: ${JSON.stringify(await pageState(page))}\nconsole errors: ${JSON.stringify(consoleErrors)}`,
      );
    }
    const out = {
      kind: first.kind,
      firstPaintMs: first.ms,
      clickToReadyMs: null,
      attrAfterClickMs: null,
      idleMs: null,
      clickTarget: null,
      startedBeforeClick: null,
      notes: [],
      consoleErrors,
    };

    if (first.kind === "picture") {
      const idle = await waitForIdle(page);
      out.idleMs = idle.idleMs;
      out.notes.push(...idle.notes);
      if (atIdle) await atIdle(page);
      out.lcp = await page.evaluate(() => window.__benchLcp ?? null);
      // MapLibre must not have started on its own (on idle or visibility): that is what this figure excludes.
      out.startedBeforeClick = await page.evaluate((sel) => Boolean(document.querySelector(sel)), SEL.liveMap);
      const point = await pictureClickPoint(page);
      if (point) {
        await page.mouse.click(point.x, point.y);
        out.clickTarget = `picture ${point.element} at ${Math.round(point.fx * 100)}%,${Math.round(point.fy * 100)}%`;
      } else {
        await page.locator(SEL.mapStart).first().click();
        out.clickTarget = "start button (no point of the picture was free of links)";
      }
      const readyMs = await waitForLiveMap(page, `${what} after the click`, consoleErrors);
      const input = await page.evaluate(() => ({
        down: window.__bench_pointerdown ?? null,
        click: window.__bench_click ?? null,
        attr: window.__benchReadyAttrMs ?? null,
      }));
      const startMs = (input.down ?? input.click)?.stampMs;
      if (startMs === undefined) throw new Error(`${what}: the click was not seen by the page`);
      out.clickToReadyMs = readyMs - startMs;
      out.attrAfterClickMs = input.attr === null ? null : input.attr - startMs;
    } else {
      out.attrMs = await page.evaluate(() => window.__benchReadyAttrMs ?? null);
      out.lcp = await page.evaluate(() => window.__benchLcp ?? null);
    }
    out.fcpMs = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null);
    if (afterReady) out.after = await afterReady(page);
    return out;
  } finally {
    await withTimeout(context.close(), 30_000, "closing a browser context").catch(() => {});
  }
}

/**
 * Hovers every chart picture (which loads recharts) and waits until as many recharts wrappers are
 * drawn. On a page without chart pictures the charts draw by themselves: it then only waits briefly.
 */
export async function wakeCharts(page) {
  const pictures = page.locator(SEL.chartPicture);
  const count = await pictures.count();
  for (let i = 0; i < count; i++) {
    await pictures
      .nth(i)
      .hover({ timeout: 10_000 })
      .catch(() => {});
  }
  const drawn = await page
    .waitForFunction(([sel, n]) => document.querySelectorAll(sel).length >= Math.max(n, 1), [SEL.recharts, count], {
      timeout: count ? STEP_TIMEOUT_MS : 10_000,
    })
    .then(() => true)
    .catch(() => false);
  return { chartPictures: count, rechartsWrappers: await page.locator(SEL.recharts).count(), allDrawn: drawn };
}
