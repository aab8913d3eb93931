/** @jest-environment node */
import { checkStatement } from "@/lib/stats/claim-outcome";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const data = loadDatasetSnapshot();
const q2 = (year: number) => ({ from: `${year}-04`, to: `${year}-06` });

describe("checking a stated claim, worded by what it was checked against", () => {
  it("-57.48% for CBP fentanyl in the second quarter of 2025: southwest border, Apr-Jun 2025 against Apr-Jun 2024, 2,141.00 vs 5,034.72 lb, an exact match", () => {
    const outcome = checkStatement(-57.48, { kind: "series", series: "fentanyl", scope: "swb", baseline: q2(2024), comparison: q2(2025) }, data);
    if (outcome.kind !== "independent") throw new Error(`expected an independent check, got ${outcome.kind}`);
    expect(outcome.baseline.value).toBeCloseTo(5034.72, 2);
    expect(outcome.comparison.value).toBeCloseTo(2141.0, 2);
    expect(outcome.computedPct).toBeCloseTo(-57.48, 2); // (2,141.00 - 5,034.72) / 5,034.72 = -57.476 %
    expect(Math.abs(outcome.differencePts)).toBeLessThan(0.005);
  });

  it("the same claim read as the fiscal second quarter (Jan-Mar) gives -49.34%, and nationwide Apr-Jun -54.71%", () => {
    const fiscal = checkStatement(
      -57.48,
      { kind: "series", series: "fentanyl", scope: "swb", baseline: { from: "2024-01", to: "2024-03" }, comparison: { from: "2025-01", to: "2025-03" } },
      data,
    );
    const nationwide = checkStatement(-57.48, { kind: "series", series: "fentanyl", scope: "nationwide", baseline: q2(2024), comparison: q2(2025) }, data);
    expect(fiscal.kind === "independent" && Number(fiscal.computedPct.toFixed(2))).toBe(-49.34);
    expect(nationwide.kind === "independent" && Number(nationwide.computedPct.toFixed(2))).toBe(-54.71);
  });

  it("-44% on the claimant's own figures, 86.9 -> 48.8 victims a day, is arithmetic on stated figures (-43.8%), never an independent check", () => {
    const outcome = checkStatement(
      -44,
      { kind: "stated_figures", series: "homicides", baseline: { month: "2024-09", value: 86.9 }, comparison: { month: "2026-02", value: 48.8 } },
      data,
    );
    expect(outcome.kind).toBe("arithmetic");
    expect(outcome.kind === "arithmetic" && Number(outcome.computedPct.toFixed(1))).toBe(-43.8); // (48.8 - 86.9) / 86.9
  });

  it("a homicide window after the SESNSP counts in the data end (Jun 2025) cannot be checked against the series, even where a stated average exists", () => {
    const outcome = checkStatement(
      -44,
      { kind: "series", series: "homicides", baseline: { from: "2024-09", to: "2024-09" }, comparison: { from: "2026-02", to: "2026-02" } },
      data,
    );
    expect(outcome).toEqual({ kind: "uncheckable", reason: "outside_data" });
  });

  it("a homicide window the counts cover is an independent check: Sep 2024 (2,607 / 30 = 86.9 a day) against Jun 2025", () => {
    const outcome = checkStatement(
      -25.3,
      { kind: "series", series: "homicides", baseline: { from: "2024-09", to: "2024-09" }, comparison: { from: "2025-06", to: "2025-06" } },
      data,
    );
    expect(outcome.kind).toBe("independent");
    expect(outcome.kind === "independent" && outcome.baseline.value).toBeCloseTo(86.9, 1);
  });

  it("says why a claim cannot be checked: no window stated ('in a year'), a metric the atlas does not hold ('flow'), or months outside the data", () => {
    expect(checkStatement(-56, { kind: "none", reason: "no_window" }, data)).toEqual({ kind: "uncheckable", reason: "no_window" });
    expect(checkStatement(-43, { kind: "none", reason: "metric_not_held" }, data)).toEqual({ kind: "uncheckable", reason: "metric_not_held" });
    const future = checkStatement(-50, { kind: "series", series: "fentanyl", scope: "swb", baseline: q2(2026), comparison: q2(2027) }, data);
    expect(future).toEqual({ kind: "uncheckable", reason: "outside_data" });
  });
});
