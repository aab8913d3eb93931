/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { computeClaimCheck, computeClaimChecks } from "@/lib/stats/claim-check";
import { sumWindow } from "@/lib/stats/sums";
import type { Claim } from "@/lib/schema/claims";
import { loadDatasetSnapshot, SNAPSHOT_DIR } from "../../fixtures/dataset-snapshot";

const data = loadDatasetSnapshot();
const claim = (id: string): Claim => {
  const found = data.claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
};
const check = (claimId: string, checkId: string) => {
  const c = claim(claimId);
  const found = c.checks.find((k) => k.id === checkId);
  if (!found) throw new Error(`no check ${checkId}`);
  return computeClaimCheck(c, found, data);
};

/** The southwest-border pounds of one month, read straight from the CSV text, not through lib/. */
function swbPounds(month: string): number {
  const line = readFileSync(join(SNAPSHOT_DIR, "fentanyl-monthly.csv"), "utf8")
    .split("\n")
    .find((l) => l.startsWith(`${month},swb,`));
  if (!line) throw new Error(`no swb row for ${month}`);
  return Number(line.split(",")[2]);
}

describe("computeClaimCheck", () => {
  it("computeClaimCheck recomputes the homicide claim: 86.9 (SESNSP 2,607 / 30) to 52.4 (stated) is -39.7%", () => {
    const r = check("cl-hom-40", "hom-sep2024-dec2025");
    expect(r.baseline).toMatchObject({ kind: "value", derivation: "sesnspCountPerDay" });
    expect(r.comparison).toMatchObject({ kind: "value", derivation: "statedDailyAverage", value: 52.4 });
    expect(r.baseline.kind === "value" && r.baseline.value).toBeCloseTo(86.9, 1);
    expect(r.computedPct!).toBeCloseTo(-39.7, 1);
    expect(r.claimedPct).toBe(-40);
    expect(r.differencePts!).toBeCloseTo(0.3, 1);
  });

  it("computeClaimCheck recomputes Oct 2024 vs Jan 2025 at the southwest border from the monthly file", () => {
    const r = check("cl-fent-50", "fent-oct2024-jan2025");
    const expected = ((swbPounds("2025-01") - swbPounds("2024-10")) / swbPounds("2024-10")) * 100;
    expect(r.computedPct).toBeCloseTo(expected, 10);
    expect(r.computedPct!).toBeCloseTo(-48.0, 1);
  });

  it("computeClaimCheck gives -49.2% for calendar 2025 vs 2024 and -45.7% for FY2025 vs FY2024 (southwest border)", () => {
    expect(check("cl-fent-50", "fent-cy2024-cy2025").computedPct!).toBeCloseTo(-49.2, 1);
    const fy = check("cl-fent-50", "fent-fy2024-fy2025");
    expect(fy.computedPct!).toBeCloseTo(-45.7, 1);
    expect(fy.baseline.kind === "value" && fy.baseline.value).toBeCloseTo(21148.16, 2);
  });

  it("computeClaimCheck reports a window outside the data as missing rather than guessing", () => {
    const c = claim("cl-hom-40");
    const base = c.checks[0]!;
    const r = computeClaimCheck(c, { ...base, comparison: { from: "2025-07", to: "2025-09" } }, data);
    expect(r.comparison).toEqual({ kind: "missing", window: { from: "2025-07", to: "2025-09" }, reason: "notCovered" });
    expect(r.computedPct).toBeUndefined();
    expect(r.differencePts).toBeUndefined();
  });

  it("computeClaimCheck prefers the latest statement when a month was stated twice (Dec 2024: 72.8 then 73.3)", () => {
    const c = claim("cl-hom-40");
    const base = c.checks[0]!;
    const onlyStated = { ...data, homicidesMonthly: [] };
    const r = computeClaimCheck(c, { ...base, baseline: { from: "2024-12", to: "2024-12" } }, onlyStated);
    expect(r.baseline).toMatchObject({ kind: "value", value: 73.3, derivation: "statedDailyAverage" });
  });
});

describe("computeClaimChecks", () => {
  it("computeClaimChecks returns one result per window of each claim", () => {
    const all = computeClaimChecks(data.claims, data);
    expect(all.map(({ claim: c, results }) => [c.id, results.length])).toEqual([
      ["cl-fent-50", 3],
      ["cl-hom-40", 1],
    ]);
  });
});

describe("fentanyl fiscal-year totals", () => {
  it("sumWindow over the nationwide months of FY2025 (Oct 2024 - Sep 2025) gives CBP's fiscal-year total within the files' rounding", () => {
    const fy = data.fentanylFiscalYears.find((r) => r.fiscal_year === 2025 && r.scope === "nationwide")!;
    const months = data.fentanylMonthly.filter((r) => r.scope === "nationwide").map((r) => ({ month: r.month, value: r.pounds }));
    const window = sumWindow(months, "2024-10", "2025-09")!;
    expect(window.months).toBe(12);
    // 12 monthly values, each rounded to 0.01 lb in the file: the sum can drift by up to 0.06 lb.
    expect(Math.abs(window.total - fy.pounds)).toBeLessThanOrEqual(0.06);
  });
});
