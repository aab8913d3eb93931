// One Lighthouse run (Node API, its own Chrome) and the figures the bench keeps from its result.
import { WORKER_PATH } from "./settings.mjs";
import { round1, round3, withTimeout } from "./timing.mjs";

/** One Lighthouse run (Chrome start, load, trace, audits). Lighthouse's own page-load limit is 45 s, but tracing and
 * auditing a page that runs MapLibre at load took up to 250 s on 2 busy cores. */
const LH_RUN_TIMEOUT_MS = 420_000;

/** Chrome flags for Lighthouse (chrome-launcher adds its own defaults: no extensions, fresh profile, ...). */
export const LIGHTHOUSE_CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
export const LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

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
export function lighthouseFigures(lhr, traceLcp) {
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
export async function lighthouseRun(url, formFactor, chromePath) {
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

/** Kills the Chromes of Lighthouse runs still going (the bench's exit handler: interrupted, or out of time). */
export function killLighthouseChromes() {
  for (const chrome of activeChromes) killQuietly(chrome.pid);
}

/** A run that failed outright (Chrome did not start, Lighthouse timed out): no figures, the reason kept. */
export function failedRun(err) {
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
