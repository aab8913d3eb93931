/** @jest-environment node */
import { canonicalViews, imageView, type RequestContext } from "@/lib/url/canonical-request";
import { clampRange } from "@/lib/url/month-range";
import { DEFAULT_VIEW, parseViewState, toSearch } from "@/lib/url/view-state";

const ctx: RequestContext = {
  eventIds: ["ev2025-02", "ev2025-08", "ev2026-01"],
  placeIds: ["mx_aifa", "us_houston", "us_pa"],
  months: { from: "2019-01", to: "2026-04" },
};
describe("clampRange", () => {
  const months = { from: "2019-01", to: "2026-04" };
  it("cuts a range to the data and drops one that misses it", () => {
    expect(clampRange({ from: "1990-01", to: "2020-06" }, months)).toEqual({ from: "2019-01", to: "2020-06" });
    expect(clampRange({ from: "2025-01", to: "2030-12" }, months)).toEqual({ from: "2025-01", to: "2026-04" });
    expect(clampRange({ from: "2030-01", to: "2030-02" }, months)).toBeNull();
    expect(clampRange({ from: "1990-01", to: "1990-02" }, months)).toBeNull();
    expect(clampRange(null, months)).toBeNull();
  });
});

describe("imageView", () => {
  it("keeps a linked chart's range only where the chart takes one (homicides), and its scope only where it takes one (fiscal)", () => {
    const view = (query: string) => parseViewState(new URLSearchParams(query), ctx).view;
    expect(imageView(view("v=2&chart=homicides&scope=nationwide&range=2024-01..2025-06"))).toEqual({
      ...DEFAULT_VIEW,
      chart: "homicides",
      range: { from: "2024-01", to: "2025-06" },
    });
    expect(imageView(view("v=2&chart=fiscal&scope=nationwide&range=2024-01..2025-06"))).toEqual({ ...DEFAULT_VIEW, chart: "fiscal", scope: "nationwide" });
  });

  it("resets everything the image does not draw", () => {
    const view = parseViewState(new URLSearchParams("v=2&event=2026-01&place=us_houston&map=4/30/-90&table=1&scope=nationwide"), ctx).view;
    expect(imageView(view)).toEqual({ ...DEFAULT_VIEW, event: "ev2026-01", place: "us_houston" });
  });
});

describe("canonicalViews", () => {
  it("lists every transfer (and all) x every place (and none), in each language", () => {
    const views = canonicalViews(ctx, ["en", "es"]);
    expect(views).toHaveLength(2 * 4 * 4);
    expect(new Set(views.map((v) => toSearch(v))).size).toBe(views.length);
    expect(views[0]).toEqual(DEFAULT_VIEW);
  });
});
