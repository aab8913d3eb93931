// npm run bench: the project's benchmark. See bench/README.md for what is measured and how to read
// bench/results/latest.json.
//
//   1. finds Chromium (scripts/chromium.mjs, which the browser tests use too);
//   2. builds the app (`npm run build`), unless BENCH_SKIP_BUILD=1 and a build exists;
//   3. starts the app's server (scripts/app-server.mjs) on a free port and waits until it has warmed its cache;
//   4. runs each measurement (one async function each, listed in MEASUREMENTS); a measurement that
//      fails is recorded as { error } and the others still run (the exit code is then 1);
//   5. writes bench/results/latest.json and prints a summary table; stops the server, also on error.
//
// Every wait has a timeout, and the whole run has one (BENCH_MAX_MINUTES): the bench never hangs.
//
// Environment:
//   BENCH_RUNS=5             runs per timed browser measurement (median, min and max are reported)
//   BENCH_SKIP_BUILD=1       reuse an existing .next build instead of building
//   BENCH_TIMEOUT_MS=60000   how long one page may take for one step (picture, idle, map ready, export)
//   BENCH_LH_RUNS=5          Lighthouse mobile runs per page (/, the deep link, /floor; medians reported)
//   BENCH_LH_DESKTOP_RUNS=3  Lighthouse desktop runs per page (/ and /floor); default 3, or BENCH_LH_RUNS if lower
//   BENCH_LOAD_SECONDS=20    duration of each autocannon load test (100 connections)
//   BENCH_MAX_MINUTES=120    the whole run is stopped (server too) after this long
//   CHROME_PATH=...          a Chromium/Chrome binary to use instead of the one found
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { startAppServer } from "../scripts/app-server.mjs";
import { CHROMIUM_ARGS, findChromium, launchChromium, VIEWPORTS } from "../scripts/chromium.mjs";
import { round1, round3, withTimeout } from "./timing.mjs";
import { measureHostileBurst } from "./hostile.mjs";
import { measureCameraStorm, measureImages, measureLoad, measureResponseIdentity } from "./load.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const RESULTS_DIR = join(ROOT, "bench", "results");
const RESULTS_FILE = join(RESULTS_DIR, "latest.json");
// 2: lighthouse, firstLoadJs, load and targets added.
// 3: picture-first page: mapReady replaced by mapFirstPaint (navigation -> map picture visible) and
//    mapClickToReady (first click on the picture -> MapLibre ready); html sizes; Lighthouse on /, the
//    deep link and /floor with interleaved runs, per-figure medians and the LCP element; targets
//    relative to /floor in the same run, each with its group.
const SCHEMA_VERSION = 3;

const RUNS = positiveInt(process.env.BENCH_RUNS, 5);
const STEP_TIMEOUT_MS = positiveInt(process.env.BENCH_TIMEOUT_MS, 60_000);
const LH_RUNS = positiveInt(process.env.BENCH_LH_RUNS, 5);
const LH_DESKTOP_RUNS = positiveInt(process.env.BENCH_LH_DESKTOP_RUNS, Math.min(3, LH_RUNS));
const LOAD_SECONDS = positiveInt(process.env.BENCH_LOAD_SECONDS, 20);
const MAX_MINUTES = positiveInt(process.env.BENCH_MAX_MINUTES, 120);
/** One Lighthouse run (Chrome start, load, trace, audits). Lighthouse's own page-load limit is 45 s, but tracing and
 * auditing a page that runs MapLibre at load took up to 250 s on 2 busy cores. */
const LH_RUN_TIMEOUT_MS = 420_000;
const FETCH_TIMEOUT_MS = 60_000;
const BUILD_TIMEOUT_MS = 20 * 60_000;
/** How long the bench waits for network idle before clicking (a page that never goes quiet is noted, not fatal). */
const NETWORK_IDLE_TIMEOUT_MS = 15_000;

/** The pages compared by the performance budget: the product page, a deep link, and the app's bare floor page. */
const HOME_PATH = "/";
const FLOOR_PATH = "/floor";
/** The deep link of the first-paint targets (Lighthouse, HTML size, first paint): an event and a place. */
const DEEP_LINK_PATH = "/?v=2&event=2026-01&place=us_houston";
/** The deep link of the load test: every part of the view (schema version, event, place, scope). */
const LOAD_DEEP_LINK_PATH = "/?v=2&event=2026-01&place=us_houston&scope=nationwide";

/** The page's DOM contract (picture first, MapLibre on interaction). */
const SEL = {
  mapFrame: ".map-frame",
  mapPicture: "[data-map-picture]",
  mapStart: "button[data-map-start]",
  liveMap: ".maplibregl-map",
  chartPicture: ".plot-slot [data-chart-picture]",
  recharts: ".recharts-wrapper",
};

/** Chrome flags for Lighthouse (chrome-launcher adds its own defaults: no extensions, fresh profile, ...). */
const LIGHTHOUSE_CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** The map's worker file, served from public/ (copied there by scripts/prepare-assets.mjs). */
const WORKER_PATH = "/maplibre-gl-worker.mjs";

// ---------------------------------------------------------------------------------------------
// Small helpers

function positiveInt(value, fallback) {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** Median of the numbers among `values` (mean of the middle two for an even count); null when there are none. */
function medianOf(values) {
  const sorted = values.filter((v) => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median, min and max, in ms with one decimal. */
function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { medianMs: round1(medianOf(values)), minMs: round1(sorted[0]), maxMs: round1(sorted.at(-1)), runs: values.map(round1) };
}

/** Rejects after `ms` (the original promise keeps running; its later failure is swallowed). */

const fetchWithTimeout = (url) => fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });

function gitCommit() {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
    // bench/results/ is this script's own output: it does not make the measured code dirty.
    const status = execFileSync("git", ["status", "--porcelain", "--", ".", ":(exclude)bench/results"], { cwd: ROOT, stdio: ["ignore", "pipe", "ignore"] });
    const dirty = status.toString().trim() !== "";
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}

// ---------------------------------------------------------------------------------------------
// Build and server

/** Which build was measured: its BUILD_ID and when it was written (the build may predate HEAD with BENCH_SKIP_BUILD=1). */
function buildIdentity() {
  const file = join(ROOT, ".next", "BUILD_ID");
  return { buildId: readFileSync(file, "utf8").trim(), builtAt: statSync(file).mtime.toISOString() };
}

/**
 * Whether .next changed under the running server (another `next build` on the machine): the server
 * keeps the old build in memory but its files are gone or replaced, so requests fail or slow down.
 */
function buildChange(atStart) {
  let atEnd = null;
  try {
    atEnd = buildIdentity();
  } catch {
    /* no BUILD_ID: removed, or a build in progress */
  }
  const changed = !atEnd || atEnd.buildId !== atStart.buildId || atEnd.builtAt !== atStart.builtAt;
  return changed ? { changedDuringRun: true, buildIdAtEnd: atEnd?.buildId ?? null } : { changedDuringRun: false };
}

function buildIfNeeded() {
  const hasBuild = existsSync(join(ROOT, ".next", "BUILD_ID"));
  if (process.env.BENCH_SKIP_BUILD === "1" && hasBuild) {
    console.log("bench: BENCH_SKIP_BUILD=1, reusing the existing .next build");
    return { built: false };
  }
  if (process.env.BENCH_SKIP_BUILD === "1") console.log("bench: BENCH_SKIP_BUILD=1 but there is no build: building");
  const started = Date.now();
  const build = spawnSync("npm", ["run", "build"], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
    timeout: BUILD_TIMEOUT_MS,
    killSignal: "SIGKILL",
  });
  if (build.error) throw new Error(`npm run build: ${build.error.message}`);
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? build.signal})`);
  return { built: true, buildSeconds: round1((Date.now() - started) / 1000) };
}

/** The app's server, as `npm start` runs it, with its stats on, once it has warmed its cache. */
const startServer = () => startAppServer({ waitForWarm: true, timeoutMs: 240_000 });

// ---------------------------------------------------------------------------------------------
// Browser helpers

/**
 * Installed before the page's own scripts. Records, for the page's lifetime: the first pointerdown
 * and click (their event timeStamp, on the performance.now() clock, and the moment the handler ran),
 * and the moment the map container's data-ready attribute first became "true".
 */
function observePage() {
  const record = () => {
    const el = document.querySelector(".maplibregl-map");
    if (el && el.dataset.ready === "true" && window.__benchReadyAttrMs === undefined) window.__benchReadyAttrMs = performance.now();
  };
  new MutationObserver(record).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready", "class"] });
  const firstInput = (type) => (event) => {
    if (window[`__bench_${type}`] !== undefined) return;
    const now = performance.now();
    // timeStamp is on the performance.now() clock; fall back to the handler's time if it is not.
    const stamp = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
    window[`__bench_${type}`] = { stampMs: stamp, handledMs: now };
  };
  addEventListener("pointerdown", firstInput("pointerdown"), { capture: true });
  addEventListener("click", firstInput("click"), { capture: true });
  // The first animation frame in which the map picture is laid out with a non-zero box (it is painted
  // at the end of that frame). Checked from here, not from Playwright, whose polling may start later
  // than a server-rendered picture's first paint. Stops once found, once the live map is ready, or after 2 minutes.
  const tick = () => {
    const pic = document.querySelector("[data-map-picture]");
    const box = pic?.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0) {
      window.__benchPictureMs = performance.now();
      return;
    }
    if (performance.now() > 120_000 || document.querySelector(".maplibregl-map")?.dataset.ready === "true") return;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  // The browser's own Largest Contentful Paint candidates: the latest one, with its element described
  // while it is in the page (the reader's click ends LCP; the bench reads it before clicking).
  const describe = (el) => {
    const part = (n) =>
      n.tagName.toLowerCase() +
      (n.id ? `#${n.id}` : "") +
      [...n.classList]
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join("");
    const parts = [];
    for (let n = el; n && n.nodeType === 1 && n !== document.body && parts.length < 4; n = n.parentElement) parts.unshift(part(n));
    const html = el.outerHTML;
    return {
      selector: parts.join(" > "),
      nodeLabel: (el.getAttribute("aria-label") || el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 80),
      snippet: html.slice(0, Math.min(html.indexOf(">") + 1 || 200, 200)),
    };
  };
  try {
    new PerformanceObserver((list) => {
      const e = list.getEntries().at(-1);
      if (e) window.__benchLcp = { startTimeMs: e.startTime, size: e.size, url: e.url || null, element: e.element ? describe(e.element) : null };
    }).observe({ type: "largest-contentful-paint", buffered: true });
  } catch {
    /* no LCP in this browser */
  }
}

/** Page-side: the map picture's state, or the live map's readiness (old page without a picture). */
function pictureOrMapState([pictureSel, liveSel]) {
  if (window.__benchPictureMs !== undefined) return { kind: "picture", ms: window.__benchPictureMs };
  const pic = document.querySelector(pictureSel);
  if (pic) {
    const r = pic.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? { kind: "picture", ms: performance.now() } : false;
  }
  return document.querySelector(liveSel)?.dataset.ready === "true" ? { kind: "liveMap", ms: performance.now() } : false;
}

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
async function mapSession(browser, baseUrl, path, viewport, { contextOptions = {}, onRequest, atIdle, afterReady } = {}) {
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
async function wakeCharts(page) {
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

// ---------------------------------------------------------------------------------------------
// Measurements: each takes the shared environment { browser, baseUrl, chromePath } and returns a JSON value.

const MAP_SCENARIOS = {
  desktop: { path: HOME_PATH, viewport: VIEWPORTS.desktop },
  phone: { path: HOME_PATH, viewport: VIEWPORTS.phone },
  deepLink: { path: DEEP_LINK_PATH, viewport: VIEWPORTS.desktop },
};

/**
 * The map in the browser, RUNS fresh pages per scenario. Each page gives two figures:
 * navigation -> map picture visible (first paint), and first click on the picture -> MapLibre ready.
 * Returned as { mapFirstPaint, mapClickToReady }, two sections of latest.json.
 */
async function measureMap(env) {
  // One unmeasured page first, so that the first measured run does not pay for the server's cold
  // start (first dynamic render, file cache) or Chromium's first SwiftShader context.
  await mapSession(env.browser, env.baseUrl, HOME_PATH, VIEWPORTS.desktop);
  const firstPaint = {};
  const clickToReady = {};
  for (const [name, { path, viewport }] of Object.entries(MAP_SCENARIOS)) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await mapSession(env.browser, env.baseUrl, path, viewport);
      runs.push(r);
      process.stdout.write(
        `bench: map ${name} run ${i + 1}/${RUNS}: ${r.kind === "picture" ? "picture visible" : "live map ready (no picture)"} ${round1(r.firstPaintMs)} ms` +
          (r.clickToReadyMs === null ? "\n" : `, click -> ready ${round1(r.clickToReadyMs)} ms (${r.clickTarget})\n`),
      );
    }
    const hasPicture = runs.every((r) => r.kind === "picture");
    const errors = [...new Set(runs.flatMap((r) => r.consoleErrors))];
    const notes = [...new Set(runs.flatMap((r) => r.notes))];
    const fcp = runs.map((r) => r.fcpMs).filter((v) => v !== null);
    firstPaint[name] = {
      path,
      viewport,
      // "picture": navigation -> [data-map-picture] laid out; "liveMap": the page has no picture, so
      // navigation -> live map ready (the schema-2 mapReady figure).
      measured: hasPicture ? "picture" : runs.some((r) => r.kind === "picture") ? "mixed" : "liveMap",
      ...summarize(runs.map((r) => r.firstPaintMs)),
      fcpMedianMs: fcp.length ? round1(medianOf(fcp)) : null,
      // The browser's Largest Contentful Paint before any interaction (PerformanceObserver in the page):
      // its time and, from the last run, its element; lcpElements: every run's selector.
      lcpMedianMs: runs.some((r) => r.lcp) ? round1(medianOf(runs.map((r) => r.lcp?.startTimeMs))) : null,
      lcpElement: runs.at(-1).lcp?.element ?? null,
      lcpElements: [...new Set(runs.map((r) => r.lcp?.element?.selector).filter(Boolean))],
      consoleErrors: errors,
    };
    if (name === "deepLink") continue; // click -> ready: desktop and phone on /
    if (!hasPicture) {
      clickToReady[name] = {
        path,
        viewport,
        medianMs: null,
        minMs: null,
        maxMs: null,
        runs: [],
        note: `no ${SEL.mapPicture} on this page: MapLibre starts without a click (see mapFirstPaint)`,
      };
      continue;
    }
    const attr = runs.map((r) => r.attrAfterClickMs).filter((v) => v !== null);
    clickToReady[name] = {
      path,
      viewport,
      ...summarize(runs.map((r) => r.clickToReadyMs)),
      attributeSetMedianMs: attr.length ? round1(medianOf(attr)) : null, // cross-check: the exact moment data-ready was set
      idleBeforeClickMedianMs: round1(medianOf(runs.map((r) => r.idleMs))), // when the page was loaded and idle (ms since navigation)
      clickTargets: [...new Set(runs.map((r) => r.clickTarget))],
      startedBeforeClickRuns: runs.filter((r) => r.startedBeforeClick).length, // should be 0: MapLibre waits for the reader
      notes,
      consoleErrors: errors,
    };
  }
  return { mapFirstPaint: firstPaint, mapClickToReady: clickToReady };
}

/**
 * Same-origin JS paths the HTML references: <script src>, <link as="script"|rel="modulepreload">, and
 * chunk paths named in the inline RSC payload. `<script nomodule>` files (Next's legacy polyfills)
 * are returned apart: modern browsers never download them.
 */
function scriptPathsInHtml(html, origin) {
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
async function gzipOf(baseUrl, path) {
  const res = await fetchWithTimeout(`${baseUrl}${path}`);
  if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
  const bytes = Buffer.from(await res.arrayBuffer()); // fetch decodes any content-encoding: these are the file's bytes
  return { file: path, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length, containsMapLibre: bytes.includes("maplibre") };
}

const sumGzip = (files) => files.reduce((s, f) => s + f.gzipBytes, 0);

/** Next's own first-load list for "/", as a cross-check (Next 16 no longer prints it). */
function nextRouteStats(route) {
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
function dynamicImportFiles(appPage) {
  try {
    const manifest = JSON.parse(readFileSync(join(ROOT, ".next", "server", "app", appPage, "react-loadable-manifest.json"), "utf8"));
    const files = Object.values(manifest).flatMap((entry) => entry.files ?? []);
    return new Set(files.filter((f) => /\.m?js$/.test(f)).map((f) => `/_next/${f}`));
  } catch {
    return null;
  }
}

/**
 * JS sizes of `/`: the first load (what the HTML references), the scripts fetched later (MapLibre's
 * chunk after the click on the picture, recharts after hovering the chart pictures), the worker.
 * Scripts fetched before any interaction (page loaded and idle) that the HTML does not name are
 * listed apart in checks.lateBeforeInteractionFiles: on the picture-first page that should be empty.
 */
async function measureBundles({ browser, baseUrl }) {
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
async function measureExports({ browser, baseUrl }) {
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

// ---------------------------------------------------------------------------------------------
// Performance budget: HTML size, first-load JS against the floor page, Lighthouse, load under autocannon.

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
async function measureHtml({ baseUrl }) {
  return { home: await htmlOf(baseUrl, HOME_PATH), deepLink: await htmlOf(baseUrl, DEEP_LINK_PATH), floor: await htmlOf(baseUrl, FLOOR_PATH) };
}

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
async function measureFirstLoadJs({ baseUrl }) {
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

// ---------------------------------------------------------------------------------------------
// Lighthouse

/**
 * Lighthouse's LCP element. From the audit largest-contentful-paint-element (the node of its first
 * table) when it ran; with Chromium 156, Lighthouse 12.2.3's trace engine fails on the trace ("Required
 * TraceElements gatherer encountered an error ... frame_sequence"), so the audit errors. Then the last
 * main-frame largestContentfulPaint::Candidate event of the run's trace gives the node's name, type and
 * size (no selector: Lighthouse has left the page by the time the run returns).
 */
function lcpElementOf(lhr, traceLcp) {
  const audit = lhr.audits["largest-contentful-paint-element"];
  const node = audit?.details?.items?.[0]?.items?.[0]?.node;
  if (node) return { source: "audit", selector: node.selector ?? null, nodeLabel: node.nodeLabel ?? null, snippet: node.snippet ?? null };
  if (!traceLcp) return null;
  return { source: "trace", selector: null, nodeLabel: null, snippet: null, ...traceLcp, auditError: audit?.errorMessage?.slice(0, 200) ?? null };
}

/** The last LCP candidate of the page's main frame in a Lighthouse trace: { nodeName, type, size } or null. */
function traceLcpCandidate(trace) {
  const events = (trace?.traceEvents ?? []).filter((e) => e.name === "largestContentfulPaint::Candidate" && e.args?.data?.isOutermostMainFrame !== false);
  const d = events.at(-1)?.args?.data;
  return d ? { nodeName: d.nodeName ?? null, type: d.type ?? null, size: d.size ?? null } : null;
}

/** The figures of one Lighthouse result (lhr) that the bench reports. */
function lighthouseFigures(lhr, traceLcp) {
  const score = (id) => lhr.categories[id]?.score ?? null;
  const num = (id, round = round1) => {
    const v = lhr.audits[id]?.numericValue;
    return typeof v === "number" ? round(v) : null;
  };
  // Audits that cost points in the non-performance categories (performance has its metrics below).
  const failingAudits = ["accessibility", "best-practices", "seo"].flatMap((cat) =>
    (lhr.categories[cat]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && typeof lhr.audits[ref.id]?.score === "number" && lhr.audits[ref.id].score < 1)
      .map((ref) => ({ category: cat, id: ref.id, score: lhr.audits[ref.id].score, title: lhr.audits[ref.id].title })),
  );
  const requests = lhr.audits["network-requests"]?.details?.items ?? [];
  return {
    scores: { performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), seo: score("seo") },
    metrics: {
      fcpMs: num("first-contentful-paint"),
      lcpMs: num("largest-contentful-paint"),
      tbtMs: num("total-blocking-time"),
      cls: num("cumulative-layout-shift", round3),
      speedIndexMs: num("speed-index"),
    },
    lcpElement: lcpElementOf(lhr, traceLcp),
    mainThreadWorkMs: num("mainthread-work-breakdown"),
    bootupTimeMs: num("bootup-time"),
    requestCount: requests.length || null,
    totalByteWeight: lhr.audits["total-byte-weight"]?.numericValue ?? null,
    // Whether MapLibre's worker was fetched during the run, i.e. whether MapLibre was part of what was scored.
    mapWorkerLoaded: requests.some((item) => String(item.url).endsWith(WORKER_PATH)),
    failingAudits,
    runtimeError: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
    runWarnings: lhr.runWarnings ?? [],
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    lighthouseVersion: lhr.lighthouseVersion,
  };
}

/** The Chromes Lighthouse runs in, so that an interrupted bench can kill them on exit. */
const activeChromes = new Set();

/** One Lighthouse run in its own Chrome (fresh profile, as the CLI does); returns the lhr and the trace's LCP candidate. */
async function lighthouseRun(url, formFactor, chromePath) {
  const { default: lighthouse, desktopConfig } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await withTimeout(chromeLauncher.launch({ chromePath, chromeFlags: LIGHTHOUSE_CHROME_FLAGS, logLevel: "silent" }), 60_000, "chrome-launcher");
  activeChromes.add(chrome);
  try {
    const flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: LIGHTHOUSE_CATEGORIES };
    // Mobile: Lighthouse's default config (Moto G Power emulation, simulated slow 4G, 4x CPU slowdown).
    const result = await withTimeout(
      lighthouse(url, flags, formFactor === "desktop" ? desktopConfig : undefined),
      LH_RUN_TIMEOUT_MS,
      `Lighthouse ${url} ${formFactor}`,
    );
    if (!result?.lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    return { lhr: result.lhr, traceLcp: traceLcpCandidate(result.artifacts?.Trace) };
  } finally {
    activeChromes.delete(chrome);
    await withTimeout(Promise.resolve(chrome.kill()), 15_000, "killing Lighthouse's Chrome").catch(() => killQuietly(chrome.pid));
  }
}

function killQuietly(pid) {
  try {
    if (pid) process.kill(pid, "SIGKILL");
  } catch {
    /* already gone */
  }
}

/** A run that failed outright (Chrome did not start, Lighthouse timed out): no figures, the reason kept. */
function failedRun(err) {
  return {
    scores: { performance: null, accessibility: null, bestPractices: null, seo: null },
    metrics: { fcpMs: null, lcpMs: null, tbtMs: null, cls: null, speedIndexMs: null },
    lcpElement: null,
    failingAudits: [],
    runtimeError: `bench: ${err.message.split("\n")[0]}`,
    runWarnings: [],
    benchmarkIndex: null,
  };
}

/**
 * One page in one form factor, from its runs (in run order). `scores` and `metrics` are the medians
 * of each figure over the runs, independently (what the targets compare); `medianRun` is the run
 * whose performance score is the median (lower middle for an even count; ties keep run order), and
 * `lcpElement` is that run's. Failed runs count in `runs` but not in the medians.
 */
function lighthouseScenario(path, formFactor, runs) {
  const med = (get, round) => {
    const m = medianOf(runs.map(get));
    return m === null ? null : round(m);
  };
  const valid = runs.map((r, i) => i).filter((i) => typeof runs[i].scores.performance === "number");
  const order = valid.sort((a, b) => runs[a].scores.performance - runs[b].scores.performance || a - b);
  const medianIndex = order.length ? order[Math.floor((order.length - 1) / 2)] : null;
  const failing = new Map();
  for (const r of runs)
    for (const a of r.failingAudits) failing.set(`${a.category}/${a.id}`, { ...a, runs: (failing.get(`${a.category}/${a.id}`)?.runs ?? 0) + 1 });
  return {
    path,
    formFactor,
    runCount: runs.length,
    validRunCount: valid.length,
    scores: {
      performance: med((r) => r.scores.performance, round3),
      accessibility: med((r) => r.scores.accessibility, round3),
      bestPractices: med((r) => r.scores.bestPractices, round3),
      seo: med((r) => r.scores.seo, round3),
    },
    metrics: {
      fcpMs: med((r) => r.metrics.fcpMs, round1),
      lcpMs: med((r) => r.metrics.lcpMs, round1),
      tbtMs: med((r) => r.metrics.tbtMs, round1),
      cls: med((r) => r.metrics.cls, round3),
      speedIndexMs: med((r) => r.metrics.speedIndexMs, round1),
    },
    medianRun: medianIndex === null ? null : medianIndex + 1, // 1-based, among this scenario's runs
    lcpElement: medianIndex === null ? null : runs[medianIndex].lcpElement,
    lcpElements: [...new Set(runs.map((r) => r.lcpElement?.selector ?? r.lcpElement?.nodeName).filter(Boolean))], // all runs' LCP selectors (node names from the trace)
    failingAudits: [...failing.values()], // each with the number of runs it failed in
    mapWorkerLoadedRuns: runs.filter((r) => r.mapWorkerLoaded).length, // MapLibre loaded during a Lighthouse run: should be 0
    benchmarkIndexMedian: med((r) => r.benchmarkIndex, round1),
    runs,
  };
}

/** Pages audited by Lighthouse, in the order each round runs them (the floor first). */
const LH_PAGES = [
  { key: "floor", path: FLOOR_PATH, formFactors: ["mobile", "desktop"] },
  { key: "home", path: HOME_PATH, formFactors: ["mobile", "desktop"] },
  { key: "deepLink", path: DEEP_LINK_PATH, formFactors: ["mobile"] },
];

/**
 * Lighthouse (Node API, chrome-launcher) on /floor, / and the deep link. The runs are interleaved
 * so that noise from other work on the machine falls on every page alike: round i runs each page's
 * mobile run i (floor, home, deep link), then each page's desktop run i while i < LH_DESKTOP_RUNS.
 */
async function measureLighthouse(env) {
  const runsFor = (ff) => (ff === "mobile" ? LH_RUNS : LH_DESKTOP_RUNS);
  const collected = {};
  const order = [];
  let seq = 0;
  const total = LH_PAGES.reduce((s, p) => s + p.formFactors.reduce((t, ff) => t + runsFor(ff), 0), 0);
  let version = null;
  for (let round = 0; round < Math.max(LH_RUNS, LH_DESKTOP_RUNS); round++) {
    for (const ff of ["mobile", "desktop"]) {
      for (const { key, path, formFactors } of LH_PAGES) {
        if (!formFactors.includes(ff) || round >= runsFor(ff)) continue;
        seq += 1;
        const started = Date.now();
        let figures;
        try {
          const { lhr, traceLcp } = await lighthouseRun(`${env.baseUrl}${path}`, ff, env.chromePath);
          const { lighthouseVersion, ...rest } = lighthouseFigures(lhr, traceLcp);
          version ??= lighthouseVersion;
          figures = rest;
        } catch (err) {
          figures = failedRun(err);
        }
        const run = { seq, ...figures }; // seq: position in the whole Lighthouse sequence (1-based)
        ((collected[key] ??= {})[ff] ??= []).push(run);
        order.push(`${key}.${ff}`);
        const m = run.metrics;
        process.stdout.write(
          `bench: lighthouse ${seq}/${total} ${path} ${ff}: performance ${run.scores.performance}, TBT ${m.tbtMs} ms, LCP ${m.lcpMs} ms, CLS ${m.cls}` +
            `${run.runtimeError ? ` (error: ${run.runtimeError})` : ""} (${round1((Date.now() - started) / 1000)} s)\n`,
        );
      }
    }
  }
  const out = {
    lighthouseVersion: version,
    runsPerPage: { mobile: LH_RUNS, desktop: LH_DESKTOP_RUNS },
    runOrder: order, // "page.formFactor" for each run, in the order they ran
    chromeFlags: LIGHTHOUSE_CHROME_FLAGS,
    categories: LIGHTHOUSE_CATEGORIES,
  };
  for (const { key, path, formFactors } of LH_PAGES) {
    out[key] = Object.fromEntries(formFactors.map((ff) => [ff, lighthouseScenario(path, ff, collected[key]?.[ff] ?? [])]));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Load

/** The load measurements (bench/load.mjs), with this run's settings. */
const measureThroughput = (env) => measureLoad(env, { paths: { home: HOME_PATH, deepLink: LOAD_DEEP_LINK_PATH, floor: FLOOR_PATH }, seconds: LOAD_SECONDS });
const measureIdentity = (env) => measureResponseIdentity(env, LOAD_DEEP_LINK_PATH);

// ---------------------------------------------------------------------------------------------
// Targets: the performance budget, compared with what was measured. A missed target is reported
// (met: false), never an error. Each target names its group (the issue that owns it).

/** Target groups: which issue owns a target. */
const GROUPS = {
  firstPaint: "Fast first paint on a phone (Lighthouse relative to /floor in the same run, HTML, first-load JS)",
  load: "Every view at CDN speed (cached views against /floor, new camera links, preview images, identical responses)",
};

const COMPARE = {
  ">=": (m, t) => m >= t,
  "<=": (m, t) => m <= t,
  "=": (m, t) => m === t,
};

const isNum = (v) => typeof v === "number" && Number.isFinite(v);

/** { label, group, source, op, target, rule, measured, met }; met is false when either figure is missing. */
function target(group, label, source, op, value, measured, rule = null) {
  const ok = isNum(measured) && isNum(value);
  return {
    label,
    group,
    source,
    op,
    target: isNum(value) ? value : null,
    rule,
    measured: isNum(measured) ? measured : null,
    met: ok ? COMPARE[op](measured, value) : false,
  };
}

/** 100 KB, as the README prints sizes (KB = 1024 bytes). */
const HTML_HOME_MAX_BYTES = 100 * 1024;
const FIRST_LOAD_JS_MAX_RATIO = 1.2;

function computeTargets({ lighthouse, firstLoadJs, html, load, cameraStorm, images, responseIdentity, hostileBurst }) {
  const lh = lighthouse && !lighthouse.error ? lighthouse : null;
  const floor = lh?.floor?.mobile;
  const fp = (...args) => target("firstPaint", ...args);
  const out = {};
  for (const [key, name, Cap] of [
    ["home", "/", "Home"],
    ["deepLink", "deep link", "DeepLink"],
  ]) {
    const m = lh?.[key]?.mobile;
    const src = `lighthouse.${key}.mobile`;
    const floorPerf = floor?.scores.performance;
    const floorTbt = floor?.metrics.tbtMs;
    const floorLcp = floor?.metrics.lcpMs;
    out[`lighthouse${Cap}MobilePerformance`] = fp(
      `Lighthouse performance, ${name} mobile`,
      `${src}.scores.performance`,
      ">=",
      isNum(floorPerf) ? round3(floorPerf - 0.03) : null,
      m?.scores.performance,
      "/floor mobile - 0.03",
    );
    out[`lighthouse${Cap}Tbt`] = fp(
      `Total Blocking Time, ${name} mobile (ms)`,
      `${src}.metrics.tbtMs`,
      "<=",
      isNum(floorTbt) ? round1(floorTbt + 200) : null,
      m?.metrics.tbtMs,
      "/floor mobile + 200 ms",
    );
    out[`lighthouse${Cap}Lcp`] = fp(
      `Largest Contentful Paint, ${name} mobile (ms)`,
      `${src}.metrics.lcpMs`,
      "<=",
      isNum(floorLcp) ? round1(floorLcp * 1.2) : null,
      m?.metrics.lcpMs,
      "1.2 x /floor mobile",
    );
    out[`lighthouse${Cap}Cls`] = fp(`Cumulative Layout Shift, ${name} mobile`, `${src}.metrics.cls`, "<=", 0.02, m?.metrics.cls);
    // Accessibility, best practices, SEO: the lower of the page's form factors' medians (mobile, and desktop for /).
    for (const [cat, label] of [
      ["accessibility", "accessibility"],
      ["bestPractices", "best practices"],
      ["seo", "SEO"],
    ]) {
      const scenarios = Object.values(lh?.[key] ?? {});
      const values = scenarios.map((s) => s.scores[cat]);
      const measured = values.length && values.every(isNum) ? Math.min(...values) : null;
      const forms = scenarios.map((s) => s.formFactor).join(", ");
      out[`lighthouse${Cap}${cat[0].toUpperCase()}${cat.slice(1)}`] = fp(
        `Lighthouse ${label}, ${name} (lower of ${forms || "mobile"})`,
        `lighthouse.${key}.*.scores.${cat}`,
        "=",
        1,
        measured,
      );
    }
  }
  out.htmlHomeBytes = fp("HTML of / (raw bytes)", "html.home.rawBytes", "<=", HTML_HOME_MAX_BYTES, html?.home?.rawBytes);
  out.firstLoadJsRatio = fp("first-load JS gzip, / over /floor", "firstLoadJs.ratio", "<=", FIRST_LOAD_JS_MAX_RATIO, firstLoadJs?.ratio);
  const loadOk = load && !load.error ? load : null;
  const sum = (k) => (loadOk ? ["home", "deepLink", "floor"].reduce((s, p) => s + loadOk[p][k], 0) : null);
  out.loadErrors = target(
    "load",
    "errors and timeouts at 100 connections, /, deep link, /floor",
    "load.{home,deepLink,floor}.{errors,timeouts}",
    "=",
    0,
    loadOk ? sum("errors") + sum("timeouts") : null,
  );
  out.loadNon2xx = target("load", "non-2xx responses at 100 connections, all three URLs", "load.{home,deepLink,floor}.non2xx", "=", 0, sum("non2xx"));
  out.homeThroughputRatio = target("load", "req/s of / over /floor", "load.homeToFloorRatio", ">=", 1, loadOk?.homeToFloorRatio);
  out.deepLinkThroughputRatio = target("load", "req/s of the deep link over /floor", "load.deepLinkToFloorRatio", ">=", 1, loadOk?.deepLinkToFloorRatio);
  const storm = ok(cameraStorm) ? cameraStorm : null;
  out.cameraStormErrors = target(
    "load",
    "errors and timeouts, 5,000 new camera links at 50 connections",
    "cameraStorm.{errors,timeouts,non2xx}",
    "=",
    0,
    storm ? storm.errors + storm.timeouts + storm.non2xx : null,
  );
  out.cameraStormP99 = target("load", "p99 latency, 5,000 new camera links (ms)", "cameraStorm.latencyP99Ms", "<=", 2000, storm?.latencyP99Ms);
  out.cameraStormPeakRss = target(
    "load",
    "server peak RSS (MB)",
    "cameraStorm.peakRssBytes",
    "<=",
    500,
    isNum(storm?.peakRssBytes) ? Math.round(storm.peakRssBytes / 2 ** 20) : null,
  );
  const img = ok(images) ? images : null;
  out.imageIgnoredRenders = target(
    "load",
    "renders for 500 image URLs differing in ignored parameters",
    "images.ignoredParameters.rendersCounted",
    "<=",
    1,
    img?.ignoredParameters.rendersCounted,
  );
  out.imageDistinctOther = target(
    "load",
    "200 distinct image URLs: responses other than 200/503, errors, timeouts",
    "images.distinct.{otherStatuses,errors,timeouts}",
    "=",
    0,
    img ? img.distinct.otherStatuses + img.distinct.errors + img.distinct.timeouts : null,
  );
  const id = ok(responseIdentity) ? responseIdentity : null;
  out.identicalResponses = target(
    "load",
    "same URL twice: identical body and headers apart from Date (1 = yes)",
    "responseIdentity.{identicalBody,identicalHeaders}",
    "=",
    1,
    id ? Number(id.identicalBody && id.identicalHeaders) : null,
  );
  out.cspHashesEveryScript = target(
    "load",
    "inline scripts without their hash in the CSP (or a nonce)",
    "responseIdentity.{inlineScripts,inlineScriptsHashed,cspHasNonce}",
    "=",
    0,
    id ? id.inlineScripts - id.inlineScriptsHashed + Number(id.cspHasNonce) : null,
  );
  const burst = ok(hostileBurst) ? hostileBurst : null;
  out.hostileBurstRenders = target(
    "load",
    "renders for 10 s of hostile requests at 50 connections (POSTs, unknown paths, /_next/image, encoded paths, router headers)",
    "hostileBurst.rendersAdded",
    "=",
    0,
    burst?.rendersAdded,
  );
  out.hostileBurstPeakRss = target("load", "server peak RSS during the hostile burst (MB)", "hostileBurst.peakRssMB", "<=", 500, burst?.peakRssMB);
  return out;
}

/**
 * Add a measurement here: { keys: the sections of latest.json it fills, run: function(env) -> JSON value }.
 * With one key the value is that section; with several, the value is an object holding each.
 */
const MEASUREMENTS = [
  { keys: ["mapFirstPaint", "mapClickToReady"], run: measureMap },
  { keys: ["bundles"], run: measureBundles },
  { keys: ["exports"], run: measureExports },
  { keys: ["html"], run: measureHtml },
  { keys: ["firstLoadJs"], run: measureFirstLoadJs },
  { keys: ["lighthouse"], run: measureLighthouse },
  // Last: they load the server hardest. Cached views against /floor first, then the storm of new camera links (which pushes canonical pages out of the cache), then images.
  { keys: ["load"], run: measureThroughput },
  { keys: ["responseIdentity"], run: measureIdentity },
  { keys: ["cameraStorm"], run: measureCameraStorm },
  { keys: ["images"], run: measureImages },
  { keys: ["hostileBurst"], run: measureHostileBurst },
];

// ---------------------------------------------------------------------------------------------
// Output

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const shortName = (p) => p.split("/").pop();
const ok = (section) => section && !section.error;
const fmt = (v) => (v === null || v === undefined ? "-" : String(v));

function printSummary(results) {
  const { meta } = results;
  const lines = [];
  lines.push("");
  lines.push(`Extradition Atlas bench  ${meta.date}  commit ${meta.gitCommit ?? "?"}${meta.gitDirty ? " (dirty)" : ""}`);
  lines.push(
    `${meta.cpus} CPUs, ${meta.totalMemoryGB} GB, node ${meta.node}, chromium ${meta.chromium}, ${meta.runs} runs each; Lighthouse ${meta.lighthouseRuns.mobile} mobile / ${meta.lighthouseRuns.desktop} desktop runs per page`,
  );
  if (meta.build.changedDuringRun) {
    lines.push(`WARNING: .next was rebuilt or removed during this run (build ${meta.build.buildId} -> ${meta.build.buildIdAtEnd ?? "none"}):`);
    lines.push("         the server lost files it was serving; the figures below are not reliable. Run the bench again.");
  }
  for (const [key, value] of Object.entries(results)) if (value?.error) lines.push(`FAILED: ${key}: ${value.error.split("\n")[0]}`);

  const cols = (m) => `${fmt(m.medianMs).padStart(8)}  ${fmt(m.minMs).padStart(8)}  ${fmt(m.maxMs).padStart(8)}`;
  if (ok(results.mapFirstPaint)) {
    lines.push("");
    lines.push("map first paint (ms since navigation)   median       min       max  what");
    for (const [name, m] of Object.entries(results.mapFirstPaint)) {
      const what = m.measured === "picture" ? `picture visible (FCP ${fmt(m.fcpMedianMs)})` : `${m.measured}: no picture, live map ready`;
      lines.push(`  ${`${name} ${m.viewport.width}x${m.viewport.height}`.padEnd(37)}${cols(m)}  ${what}`);
    }
    for (const [name, m] of Object.entries(results.mapFirstPaint)) {
      if (m.lcpElement)
        lines.push(
          `  ${name}: browser LCP ${m.lcpMedianMs} ms, element ${m.lcpElement.selector}${m.lcpElement.nodeLabel ? ` "${m.lcpElement.nodeLabel.slice(0, 50)}"` : ""}`,
        );
      for (const e of m.consoleErrors) lines.push(`  console error (${name}): ${e}`);
    }
  }
  if (ok(results.mapClickToReady)) {
    lines.push("");
    lines.push("map: first click -> MapLibre ready (ms)  median       min       max");
    for (const [name, m] of Object.entries(results.mapClickToReady)) {
      lines.push(
        `  ${`${name} ${m.viewport.width}x${m.viewport.height}`.padEnd(37)}${cols(m)}  ${m.note ?? `clicked: ${m.clickTargets.join("; ")}; idle at ${m.idleBeforeClickMedianMs} ms`}`,
      );
      if (m.startedBeforeClickRuns) lines.push(`  warning: MapLibre had started before the click in ${m.startedBeforeClickRuns} run(s)`);
      for (const n of m.notes ?? []) lines.push(`  note: ${n}`);
    }
  }
  const row = (label, gz, raw, files) => `  ${label.padEnd(37)}${kb(gz).padStart(10)}${kb(raw).padStart(10)}  ${files}`;
  if (ok(results.bundles)) {
    const b = results.bundles;
    lines.push("");
    lines.push("JS (gzip -9)                                  gzip       raw  files");
    lines.push(row("first load of /", b.firstLoadJsGzipBytes, b.firstLoadJsRawBytes, b.firstLoadFiles.length));
    lines.push(row("lazy chunks (map + charts)", b.mapChunkGzipBytes, b.mapChunkRawBytes, b.mapChunkFiles.map((f) => shortName(f.file)).join(", ")));
    lines.push(row("map worker", b.workerGzipBytes, b.workerRawBytes, shortName(b.workerFile)));
    const c = b.checks;
    if (c.lateBeforeInteractionFiles?.length)
      lines.push(
        row(
          "fetched before any interaction",
          c.lateBeforeInteractionGzipBytes,
          c.lateBeforeInteractionFiles.reduce((s, f) => s + f.rawBytes, 0),
          c.lateBeforeInteractionFiles.map((f) => shortName(f.file)).join(", "),
        ),
      );
    if (c.otherLateFiles.length)
      lines.push(
        row(
          "other late scripts (not counted)",
          c.otherLateGzipBytes,
          c.otherLateFiles.reduce((s, f) => s + f.rawBytes, 0),
          c.otherLateFiles.map((f) => shortName(f.file)).join(", "),
        ),
      );
    if (c.noModuleFiles.length)
      lines.push(
        row(
          "nomodule polyfills (not counted)",
          c.noModuleGzipBytes,
          c.noModuleFiles.reduce((s, f) => s + f.rawBytes, 0),
          c.noModuleFiles.map((f) => shortName(f.file)).join(", "),
        ),
      );
    for (const p of c.dynamicImportFilesNotRequested ?? []) lines.push(`  warning: lazy chunk file ${p} was not requested by the browser`);
    for (const p of c.firstLoadFilesNotRequested) lines.push(`  warning: first-load file ${p} was not requested by the browser`);
    if (!c.workerRequestedByBrowser) lines.push(`  warning: the browser did not request ${b.workerFile}`);
    if (c.charts && !c.charts.allDrawn)
      lines.push(`  warning: not every chart was drawn by recharts (${c.charts.rechartsWrappers} of ${c.charts.chartPictures} pictures)`);
  }
  if (ok(results.exports)) {
    lines.push("");
    lines.push(`exports (ms from click to download)      median       min       max     first   (map started by: ${results.exports.mapStartedBy})`);
    for (const name of ["chartPng2x", "mapPng"]) {
      const m = results.exports[name];
      lines.push(m.error ? `  ${name.padEnd(37)}failed: ${m.error}` : `  ${name.padEnd(37)}${cols(m)}  ${fmt(m.firstMs).padStart(8)}`);
    }
  }
  if (ok(results.html)) {
    lines.push("");
    lines.push("HTML                                          raw    gzip -9  inline scripts");
    for (const name of ["home", "deepLink", "floor"]) {
      const h = results.html[name];
      lines.push(
        `  ${h.path.slice(0, 37).padEnd(37)}${kb(h.rawBytes).padStart(10)}${kb(h.gzipBytes).padStart(10)}  ${kb(h.inlineScriptBytes)} in ${h.inlineScriptCount}`,
      );
    }
  }
  if (ok(results.firstLoadJs)) {
    const f = results.firstLoadJs;
    lines.push("");
    lines.push("first-load JS (gzip -9)                       gzip       raw  files");
    lines.push(row(`${f.home.path}`, f.home.gzipBytes, f.home.rawBytes, f.home.fileCount));
    lines.push(row(`${f.floor.path} (floor)`, f.floor.gzipBytes, f.floor.rawBytes, f.floor.fileCount));
    lines.push(`  ratio / over /floor ${String(f.ratio).padStart(26)}   (only in /: ${kb(f.homeOnlyGzipBytes)} in ${f.homeOnlyFiles.length} files)`);
  }
  if (ok(results.lighthouse)) {
    const lh = results.lighthouse;
    const score = (v) => (v === null ? "-" : v.toFixed(2)).padStart(6);
    const ms = (v) => (v === null ? "-" : String(Math.round(v))).padStart(8);
    lines.push("");
    lines.push(
      `Lighthouse ${lh.lighthouseVersion}, medians of each figure             perf  a11y    bp   seo     FCP     LCP     TBT    CLS      SI  bench.index`,
    );
    for (const page of ["floor", "home", "deepLink"]) {
      for (const [ff, r] of Object.entries(lh[page] ?? {})) {
        const m = r.metrics;
        lines.push(
          `  ${`${r.path} ${ff} (${r.validRunCount}/${r.runCount} runs)`.slice(0, 50).padEnd(50)}${score(r.scores.performance)}${score(r.scores.accessibility)}${score(r.scores.bestPractices)}${score(r.scores.seo)}` +
            `${ms(m.fcpMs)}${ms(m.lcpMs)}${ms(m.tbtMs)}${(m.cls === null ? "-" : m.cls.toFixed(3)).padStart(7)}${ms(m.speedIndexMs)}${ms(r.benchmarkIndexMedian)}`,
        );
        lines.push(`      runs (perf/TBT): ${r.runs.map((x) => `#${x.seq} ${x.scores.performance ?? "-"}/${x.metrics.tbtMs ?? "-"}`).join(", ")}`);
        const el = r.lcpElement;
        if (el)
          lines.push(
            `      LCP element (${el.source}): ${el.selector ?? `<${el.nodeName ?? "?"}> ${el.type ?? ""}, ${el.size ?? "?"} px²`}${el.nodeLabel ? ` "${el.nodeLabel}"` : ""}`.slice(
              0,
              160,
            ),
          );
        for (const a of r.failingAudits) lines.push(`      ${a.category}: ${a.id} (score ${a.score}, ${a.runs} run(s))`);
        for (const x of r.runs) if (x.runtimeError) lines.push(`      run #${x.seq} error: ${x.runtimeError}`);
        if (r.mapWorkerLoadedRuns) lines.push(`      note: MapLibre's worker loaded in ${r.mapWorkerLoadedRuns} run(s)`);
      }
    }
  }
  if (ok(results.load)) {
    const l = results.load;
    lines.push("");
    lines.push(`load (${l.connections} connections, ${l.durationSeconds} s each)           req/s   p99 ms  errors timeouts non-2xx  HTML`);
    for (const name of ["home", "deepLink", "floor"]) {
      const r = l[name];
      lines.push(
        `  ${`${name} ${r.path}`.slice(0, 42).padEnd(42)}${String(r.requestsPerSec).padStart(8)}${String(r.latencyP99Ms).padStart(9)}${String(r.errors).padStart(8)}${String(r.timeouts).padStart(9)}${String(r.non2xx).padStart(8)}${kb(r.responseBytes).padStart(10)}`,
      );
    }
    lines.push(`  deep link / floor req/s ratio ${String(l.deepLinkToFloorRatio).padStart(20)}`);
  }
  if (results.targets) {
    for (const [group, title] of Object.entries(GROUPS)) {
      lines.push("");
      lines.push(`targets: ${title}`);
      lines.push(`  ${"".padEnd(58)}${"target".padStart(10)}${"measured".padStart(12)}  met`);
      for (const t of Object.values(results.targets).filter((x) => x.group === group)) {
        lines.push(
          `  ${t.label.padEnd(58)}${`${t.op} ${fmt(t.target)}`.padStart(10)}${fmt(t.measured).padStart(12)}  ${t.met ? "yes" : "NO"}${t.rule ? `   (${t.rule})` : ""}`,
        );
      }
    }
  }
  lines.push("");
  lines.push(`written to ${RESULTS_FILE.replace(ROOT + "/", "")}`);
  console.log(lines.join("\n"));
}

function writeResults(results) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const tmp = `${RESULTS_FILE}.tmp`;
  writeFileSync(tmp, JSON.stringify(results, null, 2) + "\n");
  renameSync(tmp, RESULTS_FILE);
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  process.chdir(ROOT);
  const chromePath = findChromium();
  console.log(`bench: using ${chromePath}; ${RUNS} runs per timing; Lighthouse ${LH_RUNS} mobile / ${LH_DESKTOP_RUNS} desktop runs per page`);
  const build = buildIfNeeded();
  const buildAtStart = buildIdentity();
  // The commit that was built and measured (read now: the tree may change during a long run).
  const { commit, dirty } = gitCommit();

  let server;
  let browser;
  const cleanup = () => {
    server?.stop();
    for (const chrome of activeChromes) killQuietly(chrome.pid);
  };
  process.on("exit", cleanup);
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(130));
  // The whole run is bounded: on expiry the exit handler stops the server and Lighthouse's Chrome.
  const watchdog = setTimeout(() => {
    console.error(`bench: stopped after BENCH_MAX_MINUTES=${MAX_MINUTES} minutes`);
    process.exit(124);
  }, MAX_MINUTES * 60_000);
  try {
    server = await startServer();
    console.log(`bench: app server on ${server.baseUrl} (pid ${server.pid})`);
    browser = await withTimeout(launchChromium({ timeout: STEP_TIMEOUT_MS }), STEP_TIMEOUT_MS + 5_000, "launching Chromium");

    const env = { browser, baseUrl: server.baseUrl, chromePath, serverPid: server.pid };
    const measured = {};
    let failed = 0;
    for (const { keys, run } of MEASUREMENTS) {
      console.log(`bench: measuring ${keys.join(", ")}...`);
      try {
        const value = await run(env);
        if (keys.length === 1) measured[keys[0]] = value;
        else for (const k of keys) measured[k] = value[k];
      } catch (err) {
        failed += 1;
        console.error(`bench: ${keys.join(", ")} failed: ${err.stack ?? err}`);
        for (const k of keys) measured[k] = { error: String(err.message ?? err) };
      }
    }

    const results = {
      meta: {
        schemaVersion: SCHEMA_VERSION,
        date: new Date().toISOString(),
        gitCommit: commit,
        gitDirty: dirty,
        node: process.version,
        chromium: browser.version(),
        chromiumPath: chromePath,
        chromiumArgs: CHROMIUM_ARGS,
        os: `${os.platform()} ${os.release()} ${os.arch()}`,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? null,
        totalMemoryBytes: os.totalmem(),
        totalMemoryGB: round1(os.totalmem() / 1024 ** 3),
        runs: RUNS,
        lighthouseRuns: { mobile: LH_RUNS, desktop: LH_DESKTOP_RUNS },
        loadSeconds: LOAD_SECONDS,
        paths: { home: HOME_PATH, deepLink: DEEP_LINK_PATH, floor: FLOOR_PATH, loadDeepLink: LOAD_DEEP_LINK_PATH },
        targetGroups: GROUPS,
        build: { ...build, ...buildAtStart, ...buildChange(buildAtStart) },
      },
      ...measured,
      targets: computeTargets(measured),
    };
    writeResults(results);
    printSummary(results);
    // The results table in bench/README.md comes from the file just written, never from a hand.
    spawnSync(process.execPath, [join(ROOT, "bench", "readme-table.mjs"), "--write", RESULTS_FILE], { stdio: "inherit" });
    if (failed) process.exitCode = 1;
  } finally {
    clearTimeout(watchdog);
    await withTimeout(browser?.close() ?? Promise.resolve(), 30_000, "closing Chromium").catch(() => {});
    cleanup();
  }
}

// Run only as a script (`node bench/run.mjs`); importing the file (e.g. to try mapSession on a mock page) runs nothing.
if (process.argv[1] && realpathSync(resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url))) {
  main().catch((err) => {
    console.error(`bench failed: ${err.stack ?? err}`);
    process.exitCode = 1;
  });
}

export { SEL, lighthouseFigures, lighthouseRun, mapSession, wakeCharts };
