// The bench's parts, in the order a whole run measures them. `npm run bench -- <part> ...` runs some
// of them (still in this order) and merges their sections into bench/results/latest.json.
//
// Add a part here: { name, keys: the sections of latest.json it fills, needsBrowser, about,
// run: function(env) -> JSON value }. With one key the value is that section; with several, the
// value is an object holding each. env: { browser (null unless a chosen part needsBrowser), baseUrl, chromePath, serverPid }.
import { measureBundles } from "./bundles.mjs";
import { measureExports } from "./exports.mjs";
import { measureFirstLoadJs } from "./first-load-js.mjs";
import { measureHostileBurst } from "./hostile.mjs";
import { measureHtml } from "./html.mjs";
import { measureLcpPhases } from "./lcp-phases.mjs";
import { measureLighthouse } from "./lighthouse.mjs";
import { measureCameraStorm, measureImages, measureLoad, measureResponseIdentity } from "./load.mjs";
import { measureMap } from "./map-timings.mjs";
import { FLOOR_PATH, HOME_PATH, LOAD_DEEP_LINK_PATH, LOAD_SECONDS } from "./settings.mjs";

export const PARTS = [
  {
    name: "map",
    keys: ["mapFirstPaint", "mapClickToReady"],
    needsBrowser: true,
    about: "navigation -> map picture visible, first click -> MapLibre ready",
    run: measureMap,
  },
  { name: "bundles", keys: ["bundles"], needsBrowser: true, about: "JS of /: first load, lazy chunks after a click, worker", run: measureBundles },
  { name: "exports", keys: ["exports"], needsBrowser: true, about: "chart PNG at 2x and map PNG, click to download", run: measureExports },
  { name: "html", keys: ["html"], needsBrowser: false, about: "HTML bytes of /, the deep link and /floor", run: measureHtml },
  { name: "first-load-js", keys: ["firstLoadJs"], needsBrowser: false, about: "first-load JS of / against /floor", run: measureFirstLoadJs },
  {
    name: "lcp-phases",
    keys: ["lcpPhases"],
    needsBrowser: true,
    about: "LCP of /floor, / and the deep link split into TTFB, HTML, render-blocking and render delay (phone, throttled)",
    run: measureLcpPhases,
  },
  {
    name: "lighthouse",
    keys: ["lighthouse"],
    needsBrowser: false, // each run starts its own Chrome
    about: "Lighthouse on /floor, / and the deep link, interleaved (most of a whole run's time)",
    run: measureLighthouse,
  },
  // Last: they load the server hardest. Cached views against /floor first, then the storm of new camera links (which pushes canonical pages out of the cache), then images.
  {
    name: "load",
    keys: ["load"],
    needsBrowser: false,
    about: "req/s of /, a deep link and /floor at 100 connections",
    run: (env) => measureLoad(env, { paths: { home: HOME_PATH, deepLink: LOAD_DEEP_LINK_PATH, floor: FLOOR_PATH }, seconds: LOAD_SECONDS }),
  },
  {
    name: "response-identity",
    keys: ["responseIdentity"],
    needsBrowser: false,
    about: "the same URL twice: identical bytes and headers, inline scripts hashed in the CSP",
    run: (env) => measureResponseIdentity(env, LOAD_DEEP_LINK_PATH),
  },
  { name: "camera-storm", keys: ["cameraStorm"], needsBrowser: false, about: "5,000 new camera links at 50 connections", run: measureCameraStorm },
  { name: "images", keys: ["images"], needsBrowser: false, about: "preview images: ignored parameters, distinct URLs", run: measureImages },
  { name: "hostile-burst", keys: ["hostileBurst"], needsBrowser: false, about: "10 s of requests that must not reach Next", run: measureHostileBurst },
];

/** The parts and what each measures, one a line, for --list and for an unknown name. */
export function describeParts() {
  return PARTS.map((p) => `  ${p.name.padEnd(19)}${p.about} (${p.keys.join(", ")})`).join("\n");
}

/** The parts named, in the bench's order (every part when none is named); throws naming an unknown one. */
export function selectParts(names) {
  const unknown = names.filter((n) => !PARTS.some((p) => p.name === n));
  if (unknown.length)
    throw new Error(`unknown part${unknown.length > 1 ? "s" : ""} ${unknown.map((n) => `"${n}"`).join(", ")}; the parts are:\n${describeParts()}`);
  return names.length ? PARTS.filter((p) => names.includes(p.name)) : PARTS;
}
