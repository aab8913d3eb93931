/** @jest-environment node */
import { buildEventColors } from "@/lib/theme/event-colors";
import { EVENT_PALETTE, NEUTRAL_COLOR, SHARED_COLOR } from "@/lib/theme/palette";

describe(buildEventColors, () => {
  it("buildEventColors gives the palette's colours to the ids in the order given", () => {
    const colors = buildEventColors(["ev2025-02", "ev2025-08", "ev2026-01"]);
    expect([...colors.entries()]).toEqual([
      ["ev2025-02", EVENT_PALETTE[0]],
      ["ev2025-08", EVENT_PALETTE[1]],
      ["ev2026-01", EVENT_PALETTE[2]],
    ]);
  });

  it("buildEventColors gives a distinct colour to each of up to six ids", () => {
    const ids = ["a", "b", "c", "d", "e", "f"];
    const colors = buildEventColors(ids);
    expect(new Set(ids.map((id) => colors.get(id))).size).toBe(6);
  });

  it("buildEventColors follows the order given, not the alphabetical order", () => {
    const colors = buildEventColors(["ev2026-01", "ev2025-02"]);
    expect(colors.get("ev2026-01")).toBe(EVENT_PALETTE[0]);
    expect(colors.get("ev2025-02")).toBe(EVENT_PALETTE[1]);
  });

  it("buildEventColors never hands out the neutral or shared colour to an event", () => {
    const colors = buildEventColors(["a", "b", "c", "d", "e", "f"]);
    for (const color of colors.values()) expect([NEUTRAL_COLOR, SHARED_COLOR]).not.toContain(color);
  });

  it("buildEventColors has no entry for an id it was not given (callers fall back themselves)", () => {
    // The scale's unknown colour (NEUTRAL_COLOR) is not reachable through the returned Map.
    expect(buildEventColors(["ev2025-02"]).get("ev1999-01")).toBeUndefined();
  });

  it("buildEventColors returns an empty map for no ids", () => {
    expect(buildEventColors([]).size).toBe(0);
  });

  it("buildEventColors recycles the palette after six ids, so a seventh event repeats the first colour", () => {
    // Documents a limit: the palette has six colours; d3's ordinal scale wraps around.
    const colors = buildEventColors(["a", "b", "c", "d", "e", "f", "g"]);
    expect(colors.get("g")).toBe(colors.get("a"));
  });
});

describe("EVENT_PALETTE", () => {
  it("EVENT_PALETTE holds six distinct hex colours", () => {
    expect(new Set(EVENT_PALETTE).size).toBe(6);
    for (const c of EVENT_PALETTE) expect(c).toMatch(/^#[0-9A-F]{6}$/);
  });
});
