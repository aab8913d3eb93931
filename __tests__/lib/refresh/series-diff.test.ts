/** @jest-environment node */
import fc from "fast-check";
import { diffSeries, type SeriesValue } from "@/lib/refresh/series-diff";

const v = (month: string, value: number, key = ""): SeriesValue => ({ month, key, value });

describe("diffSeries", () => {
  it("diffSeries reports new months, revised values (old and new) and leaves older months alone", () => {
    const existing = [v("2025-01", 10), v("2025-02", 20), v("2025-03", 30)];
    const incoming = [v("2025-02", 20), v("2025-03", 31), v("2025-04", 40)];
    expect(diffSeries(existing, incoming)).toEqual({
      added: [v("2025-04", 40)],
      revised: [{ month: "2025-03", key: "", from: 30, to: 31 }],
      removed: [],
      unchanged: 1,
    });
  });

  it("diffSeries reports a value the release no longer gives, from its first month on, as removed", () => {
    const existing = [v("2025-01", 10, "swb"), v("2025-02", 20, "swb"), v("2025-03", 30, "swb")];
    expect(diffSeries(existing, [v("2025-02", 20, "swb")]).removed).toEqual([v("2025-03", 30, "swb")]);
  });

  it("diffSeries keeps keys apart: a scope's value is compared only with the same scope", () => {
    const d = diffSeries([v("2025-01", 1, "swb"), v("2025-01", 2, "nationwide")], [v("2025-01", 2, "swb"), v("2025-01", 2, "nationwide")]);
    expect(d.revised).toEqual([{ month: "2025-01", key: "swb", from: 1, to: 2 }]);
    expect(d.unchanged).toBe(1);
  });

  it("diffSeries of a series with itself changes nothing (property)", () => {
    const months = fc
      .uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 1 })
      .map((ns) => ns.map((n) => ({ month: `${2000 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`, key: "", value: n })));
    fc.assert(
      fc.property(months, (series) => {
        const d = diffSeries(series, series);
        return d.added.length === 0 && d.revised.length === 0 && d.removed.length === 0 && d.unchanged === series.length;
      }),
      { verbose: true },
    );
  });
});
