/** @jest-environment node */
import { sumWindow } from "@/lib/stats/sums";

const rows = (months: string[], value = 1) => months.map((month) => ({ month, value }));

describe("sumWindow", () => {
  it("sumWindow sums the months inside the window", () => {
    expect(sumWindow(rows(["2024-10", "2024-11", "2024-12"], 3), "2024-11", "2024-12")).toEqual({ total: 6, months: 2 });
  });
  it("sumWindow refuses a window with a missing month instead of summing fewer", () => {
    expect(sumWindow(rows(["2024-10", "2024-12"]), "2024-10", "2024-12")).toBeUndefined();
  });
});
