/** @jest-environment node */
import { CHART_CATALOG, viewPartsOf } from "@/lib/charts/chart-catalog";
import { getMessages } from "@/lib/i18n/messages";
import { CHART_IDS } from "@/lib/url/view-state";

describe("CHART_CATALOG", () => {
  it("CHART_CATALOG has one entry per chart id, under its own id", () => {
    expect(Object.keys(CHART_CATALOG).sort()).toEqual([...CHART_IDS].sort());
    for (const id of CHART_IDS) expect(CHART_CATALOG[id].id).toBe(id);
  });

  it("CHART_CATALOG's CSV columns all have a translated header, in both languages", () => {
    for (const locale of ["en", "es"] as const) {
      const headers = getMessages(locale).export.csvHeaders as Record<string, string>;
      const missing = CHART_IDS.flatMap((id) => CHART_CATALOG[id].columns.filter((c) => c.csv !== null && !headers[c.key]).map((c) => `${id}.${c.key}`));
      expect({ locale, missing }).toEqual({ locale, missing: [] });
    }
  });

  it("CHART_CATALOG gives every chart exactly one row-header column on the page", () => {
    for (const id of CHART_IDS) expect({ id, headers: CHART_CATALOG[id].columns.filter((c) => c.isRowHeader && c.label).length }).toEqual({ id, headers: 1 });
  });
});

describe("viewPartsOf", () => {
  const view = { scope: "nationwide", range: { from: "2024-01", to: "2026-02" } };
  it("viewPartsOf names the scope for the fentanyl charts and the range for the monthly ones", () => {
    expect(viewPartsOf("fentanyl", view)).toEqual(["nationwide", "2024-01-2026-02"]);
    expect(viewPartsOf("fiscal", view)).toEqual(["nationwide"]);
    expect(viewPartsOf("homicides", view)).toEqual(["2024-01-2026-02"]);
    expect(viewPartsOf("annual", view)).toEqual([]);
    expect(viewPartsOf("transfers", view)).toEqual([]);
  });
  it("viewPartsOf leaves the range out when the view has none", () => {
    expect(viewPartsOf("homicides", { scope: "swb", range: null })).toEqual([]);
  });
});
