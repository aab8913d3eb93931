/** @jest-environment node */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DataValidationError } from "@/lib/data/issue";
import { replaceDataFiles } from "../../scripts/refresh/replace-data";
import { SNAPSHOT_DIR } from "../fixtures/dataset-snapshot";

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "atlas-replace-"));
  cpSync(SNAPSHOT_DIR, join(work, "data"), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe("replaceDataFiles", () => {
  it("replaceDataFiles refuses a change that breaks the dataset and leaves the folder as it was", () => {
    const dir = join(work, "data");
    const before = readFileSync(join(dir, "changelog.json"), "utf8");
    const broken = JSON.stringify({
      entries: [{ id: "x", applied_on: "2026-06-15", series: "fentanyl", source_id: "nope", data_to: "2026-05", new_months: [], revised: [], removed: [] }],
    });
    expect(() => replaceDataFiles(dir, { changelog: broken })).toThrow(DataValidationError);
    expect(() => replaceDataFiles(dir, { changelog: broken })).toThrow(
      'data/changelog.json › x › source_id: expected a source id listed in data/sources.json, found "nope"',
    );
    expect(readFileSync(join(dir, "changelog.json"), "utf8")).toBe(before);
    expect(readdirSync(work)).toEqual(["data"]);
  });

  it("replaceDataFiles swaps in a valid change", () => {
    const dir = join(work, "data");
    replaceDataFiles(dir, { changelog: '{\n  "entries": []\n}\n'.replace("[]", "[ ]") });
    expect(readFileSync(join(dir, "changelog.json"), "utf8")).toContain("[ ]");
    expect(readdirSync(work)).toEqual(["data"]);
  });
});
