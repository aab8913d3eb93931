/** @jest-environment node */
import { nameTrustOf } from "@/lib/people/confidence";
import { confidenceFrom, isAtMost, makeSourceTrust, trustOf, type AuthoritySource } from "@/lib/sources/trust";

const src = (id: string, authority: AuthoritySource["authority"], publisher = id, wire_origin?: string): AuthoritySource => ({
  id,
  publisher,
  authority,
  ...(wire_origin ? { wire_origin } : {}),
});

describe("a fact's confidence follows its sources", () => {
  it("one primary source is enough for high", () => {
    expect(confidenceFrom([src("doj", "primary")])).toBe("high");
    expect(confidenceFrom([src("blog", "low-authority"), src("doj", "primary")])).toBe("high");
  });

  it("two independent major outlets make high, one makes medium", () => {
    expect(confidenceFrom([src("a", "major outlet", "El Universal"), src("b", "major outlet", "Reuters")])).toBe("high");
    expect(confidenceFrom([src("a", "major outlet", "El Universal")])).toBe("medium");
  });

  it("two copies of one wire report count once", () => {
    const straits = src("a", "major outlet", "The Straits Times (Reuters)", "Reuters");
    const mdp = src("b", "major outlet", "Mexico Daily Post (Reuters)", "Reuters");
    expect(confidenceFrom([straits, mdp])).toBe("medium");
    expect(confidenceFrom([straits, mdp, src("c", "major outlet", "La Jornada")])).toBe("high");
  });

  it("low-authority sources alone, or sources without an authority, give low", () => {
    expect(confidenceFrom([src("a", "low-authority"), src("b", "low-authority")])).toBe("low");
    expect(confidenceFrom([src("a", undefined)])).toBe("low");
    expect(confidenceFrom([])).toBe("low");
  });

  it("orders the levels, and says how the page shows each", () => {
    expect([isAtMost("medium", "high"), isAtMost("high", "medium"), isAtMost("low", "low")]).toEqual([true, false, true]);
    expect([trustOf("high"), trustOf("medium"), trustOf("low")]).toEqual(["shown", "unconfirmed", "omitted"]);
  });

  it("shows a name like any fact, except that low-authority copies of an official list make it 'reported'", () => {
    const trust = makeSourceTrust([src("doj", "primary"), src("universal", "major outlet"), src("blog", "low-authority")]);
    const list = { en: "The DOJ's list of the 26", es: "La lista del DOJ de los 26" };
    expect(nameTrustOf({ name_source_ids: ["doj"] }, trust)).toBe("shown");
    expect(nameTrustOf({ name_source_ids: ["universal"] }, trust)).toBe("unconfirmed");
    expect(nameTrustOf({ name_source_ids: ["blog"] }, trust)).toBe("omitted");
    expect(nameTrustOf({ name_source_ids: ["blog"], official_list: list }, trust)).toBe("reported");
    expect(nameTrustOf({ name_source_ids: ["universal"], official_list: list }, trust)).toBe("unconfirmed");
  });
});
