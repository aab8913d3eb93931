/** @jest-environment node */
import { annotationLegend } from "@/lib/charts/annotation-legend";
import { getMessages } from "@/lib/i18n/messages";
import { buildClaimAnnotations } from "@/lib/series/claim-annotations";
import { midMonthTime } from "@/lib/series/time";
import { makeSourceTrust } from "@/lib/sources/trust";
import { computeClaimChecks } from "@/lib/stats/claim-check";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const data = loadDatasetSnapshot();
const checks = computeClaimChecks(data.claims, data, makeSourceTrust(data.sources));
const en = getMessages("en");

describe("the claims' marks on the time charts", () => {
  const homicides = buildClaimAnnotations(checks, "homicides", "en", en);

  it("marks each month a homicide statement measured to, once, at mid-month like the monthly points", () => {
    expect(homicides.map((a) => a.date)).toEqual([
      "2024-12",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
    expect(homicides.every((a) => a.kind === "claim" && a.time === midMonthTime(a.date))).toBe(true);
  });

  it("titles a month with every statement that ends there, newest first: Sep 2025 has the 7 Oct report and the 5 Oct speech", () => {
    expect(homicides.find((a) => a.date === "2025-09")!.title).toBe("Claimed -32% (stated Oct 7, 2025); Claimed -32% (stated Oct 5, 2025) (one outlet)");
    expect(homicides.find((a) => a.date === "2026-02")!.title).toBe("Claimed -44% (stated Mar 10, 2026)");
  });

  it("places no statement without a window or of another series, and none left out (11 Feb 2025 would mark Jan 2025)", () => {
    expect(homicides.some((a) => a.date === "2025-01")).toBe(false);
    // Fentanyl: the 3 Mar 2025 statement (Oct 2024 vs Jan 2025) and the -57.48% (Apr-Jun); Trump's "flow" has no window.
    const fentanyl = buildClaimAnnotations(checks, "fentanyl", "en", en);
    expect(fentanyl.map((a) => [a.date, a.title])).toEqual([
      ["2025-01", "Claimed -49.94% (stated Mar 3, 2025) (one outlet)"],
      ["2025-06", "Claimed -57.48% (stated Oct 7, 2025) (one outlet)"],
    ]);
  });

  it("gives the marks one legend entry, a triangle, after the transfers' lines", () => {
    const legend = annotationLegend(homicides, "en", en);
    expect(legend).toEqual([{ label: en.charts.annotationClaims, color: homicides[0]!.color, mark: "triangle" }]);
  });

  it("words the marks in Spanish", () => {
    const es = buildClaimAnnotations(checks, "homicides", "es", getMessages("es"));
    expect(es.at(-1)!.title).toMatch(/^Afirmado: -44\s?% \(declarado el 10 mar 2026\)$/);
  });
});
