// Part "lcp-phases": where the Largest Contentful Paint of `/`, the deep link and `/floor` spends its
// time, in the bench's own Chromium on a phone, throttled the way Lighthouse's mobile preset
// describes (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower) but applied, not
// simulated. Lighthouse 12.2.3's own LCP breakdown fails on this Chromium (TraceElements error).
// Phases of a text LCP (web.dev's breakdown; a text element has no resource of its own):
//   ttfb            navigation -> first byte of the HTML
//   htmlLoad        first byte -> last byte of the HTML
//   renderBlocking  last byte of the HTML -> the later of the last stylesheet and the LCP text's
//                   font arriving (0 when both were in before the HTML ended)
//   renderDelay     that moment -> the LCP paint: parsing, style, layout, scripts that run first
// Chromium's DevTools emulation adds the round trip to the end of each response, not to its first
// byte (measured: with 500 ms latency, /floor's responseStart 45-60 ms, responseEnd 535 ms), so the
// ttfb phase reads unthrottled and the round trip shows in htmlLoad.
import { VIEWPORTS } from "../scripts/chromium.mjs";
import { DEEP_LINK_PATH, FLOOR_PATH, HOME_PATH, RUNS } from "./settings.mjs";
import { medianOf } from "./stats.mjs";
import { round1 } from "./timing.mjs";

/** Lighthouse's mobile preset (constants.throttling.mobileSlow4G), applied through DevTools. */
export const MOBILE_THROTTLING = { latencyMs: 150, downloadBitsPerSecond: 1.6 * 1024 * 1024, uploadBitsPerSecond: 750 * 1024, cpuSlowdown: 4 };

const PAGES = { floor: FLOOR_PATH, home: HOME_PATH, deepLink: DEEP_LINK_PATH };

/** Page-side, before the page's scripts: the latest LCP candidate and the font its text uses. */
function observeLcp() {
  new PerformanceObserver((list) => {
    const e = list.getEntries().at(-1);
    if (!e) return;
    const el = e.element;
    window.__lcp = {
      startTimeMs: e.startTime,
      tag: el ? el.tagName.toLowerCase() + (el.id ? `#${el.id}` : "") + (el.classList.length ? `.${[...el.classList].join(".")}` : "") : null,
      fontWeight: el ? getComputedStyle(el).fontWeight : null,
    };
  }).observe({ type: "largest-contentful-paint", buffered: true });
}

/** Page-side, after load: the timings the phases are made of, on the performance.now() clock. */
function readTimings() {
  const nav = performance.getEntriesByType("navigation")[0];
  const resources = performance.getEntriesByType("resource");
  const ends = (test) => resources.filter((r) => test(r.name)).map((r) => r.responseEnd);
  const weight = Number(window.__lcp?.fontWeight ?? 400) >= 600 ? (Number(window.__lcp?.fontWeight) >= 700 ? "700" : "600") : "400";
  return {
    ttfbMs: nav.responseStart,
    htmlEndMs: nav.responseEnd,
    cssEndMs: Math.max(0, ...ends((u) => u.endsWith(".css"))),
    lcpFontEndMs: Math.max(0, ...ends((u) => u.includes(`-${weight}-normal.woff2`))),
    scriptsBeforeLcp: resources
      .filter((r) => r.initiatorType === "script" || r.name.endsWith(".js"))
      .filter((r) => r.responseEnd < (window.__lcp?.startTimeMs ?? 0)).length,
    fcpMs: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    lcp: window.__lcp ?? null,
  };
}

/**
 * The phases of one page from its timings (ms on the page's clock); they add up to the LCP time.
 * phasesFrom({ ttfbMs: 100, htmlEndMs: 300, cssEndMs: 350, lcpFontEndMs: 500, scriptsBeforeLcp: 2, fcpMs: 520, lcp: { startTimeMs: 600, tag: "p.lede" } })
 *   -> { lcpMs: 600, ttfbMs: 100, htmlLoadMs: 200, renderBlockingMs: 200, renderDelayMs: 100, ... }
 */
export function phasesFrom(t) {
  const blockedUntil = Math.max(t.htmlEndMs, t.cssEndMs, t.lcpFontEndMs);
  return {
    lcpMs: round1(t.lcp.startTimeMs),
    fcpMs: t.fcpMs === null ? null : round1(t.fcpMs),
    ttfbMs: round1(t.ttfbMs),
    htmlLoadMs: round1(t.htmlEndMs - t.ttfbMs),
    renderBlockingMs: round1(blockedUntil - t.htmlEndMs),
    renderDelayMs: round1(t.lcp.startTimeMs - blockedUntil),
    scriptsBeforeLcp: t.scriptsBeforeLcp,
    element: t.lcp.tag,
  };
}

/** One fresh throttled page: its LCP phases in ms. */
async function phasesOf(browser, baseUrl, path) {
  const context = await browser.newContext({ viewport: VIEWPORTS.phone, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: MOBILE_THROTTLING.latencyMs,
      downloadThroughput: MOBILE_THROTTLING.downloadBitsPerSecond / 8,
      uploadThroughput: MOBILE_THROTTLING.uploadBitsPerSecond / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: MOBILE_THROTTLING.cpuSlowdown });
    await page.addInitScript(observeLcp);
    await page.goto(`${baseUrl}${path}`, { waitUntil: "load", timeout: 120_000 });
    await page.waitForFunction(() => window.__lcp !== undefined, undefined, { timeout: 30_000 });
    return phasesFrom(await page.evaluate(readTimings));
  } finally {
    await context.close();
  }
}

const PHASES = ["lcpMs", "fcpMs", "ttfbMs", "htmlLoadMs", "renderBlockingMs", "renderDelayMs", "scriptsBeforeLcp"];

/**
 * RUNS throttled pages of each of /floor, / and the deep link, interleaved so that the machine's
 * noise falls on all three alike; the median of each phase per page, and every run.
 */
export async function measureLcpPhases({ browser, baseUrl }) {
  const runs = Object.fromEntries(Object.keys(PAGES).map((k) => [k, []]));
  await phasesOf(browser, baseUrl, FLOOR_PATH); // unmeasured: the server's and the browser's cold start
  for (let i = 0; i < RUNS; i++) {
    for (const [name, path] of Object.entries(PAGES)) {
      const r = await phasesOf(browser, baseUrl, path);
      runs[name].push(r);
      process.stdout.write(
        `bench: lcp phases ${name} run ${i + 1}/${RUNS}: LCP ${r.lcpMs} ms = TTFB ${r.ttfbMs} + HTML ${r.htmlLoadMs} + blocking ${r.renderBlockingMs} + render delay ${r.renderDelayMs} (${r.element})\n`,
      );
    }
  }
  const pages = Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      {
        path: PAGES[name],
        ...Object.fromEntries(PHASES.map((p) => [`${p}Median`, round1(medianOf(list.map((r) => r[p]).filter((v) => v !== null)))])),
        elements: [...new Set(list.map((r) => r.element))],
        runs: list,
      },
    ]),
  );
  return { viewport: VIEWPORTS.phone, throttling: MOBILE_THROTTLING, ...pages };
}
