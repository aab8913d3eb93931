// The build's manifest, .next/atlas-build.json, written as the last step of `npm run build`, so it
// exists only when every step before it succeeded. `npm start` (scripts/ensure-build.mjs) builds
// when there is no such manifest or when the sources changed since it was written.
//   node scripts/build-manifest.mjs   writes the manifest for the tree as it is
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const MANIFEST_FILE = join(".next", "atlas-build.json");
/** Tracked files that do not go into the build: tests, the bench, CI, deploy templates, prose. */
const NOT_BUILT = /^(__tests__|bench|\.ci|deploy)\/|\.md$|^\.(gitignore|prettierignore|prettierrc\.json)$|^eslint\.config\.mjs$|^jest\.(e2e\.)?config\.mjs$/;

/**
 * SHA-256 of the path and content of every tracked file the build reads (as they are on disk, so
 * an edit counts before it is committed), the lockfile among them; null where git cannot list the
 * tracked files (no git, or not a clone).
 */
export function buildFingerprint(root = process.cwd()) {
  const listed = spawnSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" });
  if (listed.error || listed.status !== 0) return null;
  const hash = createHash("sha256");
  const files = listed.stdout
    .split("\0")
    .filter((file) => file && !NOT_BUILT.test(file))
    .sort();
  for (const file of files) {
    const path = join(root, file);
    hash.update(`${file}\0`);
    hash.update(existsSync(path) ? readFileSync(path) : "(deleted)");
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** The manifest of the build in `root`, or null when there is none (or it is unreadable). */
export function readManifest(root = process.cwd()) {
  try {
    const manifest = JSON.parse(readFileSync(join(root, MANIFEST_FILE), "utf8"));
    return typeof manifest === "object" && manifest !== null ? manifest : null;
  } catch {
    return null;
  }
}

/**
 * Whether `npm start` must build first, and why. A complete build is reused when its fingerprint is
 * the tree's, or when the tree has none (no git: nothing to compare, so the build is trusted).
 *
 *   buildDecision(null, "ab12")                                      // { build: true, why: "no complete build" }
 *   buildDecision({ complete: true, fingerprint: "ab12" }, "ab12")   // { build: false, why: "the build matches the sources" }
 */
export function buildDecision(manifest, fingerprint) {
  if (!manifest || manifest.complete !== true) return { build: true, why: "no complete build" };
  if (fingerprint === null) return { build: false, why: "a complete build (no git to compare the sources with)" };
  if (manifest.fingerprint !== fingerprint) return { build: true, why: "the sources or the lockfile changed since the last build" };
  return { build: false, why: "the build matches the sources" };
}

export function writeManifest(root = process.cwd()) {
  const buildId = readFileSync(join(root, ".next", "BUILD_ID"), "utf8").trim();
  const manifest = { complete: true, fingerprint: buildFingerprint(root), buildId, builtAt: new Date().toISOString() };
  writeFileSync(join(root, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const manifest = writeManifest();
  console.log(`build-manifest: ${MANIFEST_FILE} (build ${manifest.buildId}, sources ${manifest.fingerprint?.slice(0, 12) ?? "without git"})`);
}
