/** @jest-environment node */
import { cumulativeTransfers } from "@/lib/stats/transfers";

describe("cumulativeTransfers", () => {
  it("cumulativeTransfers gives 29, 55, 92 for the three transfers, whatever the input order", () => {
    const out = cumulativeTransfers([
      { id: "ev2026-01", date: "2026-01-20", people: 37 },
      { id: "ev2025-02", date: "2025-02-27", people: 29 },
      { id: "ev2025-08", date: "2025-08-12", people: 26 },
    ]);
    expect(out.map((t) => [t.id, t.runningTotal])).toEqual([
      ["ev2025-02", 29],
      ["ev2025-08", 55],
      ["ev2026-01", 92],
    ]);
  });
  it("cumulativeTransfers of nothing is empty", () => {
    expect(cumulativeTransfers([])).toEqual([]);
  });
});
