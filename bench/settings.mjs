// The bench's settings: the environment variables it reads (see bench/README.md, "How it runs") and
// the pages it measures. Read once, when a part is first imported.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

function positiveInt(value, fallback) {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** Runs per timed browser measurement (median, min and max are reported). */
export const RUNS = positiveInt(process.env.BENCH_RUNS, 5);
/** How long one page may take for one step (picture, idle, map ready, export). */
export const STEP_TIMEOUT_MS = positiveInt(process.env.BENCH_TIMEOUT_MS, 60_000);
/** Lighthouse mobile runs per page (/, the deep link, /floor). */
export const LH_RUNS = positiveInt(process.env.BENCH_LH_RUNS, 5);
/** Lighthouse desktop runs per page (/ and /floor): 3, or BENCH_LH_RUNS if lower. */
export const LH_DESKTOP_RUNS = positiveInt(process.env.BENCH_LH_DESKTOP_RUNS, Math.min(3, LH_RUNS));
/** Duration of each autocannon load test (100 connections), in seconds. */
export const LOAD_SECONDS = positiveInt(process.env.BENCH_LOAD_SECONDS, 20);
/** The whole run is stopped (server too) after this long. */
export const MAX_MINUTES = positiveInt(process.env.BENCH_MAX_MINUTES, 120);
/** The app server's port; unset: a free port of 127.0.0.1. */
export const PORT = positiveInt(process.env.BENCH_PORT, undefined);

/** The pages compared by the performance budget: the product page, a deep link, and the app's bare floor page. */
export const HOME_PATH = "/";
export const FLOOR_PATH = "/floor";
/** The deep link of the first-paint targets (Lighthouse, HTML size, first paint): an event and a place. */
export const DEEP_LINK_PATH = "/?v=2&event=2026-01&place=us_houston";
/** The deep link of the load test: every part of the view (schema version, event, place, scope). */
export const LOAD_DEEP_LINK_PATH = "/?v=2&event=2026-01&place=us_houston&scope=nationwide";

/** The map's worker file, served from public/ (copied there by scripts/prepare-assets.mjs). */
export const WORKER_PATH = "/maplibre-gl-worker.mjs";
