// The summary the bench prints at the end of a run: a table per part, then the targets.
import { relative } from "node:path";
import { RESULTS_FILE } from "./results.mjs";
import { ok } from "./section.mjs";
import { ROOT } from "./settings.mjs";
import { GROUPS } from "./targets.mjs";

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const shortName = (p) => p.split("/").pop();
const fmt = (v) => (v === null || v === undefined ? "-" : String(v));

/** Median, min and max columns of a timing. */
const cols = (m) => `${fmt(m.medianMs).padStart(8)}  ${fmt(m.minMs).padStart(8)}  ${fmt(m.maxMs).padStart(8)}`;
/** A size row: label, gzip and raw KB, files. */
const row = (label, gz, raw, files) => `  ${label.padEnd(37)}${kb(gz).padStart(10)}${kb(raw).padStart(10)}  ${files}`;

/** When, where and how the run was made; a rebuilt .next and failed parts. */
function headerLines(results) {
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
  return lines;
}

/** The map's first paint, per scenario, and the browser's LCP element. */
function mapFirstPaintLines(results) {
  const lines = [];
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
  return lines;
}

/** The first click on the picture to MapLibre ready. */
function mapClickToReadyLines(results) {
  const lines = [];
  lines.push("");
  lines.push("map: first click -> MapLibre ready (ms)  median       min       max");
  for (const [name, m] of Object.entries(results.mapClickToReady)) {
    lines.push(
      `  ${`${name} ${m.viewport.width}x${m.viewport.height}`.padEnd(37)}${cols(m)}  ${m.note ?? `clicked: ${m.clickTargets.join("; ")}; idle at ${m.idleBeforeClickMedianMs} ms`}`,
    );
    if (m.startedBeforeClickRuns) lines.push(`  warning: MapLibre had started before the click in ${m.startedBeforeClickRuns} run(s)`);
    for (const n of m.notes ?? []) lines.push(`  note: ${n}`);
  }
  return lines;
}

/** JavaScript of `/`: first load, lazy chunks, worker, and the checks' warnings. */
function bundleLines(results) {
  const lines = [];
  const b = results.bundles;
  lines.push("");
  lines.push("JS (gzip -9)                                  gzip       raw  files");
  lines.push(row("first load of /", b.firstLoadJsGzipBytes, b.firstLoadJsRawBytes, b.firstLoadFiles.length));
  lines.push(row("lazy chunks (map + charts)", b.mapChunkGzipBytes, b.mapChunkRawBytes, b.mapChunkFiles.map((f) => shortName(f.file)).join(", ")));
  lines.push(row("map worker", b.workerGzipBytes, b.workerRawBytes, shortName(b.workerFile)));
  const c = b.checks;
  const fileRow = (label, files, gzipBytes) =>
    files?.length &&
    lines.push(
      row(
        label,
        gzipBytes,
        files.reduce((s, f) => s + f.rawBytes, 0),
        files.map((f) => shortName(f.file)).join(", "),
      ),
    );
  fileRow("fetched before any interaction", c.lateBeforeInteractionFiles, c.lateBeforeInteractionGzipBytes);
  fileRow("other late scripts (not counted)", c.otherLateFiles, c.otherLateGzipBytes);
  fileRow("nomodule polyfills (not counted)", c.noModuleFiles, c.noModuleGzipBytes);
  for (const p of c.dynamicImportFilesNotRequested ?? []) lines.push(`  warning: lazy chunk file ${p} was not requested by the browser`);
  for (const p of c.firstLoadFilesNotRequested) lines.push(`  warning: first-load file ${p} was not requested by the browser`);
  if (!c.workerRequestedByBrowser) lines.push(`  warning: the browser did not request ${b.workerFile}`);
  if (c.charts && !c.charts.allDrawn)
    lines.push(`  warning: not every chart was drawn by recharts (${c.charts.rechartsWrappers} of ${c.charts.chartPictures} pictures)`);
  return lines;
}

/** Export times. */
function exportLines(results) {
  const lines = [];
  lines.push("");
  lines.push(`exports (ms from click to download)      median       min       max     first   (map started by: ${results.exports.mapStartedBy})`);
  for (const name of ["chartPng2x", "mapPng"]) {
    const m = results.exports[name];
    lines.push(m.error ? `  ${name.padEnd(37)}failed: ${m.error}` : `  ${name.padEnd(37)}${cols(m)}  ${fmt(m.firstMs).padStart(8)}`);
  }
  return lines;
}

/** HTML sizes. */
function htmlLines(results) {
  const lines = [];
  lines.push("");
  lines.push("HTML                                          raw    gzip -9  inline scripts");
  for (const name of ["home", "deepLink", "floor"]) {
    const h = results.html[name];
    lines.push(
      `  ${h.path.slice(0, 37).padEnd(37)}${kb(h.rawBytes).padStart(10)}${kb(h.gzipBytes).padStart(10)}  ${kb(h.inlineScriptBytes)} in ${h.inlineScriptCount}`,
    );
  }
  return lines;
}

/** First-load JS of `/` against `/floor`. */
function firstLoadJsLines(results) {
  const lines = [];
  const f = results.firstLoadJs;
  lines.push("");
  lines.push("first-load JS (gzip -9)                       gzip       raw  files");
  lines.push(row(`${f.home.path}`, f.home.gzipBytes, f.home.rawBytes, f.home.fileCount));
  lines.push(row(`${f.floor.path} (floor)`, f.floor.gzipBytes, f.floor.rawBytes, f.floor.fileCount));
  lines.push(`  ratio / over /floor ${String(f.ratio).padStart(26)}   (only in /: ${kb(f.homeOnlyGzipBytes)} in ${f.homeOnlyFiles.length} files)`);
  return lines;
}

/** The LCP phases per page, medians of the throttled phone runs (bench/lcp-phases.mjs). */
function lcpPhaseLines(results) {
  const p = results.lcpPhases;
  const lines = ["", "LCP phases, phone, throttled (medians, ms)      LCP    TTFB    HTML  blocking  render delay  element"];
  for (const name of ["floor", "home", "deepLink"]) {
    const x = p[name];
    lines.push(
      `  ${x.path.slice(0, 44).padEnd(44)}${String(x.lcpMsMedian).padStart(7)}${String(x.ttfbMsMedian).padStart(8)}${String(x.htmlLoadMsMedian).padStart(8)}${String(x.renderBlockingMsMedian).padStart(10)}${String(x.renderDelayMsMedian).padStart(14)}  ${x.elements.join(", ")}`,
    );
  }
  return lines;
}

/** Lighthouse medians per page and form factor, with every run. */
function lighthouseLines(results) {
  const lines = [];
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
  return lines;
}

/** Throughput of cached views against `/floor`. */
function loadLines(results) {
  const lines = [];
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
  return lines;
}

/** The targets, by group. */
function targetLines(results) {
  const lines = [];
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
  return lines;
}
/**
 * Which run measured each part, when the file merges runs (`npm run bench -- <part>` keeps the other
 * parts' figures): nothing when every part comes from one run.
 */
function partLines(meta) {
  const parts = Object.entries(meta.parts ?? {});
  if (new Set(parts.map(([, p]) => p.date)).size <= 1) return [];
  const lines = ["", "parts (merged from several runs; * = this run)  measured at                 commit     build"];
  for (const [name, p] of parts) {
    const mark = meta.lastRunParts?.includes(name) ? "*" : " ";
    lines.push(`  ${mark} ${name.padEnd(44)}${fmt(p.date).padEnd(28)}${`${fmt(p.gitCommit)}${p.gitDirty ? "+" : ""}`.padEnd(11)}${fmt(p.buildId)}`);
  }
  return lines;
}

/** The printed sections, in order: each prints only when its section holds figures. */
const SECTION_LINES = {
  mapFirstPaint: mapFirstPaintLines,
  mapClickToReady: mapClickToReadyLines,
  bundles: bundleLines,
  exports: exportLines,
  html: htmlLines,
  firstLoadJs: firstLoadJsLines,
  lcpPhases: lcpPhaseLines,
  lighthouse: lighthouseLines,
  load: loadLines,
};

export function printSummary(results) {
  const lines = [...headerLines(results), ...partLines(results.meta)];
  for (const [key, toLines] of Object.entries(SECTION_LINES)) if (ok(results[key])) lines.push(...toLines(results));
  if (results.targets) lines.push(...targetLines(results));
  lines.push("", `written to ${relative(ROOT, RESULTS_FILE)}`);
  console.log(lines.join("\n"));
}
