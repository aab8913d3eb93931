// Prints the Markdown table of the README's "Benchmark" section from bench/results/latest.json:
//   node bench/readme-table.mjs [path/to/latest.json]
// Columns: measure | target | measured | met. Rows without a target show "-" in target and met.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const file = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "results", "latest.json");
const r = JSON.parse(readFileSync(file, "utf8"));

const num = (n, digits = 1) => n.toLocaleString("en-US", { maximumFractionDigits: digits });
const ms = (n, digits = 1) => `${num(n, digits)} ms`;
const kb = (bytes) => `${(bytes / 1024).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`;
const score = (n) => (n === null ? "-" : n.toFixed(2));
const t = (key) => r.targets?.[key];
const targetCell = (x) => `${x.op === "=" ? "=" : x.op === ">=" ? "≥" : "≤"} ${x.target}`;
const met = (x) => (x.met ? "yes" : "**no**");

const rows = [];
const row = (measure, target, measured, ok) => rows.push(`| ${measure} | ${target} | ${measured} | ${ok} |`);
const info = (measure, measured) => row(measure, "-", measured, "-");

const runs = r.meta.runs;
for (const [name, label] of [["desktop", "desktop 1280x800"], ["phone", "phone 390x844"], ["deepLink", "deep link `/?event=2026-01`"]]) {
  const m = r.mapReady?.[name];
  if (m) info(`map ready, ${label}`, `${ms(m.medianMs)} (median of ${runs}; ${num(m.minMs)}-${num(m.maxMs)})`);
}
if (r.bundles) {
  info("first-load JS of `/` (gzip)", kb(r.bundles.firstLoadJsGzipBytes));
  info("lazy chunks: MapLibre + the five plots (gzip)", kb(r.bundles.mapChunkGzipBytes));
  info("MapLibre worker (gzip)", kb(r.bundles.workerGzipBytes));
}
if (r.exports) {
  info("export: chart PNG at 2x (2400x1260), click to download", `${ms(r.exports.chartPng2x.medianMs)} (first ${ms(r.exports.chartPng2x.firstMs)})`);
  info("export: map PNG, click to download", `${ms(r.exports.mapPng.medianMs)} (first ${ms(r.exports.mapPng.firstMs)})`);
}
if (r.firstLoadJs) {
  const f = r.firstLoadJs;
  info("first-load JS of `/floor` (gzip), the bare page", kb(f.floor.gzipBytes));
  const x = t("firstLoadJsRatio");
  row("first-load JS, `/` over `/floor`", `${targetCell(x)}x`, `${num(f.ratio, 3)}x (${kb(f.home.gzipBytes)} / ${kb(f.floor.gzipBytes)})`, met(x));
}
if (r.lighthouse) {
  const lh = r.lighthouse;
  const n = lh.runsPerScenario;
  const runsOf = (s) => s.runs.map((x) => score(x.scores.performance)).join(", ");
  const hm = lh.home.mobile;
  const hd = lh.home.desktop;
  const metrics = (s) => `FCP ${ms(s.metrics.fcpMs, 0)}, LCP ${ms(s.metrics.lcpMs, 0)}, TBT ${ms(s.metrics.tbtMs, 0)}, CLS ${s.metrics.cls}, SI ${ms(s.metrics.speedIndexMs, 0)}`;
  const x = t("lighthouseMobilePerformance");
  row("Lighthouse performance, `/` mobile", targetCell(x), `${score(hm.scores.performance)} (median of ${n}: ${runsOf(hm)}); ${metrics(hm)}`, met(x));
  info("Lighthouse performance, `/` desktop", `${score(hd.scores.performance)} (runs ${runsOf(hd)}); ${metrics(hd)}`);
  for (const [key, cat, label] of [
    ["lighthouseAccessibility", "accessibility", "accessibility"],
    ["lighthouseBestPractices", "bestPractices", "best practices"],
    ["lighthouseSeo", "seo", "SEO"],
  ]) {
    const y = t(key);
    row(`Lighthouse ${label}, \`/\` (mobile, desktop)`, targetCell(y), `${score(hm.scores[cat])}, ${score(hd.scores[cat])}`, met(y));
  }
  const fm = lh.floor.mobile;
  const fd = lh.floor.desktop;
  info("Lighthouse performance, `/floor` mobile / desktop (reference)", `${score(fm.scores.performance)} / ${score(fd.scores.performance)}; mobile TBT ${ms(fm.metrics.tbtMs, 0)}`);
}
if (r.load) {
  const l = r.load;
  for (const [name, label] of [["home", "`/`"], ["deepLink", "deep link `/?v=2&event=2026-01&place=us_houston&scope=nationwide`"], ["floor", "`/floor`"]]) {
    const x = l[name];
    info(`load, ${label}: ${l.connections} connections, ${l.durationSeconds} s`, `${num(x.requestsPerSec)} req/s, p99 ${ms(x.latencyP99Ms, 0)}, ${kb(x.responseBytes)} of HTML each`);
  }
  const e = t("loadErrors");
  row("errors (timeouts included) under load, all three URLs", targetCell(e), `${e.measured} (timeouts ${l.home.timeouts + l.deepLink.timeouts + l.floor.timeouts})`, met(e));
  const n2 = t("loadNon2xx");
  row("non-2xx responses under load, all three URLs", targetCell(n2), String(n2.measured), met(n2));
  const d = t("deepLinkThroughputRatio");
  row("throughput, deep link over `/floor`", `${targetCell(d)}x`, `${num(l.deepLinkToFloorRatio, 3)}x`, met(d));
}

console.log(["| measure | target | measured | met |", "|---|---|---|---|", ...rows].join("\n"));
if (r.meta.build?.changedDuringRun) console.error("warning: .next changed during this run (meta.build.changedDuringRun): rerun the bench before publishing these figures");
