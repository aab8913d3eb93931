/** @jest-environment node */
import { timeDomain, xOfDate } from "@/lib/timeline/axis";

describe("the timeline's time axis", () => {
  it("runs from the first month's start to the last month's end", () => {
    expect(timeDomain({ from: "2025-01", to: "2025-12" })).toEqual([Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)]);
    expect(timeDomain({ from: "2025-12", to: "2025-12" })).toEqual([Date.UTC(2025, 11, 1), Date.UTC(2026, 0, 1)]);
  });

  it("places a date as a fraction of the width, and nothing outside the range", () => {
    const domain = timeDomain({ from: "2025-01", to: "2025-12" });
    expect(xOfDate("2025-01-01", domain)).toBe(0);
    // 2 Jul 2025 is day 182 of 365.
    expect(xOfDate("2025-07-02", domain)).toBeCloseTo(182 / 365, 10);
    expect(xOfDate("2024-12-31", domain)).toBeNull();
    expect(xOfDate("2026-01-01", domain)).toBeNull();
  });
});
