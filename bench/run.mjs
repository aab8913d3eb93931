// npm run bench: the project's benchmark. See bench/README.md for what is measured and how to read
// bench/results/latest.json.
//
//   1. finds Chromium (scripts/find-chromium.mjs);
//   2. builds the app (`npm run build`), unless BENCH_SKIP_BUILD=1 and a build exists;
//   3. starts `next start` by path on a free port and waits until it answers;
//   4. runs each measurement (one async function each, listed in MEASUREMENTS);
//   5. writes bench/results/latest.json and prints a summary table; stops the server, also on error.
//
// Environment:
//   BENCH_RUNS=5          runs per timed measurement (median, min and max are reported)
//   BENCH_SKIP_BUILD=1    reuse an existing .next build instead of building
//   BENCH_TIMEOUT_MS=60000  how long one page may take to report the map ready
//   BENCH_LH_RUNS=3       Lighthouse runs per page and form factor (the median run is reported)
//   BENCH_LOAD_SECONDS=20 duration of each autocannon load test (100 connections)
//   CHROME_PATH=...       a Chromium/Chrome binary to use instead of the one found
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { findChromium } from "../scripts/find-chromium.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const RESULTS_DIR = join(ROOT, "bench", "results");
const RESULTS_FILE = join(RESULTS_DIR, "latest.json");
const SCHEMA_VERSION = 2; // 2: lighthouse, firstLoadJs, load and targets added

const RUNS = positiveInt(process.env.BENCH_RUNS, 5);
const READY_TIMEOUT_MS = positiveInt(process.env.BENCH_TIMEOUT_MS, 60_000);
const LH_RUNS = positiveInt(process.env.BENCH_LH_RUNS, 3);
const LOAD_SECONDS = positiveInt(process.env.BENCH_LOAD_SECONDS, 20);
const LOAD_CONNECTIONS = 100;

/** The pages compared by the performance budget: the product page and the app's bare floor page. */
const HOME_PATH = "/";
const FLOOR_PATH = "/floor";
/** A deep link that sets every part of the view (schema version, event, place, scope). */
const DEEP_LINK_PATH = "/?v=2&event=2026-01&place=us_houston&scope=nationwide";

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

/** Headless Chromium that renders WebGL through SwiftShader and never calls home (same flags as the browser tests). */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--use-gl=angle",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
};

/** The map's worker file, served from public/ (copied there by scripts/prepare-assets.mjs). */
const WORKER_PATH = "/maplibre-gl-worker.mjs";

// ---------------------------------------------------------------------------------------------
// Small helpers

function positiveInt(value, fallback) {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

const round1 = (n) => Math.round(n * 10) / 10;

/** Median (mean of the middle two for an even count), min and max, in ms with one decimal. */
function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { medianMs: round1(median), minMs: round1(sorted[0]), maxMs: round1(sorted.at(-1)), runs: values.map(round1) };
}

function gitCommit() {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
    // bench/results/ is this script's own output: it does not make the measured code dirty.
    const status = execFileSync("git", ["status", "--porcelain", "--", ".", ":(exclude)bench/results"], { cwd: ROOT, stdio: ["ignore", "pipe", "ignore"] });
    const dirty = status.toString().trim() !== "";
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

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
  const build = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? build.signal})`);
  return { built: true, buildSeconds: round1((Date.now() - started) / 1000) };
}

/** Starts `next start` by path (so that killing this PID stops the server itself) and waits until it answers. */
async function startServer() {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  };
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited early (code ${child.exitCode})`);
    try {
      const res = await fetch(`${baseUrl}/`);
      if (res.ok) return { baseUrl, port, stop, pid: child.pid };
    } catch {
      /* not up yet */
    }
    await sleep(500);
  }
  stop();
  throw new Error(`next start did not answer on ${baseUrl} within 60 s`);
}

// ---------------------------------------------------------------------------------------------
// Browser helpers

/** Records, for the page's lifetime, when the map container's data-ready attribute first became "true". */
function observeReadyAttribute() {
  const record = () => {
    const el = document.querySelector(".maplibregl-map");
    if (el && el.dataset.ready === "true" && window.__benchReadyAttrMs === undefined) window.__benchReadyAttrMs = performance.now();
  };
  new MutationObserver(record).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready", "class"] });
}

/**
 * Opens `path` in a fresh context and waits until the map container reports data-ready="true".
 * Returns the page-side performance.now() (ms since navigation start) at that moment, as seen by
 * waitForFunction's requestAnimationFrame polling, plus the exact moment the attribute was set.
 * On timeout it throws with what the page showed and its console errors.
 */
async function loadUntilMapReady(browser, baseUrl, path, viewport, { onRequest } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const consoleErrors = [];
  try {
    if (onRequest) context.on("request", onRequest);
    const page = await context.newPage();
    page.on("console", (msg) => {
      if (msg.type() === "error") consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => consoleErrors.push(`pageerror: ${err.message}`));
    await page.addInitScript(observeReadyAttribute);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "commit" });
    let readyMs;
    try {
      const handle = await page.waitForFunction(
        () => (document.querySelector(".maplibregl-map")?.dataset.ready === "true" ? performance.now() : false),
        undefined,
        { timeout: READY_TIMEOUT_MS, polling: "raf" },
      );
      readyMs = await handle.jsonValue();
    } catch (err) {
      const state = await page
        .evaluate(() => ({
          url: location.href,
          hasContainer: Boolean(document.querySelector(".maplibregl-map")),
          dataReady: document.querySelector(".maplibregl-map")?.dataset.ready ?? null,
          hasAtlasMap: Boolean(window.__atlasMap),
          mapFrameText: document.querySelector(".map-frame")?.innerText.slice(0, 300) ?? null,
        }))
        .catch((e) => ({ evaluateFailed: String(e) }));
      throw new Error(
        `map never reported ready on ${path} (${viewport.width}x${viewport.height}) within ${READY_TIMEOUT_MS} ms: ${err.message}\n` +
          `page state: ${JSON.stringify(state)}\nconsole errors: ${JSON.stringify(consoleErrors)}`,
      );
    }
    const attrMs = await page.evaluate(() => window.__benchReadyAttrMs ?? null);
    return { readyMs, attrMs, consoleErrors };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Measurements: each takes the shared environment { browser, baseUrl, chromePath } and returns a JSON value.

/** Map ready time for one scenario, RUNS times, each in a fresh (cold-cache) browser context. */
async function measureMapReadyScenario({ browser, baseUrl }, name, path, viewport) {
  const values = [];
  const attrValues = [];
  const consoleErrors = new Set();
  for (let i = 0; i < RUNS; i++) {
    const r = await loadUntilMapReady(browser, baseUrl, path, viewport);
    values.push(r.readyMs);
    if (r.attrMs !== null) attrValues.push(r.attrMs);
    r.consoleErrors.forEach((e) => consoleErrors.add(e));
    process.stdout.write(`bench: mapReady.${name} run ${i + 1}/${RUNS}: ${round1(r.readyMs)} ms\n`);
  }
  return {
    path,
    viewport,
    ...summarize(values),
    attributeSetMedianMs: attrValues.length ? summarize(attrValues).medianMs : null,
    consoleErrors: [...consoleErrors],
  };
}

async function measureMapReady(env) {
  // One unmeasured load first, so that the first measured run does not pay for the server's
  // cold start (first dynamic render, file cache) or Chromium's first SwiftShader context.
  await loadUntilMapReady(env.browser, env.baseUrl, "/", VIEWPORTS.desktop);
  return {
    desktop: await measureMapReadyScenario(env, "desktop", "/", VIEWPORTS.desktop),
    phone: await measureMapReadyScenario(env, "phone", "/", VIEWPORTS.phone),
    deepLink: await measureMapReadyScenario(env, "deepLink", "/?event=2026-01", VIEWPORTS.desktop),
  };
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
  const res = await fetch(`${baseUrl}${path}`);
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
    return entry ? { firstLoadUncompressedJsBytes: entry.firstLoadUncompressedJsBytes, files: entry.firstLoadChunkPaths.map((p) => p.replace(/^\.next\//, "/_next/")) } : null;
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

async function measureBundles({ browser, baseUrl }) {
  const origin = new URL(baseUrl).origin;
  const htmlRes = await fetch(`${baseUrl}/`);
  if (!htmlRes.ok) throw new Error(`GET /: HTTP ${htmlRes.status}`);
  const { paths: initial, noModule } = scriptPathsInHtml(await htmlRes.text(), origin);

  // Load / until the map is ready and record every same-origin script (and worker) the browser asks for.
  const requested = new Set();
  await loadUntilMapReady(browser, baseUrl, "/", VIEWPORTS.desktop, {
    onRequest: (req) => {
      const url = new URL(req.url());
      if (url.origin !== origin) return;
      if (["script", "worker"].includes(req.resourceType()) || /\.m?js$/.test(url.pathname)) requested.add(url.pathname);
    },
  });
  // Scripts fetched after the HTML's own: the lazy map code, plus whatever else loads late.
  const lateScripts = [...requested].filter((p) => !initial.has(p) && !noModule.has(p) && p !== WORKER_PATH).sort();
  const dynamicFiles = dynamicImportFiles("page");
  const isMap = (p) => (dynamicFiles ? dynamicFiles.has(p) : true);

  const firstLoadFiles = await Promise.all([...initial].sort().map((p) => gzipOf(baseUrl, p)));
  const mapChunkFiles = await Promise.all(lateScripts.filter(isMap).map((p) => gzipOf(baseUrl, p)));
  const otherLateFiles = await Promise.all(lateScripts.filter((p) => !isMap(p)).map((p) => gzipOf(baseUrl, p)));
  const noModuleFiles = await Promise.all([...noModule].sort().map((p) => gzipOf(baseUrl, p)));
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
      // How the map chunk was told apart: "react-loadable-manifest" or "all late scripts" (manifest missing).
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
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: READY_TIMEOUT_MS }), page.locator(button).click()]);
  const ms = performance.now() - t0;
  await download.delete();
  return ms;
}

/**
 * Export times, all in the browser: a chart PNG at 2x of the social size (1200x630 -> 2400x1260)
 * and the map PNG of the default view. The first export of each kind warms up (lazy chunks, font
 * fetch) and is reported apart from the median of the next RUNS.
 */
async function measureExports({ browser, baseUrl }) {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.waitForFunction(() => document.querySelector(".maplibregl-map")?.dataset.ready === "true", undefined, { timeout: READY_TIMEOUT_MS });
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
      const firstMs = await timeExport(page, open, button);
      const values = [];
      for (let i = 0; i < RUNS; i++) {
        values.push(await timeExport(page, open, button));
        process.stdout.write(`bench: exports.${name} run ${i + 1}/${RUNS}: ${round1(values.at(-1))} ms\n`);
      }
      return { ...summarize(values), firstMs: round1(firstMs) };
    };
    return {
      chartPng2x: { chart: "fiscal", size: "1200x630 at 2x", ...(await series("chartPng2x", chartMenu, '#chart-fiscal [data-export="png-2"]')) },
      mapPng: { view: "/", ...(await series("mapPng", mapMenu, '[data-export="map-png"]')) },
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Performance budget: first-load JS against the floor page, Lighthouse, load under autocannon.

/** First-load JS (gzip -9) of one page: the scripts its HTML references, nomodule polyfills excluded. */
async function firstLoadOf(baseUrl, path) {
  const res = await fetch(`${baseUrl}${path}`);
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
    ratio: Math.round((home.gzipBytes / floor.gzipBytes) * 1000) / 1000,
    sharedGzipBytes: sumGzip(home.files.filter((f) => floorFiles.has(f.file))),
    homeOnlyGzipBytes: sumGzip(homeOnly),
    homeOnlyFiles: homeOnly.map(({ file, gzipBytes }) => ({ file, gzipBytes })),
  };
}

const round3 = (n) => Math.round(n * 1000) / 1000;

/** The figures of one Lighthouse result (lhr) that the bench reports. */
function lighthouseFigures(lhr) {
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
  return {
    scores: { performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), seo: score("seo") },
    metrics: {
      fcpMs: num("first-contentful-paint"),
      lcpMs: num("largest-contentful-paint"),
      tbtMs: num("total-blocking-time"),
      cls: num("cumulative-layout-shift", round3),
      speedIndexMs: num("speed-index"),
    },
    mainThreadWorkMs: num("mainthread-work-breakdown"),
    // What the page fetched during the run: whether the lazy map (its worker) was part of what was scored.
    requestCount: lhr.audits["network-requests"]?.details?.items?.length ?? null,
    totalByteWeight: lhr.audits["total-byte-weight"]?.numericValue ?? null,
    mapWorkerLoaded: (lhr.audits["network-requests"]?.details?.items ?? []).some((item) => String(item.url).endsWith(WORKER_PATH)),
    bootupTimeMs: num("bootup-time"),
    failingAudits,
    runtimeError: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
    runWarnings: lhr.runWarnings ?? [],
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    lighthouseVersion: lhr.lighthouseVersion,
  };
}

/** One Lighthouse run in its own Chrome (fresh profile, as the CLI does); returns the lhr. */
async function lighthouseRun(url, formFactor, chromePath) {
  const { default: lighthouse, desktopConfig } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: LIGHTHOUSE_CHROME_FLAGS, logLevel: "silent" });
  try {
    const flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: LIGHTHOUSE_CATEGORIES };
    // Mobile: Lighthouse's default config (Moto G Power emulation, simulated slow 4G, 4x CPU slowdown).
    const result = await lighthouse(url, flags, formFactor === "desktop" ? desktopConfig : undefined);
    if (!result?.lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

/**
 * LH_RUNS Lighthouse runs of one page in one form factor. The reported run is the median by
 * performance score (lower middle for an even count; ties keep run order); all runs' scores are kept.
 */
async function lighthouseScenario({ baseUrl, chromePath }, path, formFactor) {
  const runs = [];
  for (let i = 0; i < LH_RUNS; i++) {
    const started = Date.now();
    const lhr = await lighthouseRun(`${baseUrl}${path}`, formFactor, chromePath);
    const figures = lighthouseFigures(lhr);
    runs.push(figures);
    process.stdout.write(
      `bench: lighthouse ${path} ${formFactor} run ${i + 1}/${LH_RUNS}: performance ${figures.scores.performance}, ` +
        `TBT ${figures.metrics.tbtMs} ms, LCP ${figures.metrics.lcpMs} ms (${round1((Date.now() - started) / 1000)} s)\n`,
    );
  }
  const order = runs.map((r, i) => i).sort((a, b) => (runs[a].scores.performance ?? -1) - (runs[b].scores.performance ?? -1) || a - b);
  const medianIndex = order[Math.floor((order.length - 1) / 2)];
  const { lighthouseVersion, ...median } = runs[medianIndex];
  return {
    path,
    formFactor,
    medianRun: medianIndex + 1, // 1-based, in run order
    ...median,
    runs: runs.map((r) => ({ scores: r.scores, metrics: r.metrics, benchmarkIndex: r.benchmarkIndex, runtimeError: r.runtimeError })),
    lighthouseVersion,
  };
}

/** Lighthouse (Node API, chrome-launcher) on `/` and `/floor`, mobile and desktop. */
async function measureLighthouse(env) {
  const page = async (path) => ({
    mobile: await lighthouseScenario(env, path, "mobile"),
    desktop: await lighthouseScenario(env, path, "desktop"),
  });
  const home = await page(HOME_PATH);
  const floor = await page(FLOOR_PATH);
  return {
    lighthouseVersion: home.mobile.lighthouseVersion,
    runsPerScenario: LH_RUNS,
    chromeFlags: LIGHTHOUSE_CHROME_FLAGS,
    categories: LIGHTHOUSE_CATEGORIES,
    home,
    floor,
  };
}

/** One autocannon run; the figures the bench reports. */
async function autocannonRun(url, { connections, duration }) {
  const { default: autocannon } = await import("autocannon");
  const r = await autocannon({ url, connections, duration });
  return {
    requestsPerSec: round1(r.requests.average), // mean of the per-second samples
    requestsPerSecStddev: round1(r.requests.stddev),
    latencyMeanMs: round1(r.latency.mean),
    latencyP50Ms: round1(r.latency.p50),
    latencyP99Ms: round1(r.latency.p99),
    latencyMaxMs: round1(r.latency.max),
    totalRequests: r.requests.total,
    responses2xx: r["2xx"],
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    bytesPerSec: Math.round(r.throughput.average),
  };
}

/**
 * Throughput of `next start` under LOAD_CONNECTIONS connections for LOAD_SECONDS each, on `/`, a deep
 * link and `/floor`, one after the other against the same server. Each is preceded by an unmeasured
 * 2 s warm-up at 10 connections. autocannon runs in this process, on the same cores as the server.
 */
async function measureLoad({ baseUrl }) {
  const targets = { home: HOME_PATH, deepLink: DEEP_LINK_PATH, floor: FLOOR_PATH };
  const out = {};
  for (const [name, path] of Object.entries(targets)) {
    const url = `${baseUrl}${path}`;
    // The size of one response (decoded HTML): what each request makes the server render and send.
    const res = await fetch(url);
    const responseBytes = Buffer.byteLength(await res.text());
    if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
    await autocannonRun(url, { connections: 10, duration: 2 });
    const r = await autocannonRun(url, { connections: LOAD_CONNECTIONS, duration: LOAD_SECONDS });
    out[name] = { path, responseBytes, ...r };
    process.stdout.write(`bench: load ${path}: ${r.requestsPerSec} req/s, p99 ${r.latencyP99Ms} ms, errors ${r.errors}, non-2xx ${r.non2xx}\n`);
  }
  return {
    connections: LOAD_CONNECTIONS,
    durationSeconds: LOAD_SECONDS,
    ...out,
    deepLinkToFloorRatio: round3(out.deepLink.requestsPerSec / out.floor.requestsPerSec),
    homeToFloorRatio: round3(out.home.requestsPerSec / out.floor.requestsPerSec),
  };
}

// ---------------------------------------------------------------------------------------------
// Targets: the quality gate's performance budget, compared with what was measured. A missed
// target is reported (met: false), never an error.

const COMPARE = {
  ">=": (m, t) => m >= t,
  "<=": (m, t) => m <= t,
  "=": (m, t) => m === t,
};

function target(label, source, op, value, measured) {
  const ok = typeof measured === "number" && Number.isFinite(measured);
  return { label, source, op, target: value, measured: ok ? measured : null, met: ok ? COMPARE[op](measured, value) : false };
}

function computeTargets({ lighthouse, firstLoadJs, load }) {
  const home = lighthouse?.home;
  // Accessibility, best practices and SEO of `/`: the lower of the mobile and desktop median runs.
  const lowest = (key) => {
    const values = [home?.mobile?.scores[key], home?.desktop?.scores[key]].filter((v) => typeof v === "number");
    return values.length === 2 ? Math.min(...values) : null;
  };
  const paths = ["home", "deepLink", "floor"];
  const sum = (key) => (load ? paths.reduce((s, p) => s + load[p][key], 0) : null);
  return {
    lighthouseMobilePerformance: target("Lighthouse performance, / mobile", "lighthouse.home.mobile.scores.performance", ">=", 0.95, home?.mobile?.scores.performance),
    lighthouseAccessibility: target("Lighthouse accessibility, / (lower of mobile, desktop)", "lighthouse.home.{mobile,desktop}.scores.accessibility", "=", 1, lowest("accessibility")),
    lighthouseBestPractices: target("Lighthouse best practices, / (lower of mobile, desktop)", "lighthouse.home.{mobile,desktop}.scores.bestPractices", "=", 1, lowest("bestPractices")),
    lighthouseSeo: target("Lighthouse SEO, / (lower of mobile, desktop)", "lighthouse.home.{mobile,desktop}.scores.seo", "=", 1, lowest("seo")),
    firstLoadJsRatio: target("first-load JS gzip, / over /floor", "firstLoadJs.ratio", "<=", 1.4, firstLoadJs?.ratio),
    loadErrors: target("errors (incl. timeouts) under load, all three URLs", "load.{home,deepLink,floor}.errors", "=", 0, sum("errors")),
    loadNon2xx: target("non-2xx responses under load, all three URLs", "load.{home,deepLink,floor}.non2xx", "=", 0, sum("non2xx")),
    deepLinkThroughputRatio: target("req/s of the deep link over /floor", "load.deepLinkToFloorRatio", ">=", 0.8, load?.deepLinkToFloorRatio),
  };
}

/** Add a measurement here: { key in results, function(env) -> JSON value }. */
const MEASUREMENTS = [
  { key: "mapReady", run: measureMapReady },
  { key: "bundles", run: measureBundles },
  { key: "exports", run: measureExports },
  { key: "firstLoadJs", run: measureFirstLoadJs },
  { key: "lighthouse", run: measureLighthouse },
  { key: "load", run: measureLoad }, // last: it loads the server hardest
];

// ---------------------------------------------------------------------------------------------
// Output

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const shortName = (p) => p.split("/").pop();

function printSummary(results) {
  const { meta, mapReady, bundles } = results;
  const lines = [];
  lines.push("");
  lines.push(`Extradition Atlas bench  ${meta.date}  commit ${meta.gitCommit ?? "?"}${meta.gitDirty ? " (dirty)" : ""}`);
  lines.push(`${meta.cpus} CPUs, ${meta.totalMemoryGB} GB, node ${meta.node}, chromium ${meta.chromium}, ${meta.runs} runs each`);
  if (meta.build.changedDuringRun) {
    lines.push(`WARNING: .next was rebuilt or removed during this run (build ${meta.build.buildId} -> ${meta.build.buildIdAtEnd ?? "none"}):`);
    lines.push("         the server lost files it was serving; the figures below are not reliable. Run the bench again.");
  }
  lines.push("");
  lines.push("map ready (ms since navigation start)   median       min       max");
  for (const [name, m] of Object.entries(mapReady)) {
    const label = `${name} ${m.path} ${m.viewport.width}x${m.viewport.height}`;
    lines.push(`  ${label.padEnd(37)}${String(m.medianMs).padStart(8)}  ${String(m.minMs).padStart(8)}  ${String(m.maxMs).padStart(8)}`);
  }
  lines.push("");
  lines.push("JS (gzip -9)                                  gzip       raw  files");
  const row = (label, gz, raw, files) => `  ${label.padEnd(37)}${kb(gz).padStart(10)}${kb(raw).padStart(10)}  ${files}`;
  lines.push(row("first load of /", bundles.firstLoadJsGzipBytes, bundles.firstLoadJsRawBytes, bundles.firstLoadFiles.length));
  lines.push(row("lazy chunks (map + charts)", bundles.mapChunkGzipBytes, bundles.mapChunkRawBytes, bundles.mapChunkFiles.map((f) => shortName(f.file)).join(", ")));
  lines.push(row("map worker", bundles.workerGzipBytes, bundles.workerRawBytes, shortName(bundles.workerFile)));
  const c = bundles.checks;
  if (c.otherLateFiles.length) lines.push(row("other late scripts (not counted)", c.otherLateGzipBytes, c.otherLateFiles.reduce((s, f) => s + f.rawBytes, 0), c.otherLateFiles.map((f) => shortName(f.file)).join(", ")));
  if (c.noModuleFiles.length) lines.push(row("nomodule polyfills (not counted)", c.noModuleGzipBytes, c.noModuleFiles.reduce((s, f) => s + f.rawBytes, 0), c.noModuleFiles.map((f) => shortName(f.file)).join(", ")));
  for (const p of c.dynamicImportFilesNotRequested ?? []) lines.push(`  warning: map chunk file ${p} was not requested by the browser`);
  for (const p of c.firstLoadFilesNotRequested) lines.push(`  warning: first-load file ${p} was not requested by the browser`);
  if (!c.workerRequestedByBrowser) lines.push(`  warning: the browser did not request ${bundles.workerFile}`);
  const errors = Object.entries(mapReady).flatMap(([name, m]) => m.consoleErrors.map((e) => `${name}: ${e}`));
  for (const e of errors) lines.push(`  console error during mapReady ${e}`);
  if (results.exports) {
    lines.push("");
    lines.push("exports (ms from click to download)      median       min       max     first");
    for (const [name, m] of Object.entries(results.exports)) {
      lines.push(`  ${name.padEnd(37)}${String(m.medianMs).padStart(8)}  ${String(m.minMs).padStart(8)}  ${String(m.maxMs).padStart(8)}  ${String(m.firstMs).padStart(8)}`);
    }
  }
  if (results.firstLoadJs) {
    const f = results.firstLoadJs;
    lines.push("");
    lines.push("first-load JS (gzip -9)                       gzip       raw  files");
    lines.push(row(`${f.home.path}`, f.home.gzipBytes, f.home.rawBytes, f.home.fileCount));
    lines.push(row(`${f.floor.path} (floor)`, f.floor.gzipBytes, f.floor.rawBytes, f.floor.fileCount));
    lines.push(`  ratio / over /floor ${String(f.ratio).padStart(26)}   (only in /: ${kb(f.homeOnlyGzipBytes)} in ${f.homeOnlyFiles.length} files)`);
  }
  if (results.lighthouse) {
    const lh = results.lighthouse;
    lines.push("");
    lines.push(`Lighthouse ${lh.lighthouseVersion}, median of ${lh.runsPerScenario} by performance   perf  a11y    bp   seo     FCP     LCP     TBT    CLS      SI  bench.index`);
    const score = (v) => (v === null ? "-" : v.toFixed(2)).padStart(6);
    const ms = (v) => (v === null ? "-" : String(Math.round(v))).padStart(8);
    for (const page of ["home", "floor"]) {
      for (const ff of ["mobile", "desktop"]) {
        const r = lh[page][ff];
        const m = r.metrics;
        const perfRuns = r.runs.map((x) => x.scores.performance ?? "-").join("/");
        lines.push(
          `  ${`${r.path} ${ff} (runs ${perfRuns})`.padEnd(43)}${score(r.scores.performance)}${score(r.scores.accessibility)}${score(r.scores.bestPractices)}${score(r.scores.seo)}` +
            `${ms(m.fcpMs)}${ms(m.lcpMs)}${ms(m.tbtMs)}${(m.cls === null ? "-" : m.cls.toFixed(3)).padStart(7)}${ms(m.speedIndexMs)}${ms(r.benchmarkIndex)}`,
        );
        for (const a of r.failingAudits) lines.push(`      ${a.category}: ${a.id} (score ${a.score})`);
        if (r.runtimeError) lines.push(`      runtime error: ${r.runtimeError}`);
      }
    }
  }
  if (results.load) {
    const l = results.load;
    lines.push("");
    lines.push(`load (${l.connections} connections, ${l.durationSeconds} s each)           req/s   p99 ms  errors timeouts non-2xx  HTML`);
    for (const name of ["home", "deepLink", "floor"]) {
      const r = l[name];
      lines.push(`  ${`${name} ${r.path}`.slice(0, 42).padEnd(42)}${String(r.requestsPerSec).padStart(8)}${String(r.latencyP99Ms).padStart(9)}${String(r.errors).padStart(8)}${String(r.timeouts).padStart(9)}${String(r.non2xx).padStart(8)}${kb(r.responseBytes).padStart(10)}`);
    }
    lines.push(`  deep link / floor req/s ratio ${String(l.deepLinkToFloorRatio).padStart(20)}`);
  }
  if (results.targets) {
    lines.push("");
    lines.push("performance budget                                             target    measured  met");
    for (const t of Object.values(results.targets)) {
      lines.push(`  ${t.label.padEnd(58)}${`${t.op} ${t.target}`.padStart(8)}${String(t.measured ?? "-").padStart(12)}  ${t.met ? "yes" : "NO"}`);
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
  console.log(`bench: using ${chromePath}; ${RUNS} runs per timing`);
  const build = buildIfNeeded();
  const buildAtStart = buildIdentity();

  let server;
  let browser;
  const cleanup = () => {
    server?.stop();
  };
  process.on("exit", cleanup);
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(130));
  try {
    server = await startServer();
    console.log(`bench: next start on ${server.baseUrl} (pid ${server.pid})`);
    browser = await chromium.launch({ executablePath: chromePath, headless: true, args: CHROMIUM_ARGS });

    const env = { browser, baseUrl: server.baseUrl, chromePath };
    const measured = {};
    for (const { key, run } of MEASUREMENTS) {
      console.log(`bench: measuring ${key}...`);
      measured[key] = await run(env);
    }

    const { commit, dirty } = gitCommit();
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
        lighthouseRuns: LH_RUNS,
        loadSeconds: LOAD_SECONDS,
        build: { ...build, ...buildAtStart, ...buildChange(buildAtStart) },
      },
      ...measured,
      targets: computeTargets(measured),
    };
    writeResults(results);
    printSummary(results);
  } finally {
    await browser?.close().catch(() => {});
    cleanup();
  }
}

main().catch((err) => {
  console.error(`bench failed: ${err.stack ?? err}`);
  process.exitCode = 1;
});
