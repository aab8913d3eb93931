// Part "lighthouse": Lighthouse on /floor, / and the deep link, runs interleaved, medians per figure.
import { FLOOR_PATH, DEEP_LINK_PATH, HOME_PATH, LH_DESKTOP_RUNS, LH_RUNS } from "./settings.mjs";
import { failedRun, LIGHTHOUSE_CATEGORIES, LIGHTHOUSE_CHROME_FLAGS, lighthouseFigures, lighthouseRun } from "./lighthouse-run.mjs";
import { medianOf } from "./stats.mjs";
import { round1, round3 } from "./timing.mjs";

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
export async function measureLighthouse(env) {
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
