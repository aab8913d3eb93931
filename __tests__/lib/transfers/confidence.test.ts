/** @jest-environment node */
import type { ConfidenceLevel } from "@/lib/schema/common";
import { byConfidence, discrepancyRefs, shortPlaceName, shortPlaceNames } from "@/lib/transfers/confidence";
import { summarizeTransfers } from "@/lib/transfers/summary";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

describe("byConfidence", () => {
  it("byConfidence puts high before low and keeps ties in order", () => {
    const rows: { id: string; confidence: ConfidenceLevel }[] = [
      { id: "a", confidence: "low" },
      { id: "b", confidence: "high" },
      { id: "c", confidence: "high" },
    ];
    expect(byConfidence(rows).map((r) => r.id)).toEqual(["b", "c", "a"]);
  });
});

describe("discrepancyRefs", () => {
  it("discrepancyRefs finds each discrepancy id once", () => {
    expect(discrepancyRefs("medium (see disc-04; also disc-04 and disc-11)")).toEqual(["disc-04", "disc-11"]);
    expect(discrepancyRefs(undefined)).toEqual([]);
  });
});

describe("shortPlaceName", () => {
  it("shortPlaceName drops the parenthetical caveat", () => {
    expect(shortPlaceName("Houston, Texas (landing airport not reported; proxy George Bush Intercontinental)")).toBe("Houston, Texas");
  });
  it("shortPlaceNames shortens each language's name on its own", () => {
    expect(shortPlaceNames({ en: "Pennsylvania (state only)", es: "Pensilvania (solo el estado)" })).toEqual({ en: "Pennsylvania", es: "Pensilvania" });
  });
});

describe("summarizeTransfers", () => {
  it("summarizeTransfers gives 92 people in 3 transfers, the latest on 20 Jan 2026 with 37 people", () => {
    const s = summarizeTransfers(loadDatasetSnapshot());
    expect([s.totalPeople, s.transferCount, s.latest.date, s.latest.people_count.value]).toEqual([92, 3, "2026-01-20", 37]);
  });
  it("summarizeTransfers marks Houston and Pennsylvania in Jan 2026 as disputed (disc-04), not the others", () => {
    const { latest } = summarizeTransfers(loadDatasetSnapshot());
    const disputed = latest.destinations.filter((d) => discrepancyRefs(d.confidence_note?.en).includes("disc-04")).map((d) => d.place_id);
    expect(disputed).toEqual(["us_houston", "us_pa"]);
  });
});
