// The app under test: built with `npm run build` (unless BENCH_SKIP_BUILD=1 and a build exists),
// then served as `npm start` serves it, warmed before anything is measured.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { startAppServer } from "../scripts/app-server.mjs";
import { PORT, ROOT } from "./settings.mjs";
import { round1 } from "./timing.mjs";

const BUILD_TIMEOUT_MS = 20 * 60_000;

/** Builds unless BENCH_SKIP_BUILD=1 and .next/BUILD_ID exists; returns { built, buildSeconds? } for meta.build. */
export function buildIfNeeded() {
  const hasBuild = existsSync(join(ROOT, ".next", "BUILD_ID"));
  if (process.env.BENCH_SKIP_BUILD === "1" && hasBuild) {
    console.log("bench: BENCH_SKIP_BUILD=1, reusing the existing .next build");
    return { built: false };
  }
  if (process.env.BENCH_SKIP_BUILD === "1") console.log("bench: BENCH_SKIP_BUILD=1 but there is no build: building");
  const started = Date.now();
  const build = spawnSync("npm", ["run", "build"], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
    timeout: BUILD_TIMEOUT_MS,
    killSignal: "SIGKILL",
  });
  if (build.error) throw new Error(`npm run build: ${build.error.message}`);
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? build.signal})`);
  return { built: true, buildSeconds: round1((Date.now() - started) / 1000) };
}

/** The app's server, as `npm start` runs it, with its stats on, once it has warmed its cache; on BENCH_PORT if set. */
export const startServer = () => startAppServer({ waitForWarm: true, timeoutMs: 240_000, port: PORT });
