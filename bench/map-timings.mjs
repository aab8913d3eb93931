// Part "map": the map in the browser. Navigation -> map picture visible (mapFirstPaint), and the
// first click on the picture -> MapLibre ready (mapClickToReady).
import { VIEWPORTS } from "../scripts/chromium.mjs";
import { mapSession, SEL } from "./page-session.mjs";
import { DEEP_LINK_PATH, HOME_PATH, RUNS } from "./settings.mjs";
import { medianOf, summarize } from "./stats.mjs";
import { round1 } from "./timing.mjs";

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
export async function measureMap(env) {
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
