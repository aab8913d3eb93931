/** @jest-environment node */
import { buildMapModel } from "@/lib/map/model";
import { buildRequestContext } from "@/lib/url/request-context";
import { parseViewState } from "@/lib/url/view-state";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

describe("buildRequestContext", () => {
  const data = loadDatasetSnapshot();
  const ctx = buildRequestContext(buildMapModel(data), data);

  it("buildRequestContext lets a link name every transfer and every place a transfer used, and nothing else", () => {
    expect([...ctx.eventIds].sort()).toEqual(data.events.map((e) => e.id).sort());
    // A reference-only place (Mexico City's airport, which no source names as a departure) is on no map.
    const used = data.places.filter((p) => p.used_by_events.length > 0).map((p) => p.id);
    expect([...ctx.placeIds].sort()).toEqual(used.sort());
    expect(used.length).toBeLessThan(data.places.length);
    expect(parseViewState(new URLSearchParams("v=2&event=2026-01&place=us_houston"), ctx).view).toMatchObject({ event: "ev2026-01", place: "us_houston" });
    expect(parseViewState(new URLSearchParams("v=2&place=us_nowhere"), ctx).view.place).toBeNull();
  });

  it("buildRequestContext cuts a link's range to the first and last month any monthly series has", () => {
    const months = [...data.homicidesMonthly, ...data.homicidesStated, ...data.fentanylMonthly].map((r) => r.month).sort();
    expect(ctx.months).toEqual({ from: months[0], to: months.at(-1) });
    expect(parseViewState(new URLSearchParams("v=2&chart=fentanyl&range=1990-01..2099-12"), ctx).view.range).toEqual(ctx.months);
  });
});
