// npm run bench: the project's benchmark. See bench/README.md for what is measured and how to read
// bench/results/latest.json.
//
//   npm run bench                     every part: writes a new latest.json (25-40 minutes on 2 cores)
//   npm run bench -- html exports     only those parts: merges their sections into latest.json
//   npm run bench -- --list           the parts (bench/parts.mjs) and what each measures
//
//   1. finds Chromium (scripts/chromium.mjs, which the browser tests use too);
//   2. builds the app (bench/server.mjs: `npm run build`, unless BENCH_SKIP_BUILD=1 and a build exists);
//   3. starts the app's server on a free port (or BENCH_PORT) and waits until it has warmed its cache;
//   4. runs each chosen part (bench/parts.mjs); a part that fails is recorded as { error } and the
//      others still run (the exit code is then 1);
//   5. writes latest.json (bench/results.mjs; targets recomputed from every section it holds) and
//      prints a summary (bench/summary.mjs); stops the server, also on error. A whole run also rewrites
//      the results table of bench/README.md; a run of some parts leaves it to `npm run bench:readme`.
//
// Every wait has a timeout, and the whole run has one (BENCH_MAX_MINUTES): the bench never hangs.
//
// Environment (bench/settings.mjs):
//   BENCH_RUNS=5             runs per timed browser measurement (median, min and max are reported)
//   BENCH_SKIP_BUILD=1       reuse an existing .next build instead of building
//   BENCH_TIMEOUT_MS=60000   how long one page may take for one step (picture, idle, map ready, export)
//   BENCH_LH_RUNS=5          Lighthouse mobile runs per page (/, the deep link, /floor; medians reported)
//   BENCH_LH_DESKTOP_RUNS=3  Lighthouse desktop runs per page (/ and /floor); default 3, or BENCH_LH_RUNS if lower
//   BENCH_LOAD_SECONDS=20    duration of each autocannon load test (100 connections)
//   BENCH_MAX_MINUTES=120    the whole run is stopped (server too) after this long
//   BENCH_PORT=...           the app server's port (default: a free one)
//   CHROME_PATH=...          a Chromium/Chrome binary to use instead of the one found
import { execFileSync, spawnSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findChromium, launchChromium } from "../scripts/chromium.mjs";
import { buildChange, buildIdentity, gitCommit } from "./identity.mjs";
import { killLighthouseChromes } from "./lighthouse-run.mjs";
import { describeParts, PARTS, selectParts } from "./parts.mjs";
import { buildMeta, mergeResults, readPreviousResults, RESULTS_FILE, writeResults } from "./results.mjs";
import { buildIfNeeded, startServer } from "./server.mjs";
import { LH_DESKTOP_RUNS, LH_RUNS, MAX_MINUTES, ROOT, RUNS, STEP_TIMEOUT_MS } from "./settings.mjs";
import { printSummary } from "./summary.mjs";
import { round1, withTimeout } from "./timing.mjs";

const USAGE = `usage: npm run bench [-- <part> ...]   (no part: every part, a new latest.json; some parts: merged into it)
       npm run bench -- --list`;

/** The version of the Chromium at `path` ("156.0.8078.114"), for a run that launches no browser; null if it does not say. */
function chromiumVersion(path) {
  try {
    return /\d+(\.\d+)+/.exec(execFileSync(path, ["--version"], { stdio: ["ignore", "pipe", "ignore"], timeout: 30_000 }).toString())?.[0] ?? null;
  } catch {
    return null;
  }
}

/** Runs each part in turn; returns the sections measured, what ran (for meta.parts), and how many parts failed. */
async function measureParts(parts, env) {
  const measured = {};
  const ran = [];
  let failed = 0;
  for (const { name, keys, run } of parts) {
    console.log(`bench: measuring ${name} (${keys.join(", ")})...`);
    const started = Date.now();
    try {
      const value = await run(env);
      if (keys.length === 1) measured[keys[0]] = value;
      else for (const k of keys) measured[k] = value[k];
    } catch (err) {
      failed += 1;
      console.error(`bench: ${name} failed: ${err.stack ?? err}`);
      for (const k of keys) measured[k] = { error: String(err.message ?? err) };
    }
    ran.push({ name, keys, durationSeconds: round1((Date.now() - started) / 1000) });
  }
  return { measured, ran, failed };
}

async function main(parts) {
  process.chdir(ROOT);
  const isWholeRun = parts.length === PARTS.length;
  const chromePath = findChromium();
  console.log(`bench: parts ${parts.map((p) => p.name).join(", ")}`);
  console.log(`bench: using ${chromePath}; ${RUNS} runs per timing; Lighthouse ${LH_RUNS} mobile / ${LH_DESKTOP_RUNS} desktop runs per page`);
  const build = buildIfNeeded();
  const buildAtStart = buildIdentity();
  // The commit that was built and measured (read now: the tree may change during a long run).
  const { commit, dirty } = gitCommit();

  let server;
  let browser;
  const cleanup = () => {
    server?.stop();
    killLighthouseChromes();
  };
  process.on("exit", cleanup);
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(130));
  // The whole run is bounded: on expiry the exit handler stops the server and Lighthouse's Chrome.
  const watchdog = setTimeout(() => {
    console.error(`bench: stopped after BENCH_MAX_MINUTES=${MAX_MINUTES} minutes`);
    process.exit(124);
  }, MAX_MINUTES * 60_000);
  try {
    server = await startServer();
    console.log(`bench: app server on ${server.baseUrl} (pid ${server.pid})`);
    // One Chromium for the parts that drive pages; Lighthouse starts its own per run.
    if (parts.some((p) => p.needsBrowser))
      browser = await withTimeout(launchChromium({ timeout: STEP_TIMEOUT_MS }), STEP_TIMEOUT_MS + 5_000, "launching Chromium");

    const env = { browser: browser ?? null, baseUrl: server.baseUrl, chromePath, serverPid: server.pid };
    const { measured, ran, failed } = await measureParts(parts, env);

    const previous = isWholeRun ? null : readPreviousResults();
    const run = {
      date: new Date().toISOString(),
      commit,
      dirty,
      chromium: browser?.version() ?? chromiumVersion(chromePath),
      chromePath,
      build: { ...build, ...buildAtStart, ...buildChange(buildAtStart) },
    };
    const results = mergeResults(previous, buildMeta(run, ran, previous), measured);
    writeResults(results);
    printSummary(results);
    // The results table in bench/README.md comes from the file just written, never from a hand; a
    // merged file's parts come from different runs, so publishing it is left to `npm run bench:readme`.
    if (isWholeRun) spawnSync(process.execPath, [join(ROOT, "bench", "readme-table.mjs"), "--write", RESULTS_FILE], { stdio: "inherit" });
    else console.log("bench: bench/README.md not rewritten (some parts only): `npm run bench:readme` publishes the merged figures");
    if (failed) process.exitCode = 1;
  } finally {
    clearTimeout(watchdog);
    await withTimeout(browser?.close() ?? Promise.resolve(), 30_000, "closing Chromium").catch(() => {});
    cleanup();
  }
}

/** Reads the command line: --list, --help, or part names; exits on a bad one. */
function partsFromArgs(args) {
  if (args.includes("--list") || args.includes("-l")) {
    console.log(`the bench's parts (npm run bench -- <part> ...):\n${describeParts()}`);
    process.exit(0);
  }
  if (args.includes("--help") || args.includes("-h")) {
    console.log(`${USAGE}\n\nparts:\n${describeParts()}`);
    process.exit(0);
  }
  const option = args.find((a) => a.startsWith("-"));
  if (option) {
    console.error(`bench: unknown option "${option}"\n${USAGE}`);
    process.exit(2);
  }
  try {
    return selectParts([...new Set(args)]);
  } catch (err) {
    console.error(`bench: ${err.message}`);
    process.exit(2);
  }
}

// Run only as a script (`node bench/run.mjs`): importing the file by mistake must not start a 30-minute bench.
if (process.argv[1] && realpathSync(resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url))) {
  main(partsFromArgs(process.argv.slice(2))).catch((err) => {
    console.error(`bench failed: ${err.stack ?? err}`);
    process.exitCode = 1;
  });
}
