// What was measured: the commit (and whether the tree had changes) and the build of .next.
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./settings.mjs";

/** The short commit of HEAD and whether the tree differs from it; nulls outside git. */
export function gitCommit() {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
    // bench/results/ is this script's own output: it does not make the measured code dirty.
    const status = execFileSync("git", ["status", "--porcelain", "--", ".", ":(exclude)bench/results"], { cwd: ROOT, stdio: ["ignore", "pipe", "ignore"] });
    const dirty = status.toString().trim() !== "";
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}

/** Which build was measured: its BUILD_ID and when it was written (the build may predate HEAD with BENCH_SKIP_BUILD=1). */
export function buildIdentity() {
  const file = join(ROOT, ".next", "BUILD_ID");
  return { buildId: readFileSync(file, "utf8").trim(), builtAt: statSync(file).mtime.toISOString() };
}

/**
 * Whether .next changed under the running server (another `next build` on the machine): the server
 * keeps the old build in memory but its files are gone or replaced, so requests fail or slow down.
 */
export function buildChange(atStart) {
  let atEnd = null;
  try {
    atEnd = buildIdentity();
  } catch {
    /* no BUILD_ID: removed, or a build in progress */
  }
  const changed = !atEnd || atEnd.buildId !== atStart.buildId || atEnd.builtAt !== atStart.builtAt;
  return changed ? { changedDuringRun: true, buildIdAtEnd: atEnd?.buildId ?? null } : { changedDuringRun: false };
}
