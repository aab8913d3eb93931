// Targets: the performance budget, compared with what was measured. A missed target is reported
// (met: false), never an error. Each target names its group (the issue that owns it). Computed from
// whatever sections latest.json holds, so a run of some parts recomputes every target from the merged file.
import { ok } from "./section.mjs";
import { round1, round3 } from "./timing.mjs";

/** Target groups: which issue owns a target. */
export const GROUPS = {
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
/** 20 KB of inline payload (the `self.__next_f` scripts) in the HTML of `/`. */
const PAYLOAD_HOME_MAX_BYTES = 20 * 1024;
const FIRST_LOAD_JS_MAX_RATIO = 1.2;

export function computeTargets({ lighthouse, firstLoadJs, html, load, cameraStorm, images, responseIdentity, hostileBurst }) {
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
  out.payloadHomeBytes = fp("inline RSC payload of / (bytes)", "html.home.inlinePayloadBytes", "<=", PAYLOAD_HOME_MAX_BYTES, html?.home?.inlinePayloadBytes);
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
