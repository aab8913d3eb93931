/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { computeClaimCheck, computeClaimChecks } from "@/lib/stats/claim-check";
import { sumWindow } from "@/lib/stats/sums";
import type { Claim, ClaimCheck } from "@/lib/schema/claims";
import { makeSourceTrust } from "@/lib/sources/trust";
import { loadDatasetSnapshot, SNAPSHOT_DIR } from "../../fixtures/dataset-snapshot";

const data = loadDatasetSnapshot();
const claim = (id: string): Claim => {
  const found = data.claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
};
/** The window the 8 Jan 2026 statement used, as a window check: SESNSP's count for Sep 2024, the stated average for Dec 2025. */
const HOM_WINDOW: ClaimCheck = {
  id: "hom-sep2024-dec2025",
  label: { en: "Sep 2024 vs Dec 2025", es: "sep 2024 vs dic 2025" },
  basis: "stated",
  series: "homicides",
  measure: "daily_average",
  baseline: { from: "2024-09", to: "2024-09" },
  comparison: { from: "2025-12", to: "2025-12" },
  source_ids: [],
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
    const r = computeClaimCheck({ ...claim("cl-hom-40"), value_pct: -40 }, HOM_WINDOW, data);
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
    const base = HOM_WINDOW;
    const r = computeClaimCheck(c, { ...base, comparison: { from: "2025-07", to: "2025-09" } }, data);
    expect(r.comparison).toEqual({ kind: "missing", window: { from: "2025-07", to: "2025-09" }, reason: "notCovered" });
    expect(r.computedPct).toBeUndefined();
    expect(r.differencePts).toBeUndefined();
  });

  it("computeClaimCheck prefers the latest statement when a month was stated twice (Dec 2024: 72.8 then 73.3)", () => {
    const c = claim("cl-hom-40");
    const base = HOM_WINDOW;
    const onlyStated = { ...data, homicidesMonthly: [] };
    const r = computeClaimCheck(c, { ...base, baseline: { from: "2024-12", to: "2024-12" } }, onlyStated);
    expect(r.baseline).toMatchObject({ kind: "value", value: 73.3, derivation: "statedDailyAverage" });
  });
});

describe("computeClaimChecks", () => {
  const all = computeClaimChecks(data.claims, data, makeSourceTrust(data.sources));
  const of = (id: string) => all.find((r) => r.claim.id === id)!;

  it("computeClaimChecks returns one result per window of each claim, none for a claim with no window", () => {
    expect(all.map(({ claim: c, results }) => [c.id, results.length])).toEqual([
      ["cl-hom-40", 0],
      ["cl-fent-50", 3],
      ["cl-fent-57", 3],
      ["cl-flow-56", 0],
      ["cl-deaths-43", 0],
    ]);
  });

  it("lists each claim's statements newest first: the homicide claim's latest is -44% of 10 Mar 2026, not -40%", () => {
    const dates = of("cl-hom-40").statements.map((s) => s.statement.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(of("cl-hom-40").statements[0]!.statement).toMatchObject({ date: "2026-03-10", value_pct: -44 });
    expect(of("cl-flow-56").statements[0]!.statement).toMatchObject({ date: "2026-02-24", value_pct: -56 });
  });

  it("leaves out a statement resting only on low-authority reports (11 Feb 2025, -12%) and marks one on a single outlet", () => {
    const hom = of("cl-hom-40");
    expect(hom.leftOut.map((s) => s.date)).toEqual(["2025-02-11"]);
    expect(hom.statements.some((s) => s.statement.date === "2025-02-11")).toBe(false);
    // 8 Jul 2025 (-24.5%): La República plus a small site, one major outlet.
    expect(hom.statements.find((s) => s.statement.date === "2025-07-08")!.trust).toBe("unconfirmed");
    // 8 Jan 2026 (-40%): Proceso and El Financiero, two independent major outlets.
    expect(hom.statements.find((s) => s.statement.date === "2026-01-08")!.trust).toBe("shown");
    // Trump's 15 Dec 2025 -50%: one EFE copy (Gestión) besides two low-authority paraphrases.
    expect(of("cl-flow-56").statements.find((s) => s.statement.date === "2025-12-15")!.trust).toBe("unconfirmed");
  });

  it("drops a claim none of whose statements the page can show", () => {
    const lowOnly = makeSourceTrust(data.sources.map((s) => ({ ...s, authority: "low-authority" as const })));
    expect(computeClaimChecks(data.claims, data, lowOnly)).toEqual([]);
  });

  it("checks each homicide statement as its figures allow: independent through June 2025, arithmetic after, -32% of 5 Oct 2025 outside the counts", () => {
    const kinds = Object.fromEntries(
      of("cl-hom-40").statements.map((s) => [s.statement.date, s.outcome.kind === "uncheckable" ? s.outcome.reason : s.outcome.kind]),
    );
    expect(kinds).toMatchObject({
      "2025-01-09": "independent",
      "2025-07-08": "independent",
      "2025-08-12": "arithmetic",
      "2025-10-05": "outside_data",
      "2026-01-12": "no_window",
      "2026-03-10": "arithmetic",
    });
    const tenFeb = of("cl-hom-40").statements.find((s) => s.statement.date === "2026-02-10")!.outcome;
    // 86.9 -> 50.9 is -41.4%; the government said -42%.
    expect(tenFeb.kind === "arithmetic" && Number(tenFeb.computedPct.toFixed(1))).toBe(-41.4);
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
