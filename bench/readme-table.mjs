// The bench's results table (bench/README.md, "Latest results"), from bench/results/latest.json (schema 3):
//   node bench/readme-table.mjs [path/to/latest.json]          prints the block (Markdown)
//   node bench/readme-table.mjs --write [path/to/latest.json]  replaces the block in bench/README.md in place,
//                                                              between <!-- bench:start --> and <!-- bench:end -->
//   (npm run bench:readme is the second form; BENCH_README=path writes another file, for trying it out)
// Columns: measure | target | measured | met. Rows without a target show "-" in target and met.
// Every Lighthouse run is listed too, in run order, so that a reader sees the noise behind the medians.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

const args = process.argv.slice(2);
const write = args.includes("--write");
const file = args.find((a) => !a.startsWith("--")) ?? join(ROOT, "bench", "results", "latest.json");
const r = JSON.parse(readFileSync(file, "utf8"));
if ((r.meta?.schemaVersion ?? 0) < 3) {
  console.error(`${file} has schema version ${r.meta?.schemaVersion}; this table needs 3 or later: run npm run bench first`);
  process.exit(1);
}

const has = (v) => v !== null && v !== undefined;
const ok = (section) => section && !section.error;
const num = (n, digits = 1) => (has(n) ? n.toLocaleString("en-US", { maximumFractionDigits: digits }) : "-");
const ms = (n, digits = 0) => (has(n) ? `${num(n, digits)} ms` : "-");
const kb = (bytes) => (has(bytes) ? `${(bytes / 1024).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB` : "-");
const score = (n) => (has(n) ? n.toFixed(2) : "-");
const cls = (n) => (has(n) ? n.toFixed(3) : "-");
const opSign = (op) => (op === "=" ? "=" : op === ">=" ? "≥" : "≤");
const met = (x) => (x.met ? "yes" : "**no**");
const code = (s) => `\`${s}\``;

const rows = [];
const row = (measure, target, measured, isMet) => rows.push(`| ${measure} | ${target} | ${measured} | ${isMet} |`);
const info = (measure, measured) => row(measure, "-", measured, "-");
const heading = (text) => rows.push(`| **${text}** | | | |`);
const failed = (measure, section) => info(measure, `failed: ${String(section.error).split("\n")[0].replaceAll("|", "\\|").slice(0, 200)}`);

/** A target row: its target cell shows the rule when the target is computed from /floor. */
function targetRow(key, measure, show = (v) => String(v), extra = "") {
  const x = r.targets?.[key];
  if (!x) return;
  const t = has(x.target) ? `${opSign(x.op)} ${show(x.target)}` : "-";
  row(measure, x.rule ? `${t} (${x.rule})` : t, `${has(x.measured) ? show(x.measured) : "-"}${extra}`, met(x));
}

const lh = ok(r.lighthouse) ? r.lighthouse : null;
const esc = (t) => t.replaceAll("|", "\\|");
/** An LCP element: selector and label (audit, browser), or node name, type and size (Lighthouse's trace). */
function describeElement(el) {
  if (el.selector) return `${code(esc(el.selector))}${el.nodeLabel ? ` "${esc(el.nodeLabel).slice(0, 80)}"` : ""}`;
  return `${code(`<${(el.nodeName ?? "?").toLowerCase()}>`)} ${el.type ?? ""}, ${num(el.size, 0)} px² (from the trace)`;
}
const runsOf = (s, get, f) => (s ? s.runs.map((x) => f(get(x))).join(", ") : "");
const perfRuns = (s) => `runs ${runsOf(s, (x) => x.scores.performance, score)}`;
const page = { home: code("/"), deepLink: `deep link ${code(r.meta.paths.deepLink)}`, floor: code("/floor") };

// 1. Targets of the first-paint issue, per page, each with every run of that figure.
heading('Issue "Fast first paint on a phone": targets');
if (r.lighthouse?.error) failed("Lighthouse", r.lighthouse);
for (const [key, Cap] of [
  ["home", "Home"],
  ["deepLink", "DeepLink"],
]) {
  const s = lh?.[key]?.mobile;
  const p = page[key];
  targetRow(`lighthouse${Cap}MobilePerformance`, `Lighthouse performance, ${p}, mobile (median)`, score, s ? ` (${perfRuns(s)})` : "");
  targetRow(
    `lighthouse${Cap}Tbt`,
    `Total Blocking Time, ${p}, mobile`,
    (v) => ms(v),
    s
      ? ` (runs ${runsOf(
          s,
          (x) => x.metrics.tbtMs,
          (v) => num(v, 0),
        )})`
      : "",
  );
  targetRow(
    `lighthouse${Cap}Lcp`,
    `Largest Contentful Paint, ${p}, mobile`,
    (v) => ms(v),
    s
      ? ` (runs ${runsOf(
          s,
          (x) => x.metrics.lcpMs,
          (v) => num(v, 0),
        )})`
      : "",
  );
  targetRow(`lighthouse${Cap}Cls`, `Cumulative Layout Shift, ${p}, mobile`, cls);
  const forms = Object.keys(lh?.[key] ?? {}).join(" and ") || "mobile";
  targetRow(`lighthouse${Cap}Accessibility`, `Lighthouse accessibility, ${p} (${forms}, lower median)`, score);
  targetRow(`lighthouse${Cap}BestPractices`, `Lighthouse best practices, ${p} (${forms}, lower median)`, score);
  targetRow(`lighthouse${Cap}Seo`, `Lighthouse SEO, ${p} (${forms}, lower median)`, score);
}
if (ok(r.html))
  targetRow(
    "htmlHomeBytes",
    `HTML of ${code("/")} (raw bytes)`,
    kb,
    ` (gzip ${kb(r.html.home.gzipBytes)}; inline scripts ${kb(r.html.home.inlineScriptBytes)})`,
  );
if (ok(r.html) && r.html.home.inlinePayloadBytes !== undefined)
  targetRow(
    "payloadHomeBytes",
    `inline RSC payload of ${code("/")} (the \`self.__next_f\` scripts)`,
    kb,
    ` (deep link ${kb(r.html.deepLink.inlinePayloadBytes)})`,
  );
else if (r.html) failed("HTML sizes", r.html);
if (ok(r.firstLoadJs)) {
  const f = r.firstLoadJs;
  targetRow(
    "firstLoadJsRatio",
    `first-load JS (gzip), ${code("/")} over ${code("/floor")}`,
    (v) => `${num(v, 3)}x`,
    ` (${kb(f.home.gzipBytes)} / ${kb(f.floor.gzipBytes)})`,
  );
} else if (r.firstLoadJs) failed("first-load JS", r.firstLoadJs);

// 2. Figures without a target: the floor the targets are relative to, desktop, LCP elements, the map, bundles, exports.
heading("Reference and informational figures (no target)");
if (lh) {
  const fm = lh.floor?.mobile;
  if (fm)
    info(
      `Lighthouse ${page.floor}, mobile (the reference)`,
      `performance ${score(fm.scores.performance)} (${perfRuns(fm)}); TBT ${ms(fm.metrics.tbtMs)}, LCP ${ms(fm.metrics.lcpMs)}, CLS ${cls(fm.metrics.cls)}`,
    );
  for (const key of ["home", "floor"]) {
    const d = lh[key]?.desktop;
    if (d)
      info(
        `Lighthouse ${page[key]}, desktop`,
        `performance ${score(d.scores.performance)} (${perfRuns(d)}); TBT ${ms(d.metrics.tbtMs)}, LCP ${ms(d.metrics.lcpMs)}, CLS ${cls(d.metrics.cls)}`,
      );
  }
  for (const key of ["home", "deepLink", "floor"]) {
    const s = lh[key]?.mobile;
    if (s?.lcpElement) info(`Lighthouse LCP element, ${page[key]}, mobile (median run)`, describeElement(s.lcpElement));
  }
}
const runs = r.meta.runs;
if (ok(r.mapFirstPaint)) {
  for (const [name, m] of Object.entries(r.mapFirstPaint)) {
    const what = m.measured === "picture" ? "map picture visible" : "map ready (no picture on this page)";
    info(
      `navigation to ${what}, ${name} ${m.viewport.width}x${m.viewport.height}`,
      `${ms(m.medianMs, 1)} (median of ${runs}; ${num(m.minMs)}-${num(m.maxMs)}; FCP ${ms(m.fcpMedianMs, 1)})`,
    );
    if (m.lcpElement)
      info(`browser LCP before any interaction, ${name} ${m.viewport.width}x${m.viewport.height}`, `${ms(m.lcpMedianMs, 1)}; ${describeElement(m.lcpElement)}`);
  }
} else if (r.mapFirstPaint) failed("map first paint", r.mapFirstPaint);
if (ok(r.lcpPhases)) {
  const t = r.lcpPhases.throttling;
  for (const name of ["floor", "home", "deepLink"]) {
    const x = r.lcpPhases[name];
    info(
      `LCP phases, ${code(x.path)}, phone, throttled (${t.latencyMs} ms RTT, ${num(t.downloadBitsPerSecond / 1024 / 1024)} Mbit/s, CPU ${t.cpuSlowdown}x; medians)`,
      `LCP ${ms(x.lcpMsMedian, 1)} = first byte ${ms(x.ttfbMsMedian, 1)} + HTML ${ms(x.htmlLoadMsMedian, 1)} + render-blocking CSS and font ${ms(x.renderBlockingMsMedian, 1)} + render delay ${ms(x.renderDelayMsMedian, 1)}; ${x.elements.join(", ")}`,
    );
  }
} else if (r.lcpPhases) failed("LCP phases", r.lcpPhases);
if (ok(r.mapClickToReady)) {
  for (const [name, m] of Object.entries(r.mapClickToReady)) {
    info(
      `first click on the map picture to MapLibre ready, ${name} ${m.viewport.width}x${m.viewport.height}`,
      has(m.medianMs) ? `${ms(m.medianMs, 1)} (median of ${runs}; ${num(m.minMs)}-${num(m.maxMs)})` : `- (${m.note})`,
    );
  }
}
if (ok(r.bundles)) {
  info(`lazy chunks after interaction: MapLibre + charts (gzip)`, kb(r.bundles.mapChunkGzipBytes));
  info("MapLibre worker (gzip)", kb(r.bundles.workerGzipBytes));
  const before = r.bundles.checks.lateBeforeInteractionGzipBytes;
  if (has(before)) info("scripts fetched after the HTML's own, before any interaction (gzip)", kb(before));
} else if (r.bundles) failed("bundles", r.bundles);
if (ok(r.exports)) {
  for (const [name, label] of [
    ["chartPng2x", "export: chart PNG at 2x (2400x1260), click to download"],
    ["mapPng", "export: map PNG (live map started first), click to download"],
  ]) {
    const e = r.exports[name];
    if (e.error) failed(label, e);
    else info(label, `${ms(e.medianMs, 1)} (first ${ms(e.firstMs, 1)})`);
  }
} else if (r.exports) failed("exports", r.exports);

// 3. Load: cached views, a storm of new links, preview images, identical responses.
if (ok(r.load)) {
  const l = r.load;
  heading(`Every view at CDN speed (${code(`Accept-Encoding: ${l.acceptEncoding ?? "none"}`)})`);
  for (const [name, label] of [
    ["home", code("/")],
    ["deepLink", `deep link ${code(l.deepLink.path)}`],
    ["floor", code("/floor")],
  ]) {
    const x = l[name];
    const wire = has(x.wireBytes) ? `, ${kb(x.wireBytes)} ${x.contentEncoding ?? ""} on the wire` : "";
    info(
      `load, ${label}: ${l.connections} connections, ${l.durationSeconds} s`,
      `${num(x.requestsPerSec)} req/s, p99 ${ms(x.latencyP99Ms)}, ${kb(x.responseBytes)} of HTML${wire}`,
    );
  }
  targetRow("homeThroughputRatio", `throughput, ${code("/")} over ${code("/floor")}`, (v) => `${num(v, 3)}x`);
  targetRow("deepLinkThroughputRatio", `throughput, deep link over ${code("/floor")}`, (v) => `${num(v, 3)}x`);
  targetRow("loadErrors", "errors and timeouts at 100 connections, all three URLs", String);
  targetRow("loadNon2xx", "non-2xx responses at 100 connections, all three URLs", String);
} else if (r.load) failed("load", r.load);
if (ok(r.responseIdentity)) {
  targetRow("identicalResponses", `same URL twice: identical body and headers apart from Date (1 = yes)`, String);
  targetRow("cspHashesEveryScript", `inline scripts not listed by hash in the CSP, plus nonces (${r.responseIdentity.inlineScripts} inline scripts)`, String);
} else if (r.responseIdentity) failed("identical responses", r.responseIdentity);
if (ok(r.cameraStorm)) {
  const c = r.cameraStorm;
  info(
    `${num(c.urls, 0)} new camera links at ${c.connections} connections`,
    `${num(c.requestsPerSec)} req/s, p50 ${ms(c.latencyP50Ms)}, ${num(c.pagesRendered, 0)} pages rendered in ${num(c.durationSeconds)} s`,
  );
  targetRow("cameraStormErrors", "errors, timeouts and non-2xx, new camera links", String);
  targetRow("cameraStormP99", "p99 latency, new camera links", (v) => ms(v));
  targetRow("cameraStormPeakRss", "server peak resident memory (MB; after warming 224 pages and images)", (v) => `${num(v, 0)} MB`);
} else if (r.cameraStorm) failed("camera links", r.cameraStorm);
if (ok(r.images)) {
  const i = r.images;
  targetRow("imageIgnoredRenders", `renders for ${i.ignoredParameters.urls} image URLs that differ in ignored parameters`, String);
  info(
    `${i.distinct.urls} distinct image URLs at ${i.distinct.connections} connections`,
    `${num(i.distinct.rendered, 0)} rendered, ${num(i.distinct.refused503, 0)} refused with 503 + Retry-After, p99 ${ms(i.distinct.latencyP99Ms)}`,
  );
  targetRow("imageDistinctOther", "distinct image URLs: answers other than 200/503, errors, timeouts", String);
} else if (r.images) failed("images", r.images);
if (ok(r.hostileBurst)) {
  const h = r.hostileBurst;
  info(
    `hostile burst: ${h.seconds} s at ${h.connections} connections`,
    `${num(h.totalRequests, 0)} requests (${Object.entries(h.statusCodes)
      .map(([status, n]) => `${num(n, 0)} × ${status}`)
      .join(", ")}), ${num(h.requestsPerSec)} req/s, p99 ${ms(h.latencyP99Ms)}`,
  );
  targetRow("hostileBurstRenders", "renders for the hostile burst (POSTs, unknown paths, /_next/image, encoded paths, router headers)", String);
  targetRow("hostileBurstPeakRss", `server resident memory during the hostile burst (MB; ${num(h.rssBeforeMB, 0)} MB before)`, (v) => `${num(v, 0)} MB`);
} else if (r.hostileBurst) failed("hostile burst", r.hostileBurst);
if (ok(r.scaleTest)) {
  const t = r.scaleTest;
  info(`scale-test: ${code("/floor")} on one instance, ${t.connections} connections`, `${num(t.singleFloor.requestsPerSec)} req/s`);
  targetRow("scaleWarmDeepLink", `scale-test: warm deep link through nginx over one instance's ${code("/floor")}`, (v) => `${num(v, 2)}x`);
  targetRow("scaleFailover", "scale-test: failed requests while one instance is killed", String);
}

// Every Lighthouse run, in the order they ran.
const runRows = [];
if (lh) {
  const all = [];
  for (const key of ["floor", "home", "deepLink"]) for (const [ff, s] of Object.entries(lh[key] ?? {})) for (const x of s.runs) all.push({ key, ff, x });
  all.sort((a, b) => a.x.seq - b.x.seq);
  for (const { key, ff, x } of all) {
    const m = x.metrics;
    const lcpEl = x.lcpElement?.selector
      ? code(esc(x.lcpElement.selector.slice(0, 60)))
      : x.lcpElement?.nodeName
        ? `${code(`<${x.lcpElement.nodeName.toLowerCase()}>`)} ${x.lcpElement.type ?? ""}`
        : "-";
    const err = x.runtimeError ? ` (${x.runtimeError.replaceAll("|", "\\|").slice(0, 80)})` : "";
    runRows.push(
      `| ${x.seq} | ${key === "deepLink" ? "deep link" : page[key]} | ${ff} | ${score(x.scores.performance)}${err} | ${score(x.scores.accessibility)} | ${score(x.scores.bestPractices)} | ${score(x.scores.seo)} | ${num(m.fcpMs, 0)} | ${num(m.lcpMs, 0)} | ${num(m.tbtMs, 0)} | ${cls(m.cls)} | ${num(m.speedIndexMs, 0)} | ${lcpEl} | ${num(x.benchmarkIndex, 0)} |`,
    );
  }
}

const meta = r.meta;
/**
 * When `npm run bench -- <part>` merged parts of different runs into the file, which run measured
 * which part (date and commit); nothing when one run measured them all.
 */
function partsLines(m) {
  const runs = new Map();
  for (const [part, p] of Object.entries(m.parts ?? {})) {
    const key = `${p.date.replace("T", " ").replace(/:\d\d\.\d+Z$/, " UTC")}, commit \`${p.gitCommit ?? "?"}\`${p.gitDirty ? " (uncommitted changes)" : ""}`;
    runs.set(key, [...(runs.get(key) ?? []), part]);
  }
  if (runs.size < 2) return [];
  return ["", "Parts measured by different runs (`npm run bench -- <part>`):", "", ...[...runs].map(([run, parts]) => `- ${run}: ${parts.join(", ")}`)];
}

const date = meta.date.replace("T", " ").replace(/:\d\d\.\d+Z$/, " UTC");
const missed = Object.values(r.targets ?? {}).filter((x) => !x.met);
const out = [
  `Last run: ${date}, commit \`${meta.gitCommit ?? "?"}\`${meta.gitDirty ? " (with uncommitted changes)" : ""}, ${meta.cpus} cores, Chromium ${meta.chromium} (software WebGL); ` +
    `${meta.runs} browser runs per timing; Lighthouse ${meta.lighthouseRuns.mobile} mobile runs per page and ${meta.lighthouseRuns.desktop} desktop runs for ${code("/")} and ${code("/floor")}, interleaved. ` +
    `The machine is noisy: the Lighthouse targets are relative to ${code("/floor")} in the same run.`,
  ...(meta.build?.changedDuringRun ? ["", "**Warning:** `.next` changed during this run; its figures are not reliable."] : []),
  ...partsLines(meta),
  "",
  "| measure | target | measured | met |",
  "|---|---|---|---|",
  ...rows,
  "",
  missed.length
    ? `Missed: ${missed.map((x) => `${x.label} (${has(x.measured) ? x.measured : "not measured"}; target ${opSign(x.op)} ${has(x.target) ? x.target : "-"})`).join("; ")}.`
    : "Every target is met.",
  ...(runRows.length
    ? [
        "",
        "<details><summary>Every Lighthouse run, in the order they ran (times in ms)</summary>",
        "",
        "| # | page | form factor | perf | a11y | bp | SEO | FCP | LCP | TBT | CLS | SI | LCP element | benchmark index |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
        ...runRows,
        "",
        "</details>",
      ]
    : []),
].join("\n");

if (meta.build?.changedDuringRun)
  console.error("warning: .next changed during this run (meta.build.changedDuringRun): rerun the bench before publishing these figures");
if (write) {
  const readme = process.env.BENCH_README ?? join(ROOT, "bench", "README.md");
  const text = readFileSync(readme, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) {
    console.error(`${readme}: markers ${START} and ${END} not found (in that order)`);
    process.exit(1);
  }
  writeFileSync(readme, `${text.slice(0, start + START.length)}\n${out}\n${text.slice(end)}`);
  console.log(`${readme}: table between ${START} and ${END} regenerated from ${file}`);
} else {
  console.log(out);
}
