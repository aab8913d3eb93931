// bench/results/latest.json: its meta, and how a run's sections are written into it. A run of every
// part writes a new file; a run of some parts (`npm run bench -- html exports`) merges its sections
// into the file already there, keeps the others (and the scale test's), and recomputes every target
// from the merged figures. meta.parts records, per part, the run that measured it.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { CHROMIUM_ARGS } from "../scripts/chromium.mjs";
import { PARTS } from "./parts.mjs";
import { DEEP_LINK_PATH, FLOOR_PATH, HOME_PATH, LH_DESKTOP_RUNS, LH_RUNS, LOAD_DEEP_LINK_PATH, LOAD_SECONDS, ROOT, RUNS } from "./settings.mjs";
import { computeTargets, GROUPS } from "./targets.mjs";
import { round1 } from "./timing.mjs";

export const RESULTS_FILE = join(ROOT, "bench", "results", "latest.json");
// 2: lighthouse, firstLoadJs, load and targets added.
// 3: picture-first page: mapReady replaced by mapFirstPaint (navigation -> map picture visible) and
//    mapClickToReady (first click on the picture -> MapLibre ready); html sizes; Lighthouse on /, the
//    deep link and /floor with interleaved runs, per-figure medians and the LCP element; targets
//    relative to /floor in the same run, each with its group. Later additions that keep every key:
//    meta.parts and meta.lastRunParts (runs of some parts, merged).
export const SCHEMA_VERSION = 3;

/**
 * The file of an earlier run to merge into, or null (none, unreadable, or another schema version:
 * its figures would not mean the same, so they are dropped with a warning).
 */
export function readPreviousResults() {
  if (!existsSync(RESULTS_FILE)) return null;
  try {
    const previous = JSON.parse(readFileSync(RESULTS_FILE, "utf8"));
    if (previous.meta?.schemaVersion === SCHEMA_VERSION) return previous;
    console.warn(`bench: ${RESULTS_FILE} has schema version ${previous.meta?.schemaVersion}, not ${SCHEMA_VERSION}: its figures are not kept`);
  } catch (err) {
    console.warn(`bench: ${RESULTS_FILE} is not readable JSON (${err.message}): its figures are not kept`);
  }
  return null;
}

/**
 * Which run measured a part: when, at which commit, on which build, with which settings.
 * `run`: { date, commit, dirty, build }; `durationSeconds`: how long the part took (null if unknown).
 */
function partRecord(keys, run, durationSeconds) {
  return {
    keys,
    date: run.date,
    gitCommit: run.commit,
    gitDirty: run.dirty,
    buildId: run.build?.buildId ?? null,
    builtAt: run.build?.builtAt ?? null,
    buildChangedDuringRun: run.build?.changedDuringRun ?? null,
    runs: run.runs,
    lighthouseRuns: run.lighthouseRuns,
    loadSeconds: run.loadSeconds,
    durationSeconds,
  };
}

/** The parts of an earlier file: its meta.parts, or (a file written before parts existed) every part it holds, from its meta. */
function previousParts(previous) {
  if (!previous) return {};
  if (previous.meta.parts) return previous.meta.parts;
  const m = previous.meta;
  const run = {
    date: m.date,
    commit: m.gitCommit,
    dirty: m.gitDirty,
    build: m.build,
    runs: m.runs,
    lighthouseRuns: m.lighthouseRuns,
    loadSeconds: m.loadSeconds,
  };
  const held = PARTS.filter((p) => p.keys.every((k) => k in previous));
  return Object.fromEntries(held.map((p) => [p.name, partRecord(p.keys, run, null)]));
}

/**
 * The file's meta for this run. `run`: { date, commit, dirty, chromium, chromePath, build };
 * `measuredParts`: [{ name, keys, durationSeconds }] of this run; `previous`: the file merged into, or null.
 */
export function buildMeta(run, measuredParts, previous) {
  const settings = { runs: RUNS, lighthouseRuns: { mobile: LH_RUNS, desktop: LH_DESKTOP_RUNS }, loadSeconds: LOAD_SECONDS };
  const thisRun = Object.fromEntries(measuredParts.map((p) => [p.name, partRecord(p.keys, { ...run, ...settings }, p.durationSeconds)]));
  const merged = { ...previousParts(previous), ...thisRun };
  return {
    schemaVersion: SCHEMA_VERSION,
    date: run.date,
    gitCommit: run.commit,
    gitDirty: run.dirty,
    node: process.version,
    chromium: run.chromium,
    chromiumPath: run.chromePath,
    chromiumArgs: CHROMIUM_ARGS,
    os: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    totalMemoryBytes: os.totalmem(),
    totalMemoryGB: round1(os.totalmem() / 1024 ** 3),
    ...settings,
    paths: { home: HOME_PATH, deepLink: DEEP_LINK_PATH, floor: FLOOR_PATH, loadDeepLink: LOAD_DEEP_LINK_PATH },
    targetGroups: GROUPS,
    build: run.build,
    // Per part (in the bench's order), the run that measured it; lastRunParts: the parts of the run that wrote this file.
    parts: Object.fromEntries(PARTS.filter((p) => merged[p.name]).map((p) => [p.name, merged[p.name]])),
    lastRunParts: measuredParts.map((p) => p.name),
  };
}

/**
 * The file to write: this run's sections over the previous file's (null: a new file), and every
 * target recomputed from the merged sections. Targets computed elsewhere (the scale test's) are kept.
 */
export function mergeResults(previous, meta, measured) {
  const sections = { ...previous, ...measured };
  delete sections.meta;
  delete sections.targets;
  return { ...previous, meta, ...measured, targets: { ...previous?.targets, ...computeTargets(sections) } };
}

export function writeResults(results) {
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  const tmp = `${RESULTS_FILE}.tmp`;
  writeFileSync(tmp, JSON.stringify(results, null, 2) + "\n");
  renameSync(tmp, RESULTS_FILE);
}
