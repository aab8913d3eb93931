import { readFileSync } from "node:fs";
import path from "node:path";
import { processOnce } from "../cache/process-once";

/**
 * The id of the build this server runs (Next writes it to .next/BUILD_ID), which versions the
 * pictures' addresses (lib/pictures/picture-source.ts): a page of one build never fetches a
 * picture of another. "development" under `next dev`, which writes no such file.
 */
export const getBuildId = processOnce("build-id", (): string => {
  try {
    return readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "development";
  }
});

/**
 * The day this build was made ("YYYY-MM-DD", from .next/atlas-build.json), against which a
 * scheduled court date counts as passed: a page stays a function of its URL and the build. Under
 * `next dev` (no manifest), today.
 */
export const getBuildDate = processOnce("build-date", (): string => {
  try {
    const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next", "atlas-build.json"), "utf8")) as { builtAt?: string };
    if (typeof manifest.builtAt === "string" && /^\d{4}-\d{2}-\d{2}/.test(manifest.builtAt)) return manifest.builtAt.slice(0, 10);
  } catch {
    // no manifest: a development server
  }
  return new Date().toISOString().slice(0, 10);
});
