/** @jest-environment node */
import type { RawDataFiles } from "@/lib/data/files";
import { validateDataset } from "@/lib/data/validate";
import { planCbpRefresh } from "@/lib/refresh/apply-cbp";
import { formatIngestIssue } from "@/lib/refresh/ingest-issue";
import type { RefreshInput } from "@/lib/refresh/refresh-plan";
import type { ReleaseFile } from "@/lib/refresh/release-file";
import { formatPlan } from "@/lib/refresh/report";
import { createHash } from "node:crypto";
import { snapshotFiles } from "../../fixtures/data-files";
import { cbpAprilRelease, cbpReleaseWith, cbpRow, MAY_2026_ROWS } from "../../fixtures/refresh/releases";

function inputFor(raw: RawDataFiles, bytes: Buffer, options: Partial<RefreshInput> = {}): RefreshInput {
  const valid = validateDataset(raw);
  if (!valid.ok) throw new Error("fixture data invalid");
  const file: ReleaseFile = {
    name: "nationwide-drugs-fy23-fy26-may.csv",
    sha256: createHash("sha256").update(bytes).digest("hex"),
    bytes: bytes.length,
    retrieved: "2026-06-15",
  };
  return { raw, dataset: valid.dataset, file, allowRemovals: false, ...options };
}
function plan(raw: RawDataFiles, bytes: Buffer, options: Partial<RefreshInput> = {}) {
  const result = planCbpRefresh(inputFor(raw, bytes, options), bytes);
  if (!result.ok) throw new Error(result.issues.map(formatIngestIssue).join("\n"));
  return result.plan;
}
const lineOf = (csv: string, start: string) => csv.split("\n").find((l) => l.startsWith(start));

describe("planCbpRefresh", () => {
  it("planCbpRefresh of the April 2026 release that data/ was built from changes no value and writes nothing", () => {
    const p = plan(snapshotFiles(), cbpAprilRelease());
    expect(p.isNewSource).toBe(false);
    expect(p.source.id).toBe("cbp_drugs_fy23_fy26_apr");
    expect(p.diff).toMatchObject({ added: [], revised: [], removed: [], unchanged: 129 });
    expect(p.totals).toEqual([]);
    expect(p.files).toEqual({});
    expect(p.entry).toBeNull();
  });

  it("planCbpRefresh adds a new month in each scope, recomputes FY2026, records the file and logs the change", () => {
    const raw = snapshotFiles();
    const p = plan(raw, cbpReleaseWith(MAY_2026_ROWS));
    expect(p.diff.added).toEqual([
      { month: "2026-05", key: "swb", value: 453 },
      { month: "2026-05", key: "swb_land", value: 451.75 },
      { month: "2026-05", key: "nationwide", value: 453.75 },
    ]);
    expect(p.diff.revised).toEqual([]);
    expect(Object.keys(p.files).sort()).toEqual(["changelog", "fentanylFiscalYears", "fentanylMonthly", "seriesMeta", "sources"]);
    expect(lineOf(p.files.fentanylMonthly!, "2026-05,swb,")).toBe(`2026-05,swb,453.00,${p.source.id}`);
    expect(lineOf(p.files.fentanylMonthly!, "2018-10,swb,")).toBe(lineOf(raw.fentanylMonthly, "2018-10,swb,"));
    expect(lineOf(p.files.fentanylFiscalYears!, "2026,swb,")).toBe(
      `2026,swb,6715.41,true,${p.source.id},FY2026 PARTIAL: Oct 2025-May 2026 only (fiscal year to date in the May 2026 CBP file); not comparable with full years`,
    );
    expect(p.totals.find((x) => x.label === "FY2026 swb")).toEqual({ label: "FY2026 swb", from: 6262.41, to: 6715.41 });
    expect(p.source).toMatchObject({
      id: expect.stringMatching(/^cbp_drugs_2026-05_[0-9a-f]{8}$/),
      url: "https://www.cbp.gov/document/stats/nationwide-drug-seizures",
      file: { name: "nationwide-drugs-fy23-fy26-may.csv", retrieved: "2026-06-15" },
    });
    expect(p.entry).toMatchObject({ applied_on: "2026-06-15", series: "fentanyl", data_to: "2026-05", new_months: ["2026-05"], revised: [], removed: [] });
    const meta = JSON.parse(p.files.seriesMeta!).series.find((m: { id: string }) => m.id === "fentanyl");
    expect(meta).toMatchObject({ coverage: { from: "2018-10", to: "2026-05" }, as_of: "2026-05" });
    expect(meta.source_ids).toContain(p.source.id);
    expect(p.review.some((r) => r.includes("Apr 2026") || r.includes("April 2026"))).toBe(true);
    const after = validateDataset({ ...raw, ...p.files });
    expect(after.ok).toBe(true);
  });

  it("planCbpRefresh applied twice leaves the files byte-identical the second time", () => {
    const bytes = cbpReleaseWith(MAY_2026_ROWS);
    const raw = snapshotFiles();
    const once = { ...raw, ...plan(raw, bytes).files };
    const twice = plan(once, bytes);
    expect(twice.files).toEqual({});
    expect(twice.isNewSource).toBe(false);
  });

  it("planCbpRefresh reports a revised value as old -> new and prints the difference", () => {
    const revision = cbpRow("APR", "Southwest Border", "Land Only", "SAN DIEGO FIELD OFFICE", "Fentanyl", 1, "10.5");
    const p = plan(snapshotFiles(), cbpReleaseWith([revision]));
    expect(p.diff.revised).toEqual([
      { month: "2026-04", key: "swb", from: 458.84, to: 469.34 },
      { month: "2026-04", key: "swb_land", from: 458.84, to: 469.34 },
      { month: "2026-04", key: "nationwide", from: 463.38, to: 473.88 },
    ]);
    expect(formatPlan(p)).toContain("  Apr 2026 swb: 458.84 -> 469.34 (+10.50)");
    expect(p.entry).toMatchObject({
      new_months: [],
      revised: [{ month: "2026-04", scope: "swb", from: 458.84, to: 469.34 }, expect.anything(), expect.anything()],
    });
  });

  it("planCbpRefresh refuses a release that drops months data/ holds, unless removals are allowed", () => {
    const withoutApril = Buffer.from(
      cbpAprilRelease()
        .toString("utf8")
        .split("\n")
        .filter((l) => !l.startsWith("2026 (FYTD),APR,"))
        .join("\n"),
    );
    const input = inputFor(snapshotFiles(), withoutApril);
    const refused = planCbpRefresh(input, withoutApril);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.issues.map(formatIngestIssue)).toEqual([
        "nationwide-drugs-fy23-fy26-may.csv:1: the file no longer gives 1 month(s) that data/ holds (2026-04); refused: pass --allow-removals if the agency withdrew them",
      ]);
    }
    const allowed = planCbpRefresh({ ...input, allowRemovals: true }, withoutApril);
    if (!allowed.ok) throw new Error("refused");
    expect(allowed.plan.diff.removed).toHaveLength(3);
    expect(allowed.plan.files.fentanylMonthly).not.toContain("2026-04,");
    expect(allowed.plan.entry?.removed).toEqual([
      { month: "2026-04", scope: "swb", from: 458.84 },
      { month: "2026-04", scope: "swb_land", from: 458.84 },
      { month: "2026-04", scope: "nationwide", from: 463.38 },
    ]);
    expect(validateDataset({ ...snapshotFiles(), ...allowed.plan.files }).ok).toBe(true);
  });
});
