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
