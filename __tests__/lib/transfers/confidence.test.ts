/** @jest-environment node */
import { byConfidence, discrepancyRefs, shortPlaceName, toConfidenceLevel } from "@/lib/transfers/confidence";
import { summarizeTransfers } from "@/lib/transfers/summary";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

describe("toConfidenceLevel", () => {
  it("toConfidenceLevel reads the level at the start of free text", () => {
    expect(toConfidenceLevel("medium (omitted by AFP; see disc-04)")).toBe("medium");
    expect(() => toConfidenceLevel("unsure")).toThrow(/does not start with high, medium or low/);
  });
});

describe("byConfidence", () => {
  it("byConfidence puts high before low and keeps ties in order", () => {
    const rows = [
      { id: "a", confidence: "low" },
      { id: "b", confidence: "high" },
      { id: "c", confidence: "high (city)" },
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
});

describe("summarizeTransfers", () => {
  it("summarizeTransfers gives 92 people in 3 transfers, the latest on 20 Jan 2026 with 37 people", () => {
    const s = summarizeTransfers(loadDatasetSnapshot());
    expect([s.totalPeople, s.transferCount, s.latest.date, s.latest.people_count.value]).toEqual([92, 3, "2026-01-20", 37]);
  });
  it("summarizeTransfers marks Houston and Pennsylvania in Jan 2026 as disputed (disc-04), not the others", () => {
    const { latest } = summarizeTransfers(loadDatasetSnapshot());
    const disputed = latest.destinations.filter((d) => discrepancyRefs(d.confidence).includes("disc-04")).map((d) => d.place_id);
    expect(disputed).toEqual(["us_houston", "us_pa"]);
  });
});
