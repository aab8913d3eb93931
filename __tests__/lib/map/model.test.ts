/** @jest-environment node */
import { buildMapModel } from "@/lib/map/model";
import type { Person } from "@/lib/schema/people";
import { EVENT_PALETTE } from "@/lib/theme/palette";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

/** A fresh model from the real data/ for each test: nothing is shared between tests. */
const makeModel = () => buildMapModel(loadDatasetSnapshot());

describe(buildMapModel, () => {
  it("buildMapModel keeps the three transfers in date order, each with its own palette colour", () => {
    const { events } = makeModel();
    expect(events.map((e) => [e.id, e.date, e.people, e.color])).toEqual([
      ["ev2025-02", "2025-02-27", 29, EVENT_PALETTE[0]],
      ["ev2025-08", "2025-08-12", 26, EVENT_PALETTE[1]],
      ["ev2026-01", "2026-01-20", 37, EVENT_PALETTE[2]],
    ]);
  });

  it("buildMapModel finds every source id that a departure, leg, named person, place or discrepancy cites", () => {
    const model = makeModel();
    const cited = [
      ...model.departures.flatMap((d) => d.sourceIds.map((id) => ({ from: `departure ${d.eventId} ${d.placeId}`, id }))),
      ...model.legs.flatMap((l) => l.sourceIds.map((id) => ({ from: `leg ${l.eventId} ${l.placeId}`, id }))),
      ...model.legs.flatMap((l) => l.named.flatMap((n) => n.sourceIds.map((id) => ({ from: `named ${n.name}`, id })))),
      ...model.places.flatMap((p) => p.coordSourceIds.map((id) => ({ from: `place ${p.id}`, id }))),
      ...model.discrepancies.flatMap((x) => x.versions.flatMap((v) => v.sourceIds.map((id) => ({ from: `discrepancy ${x.id}`, id })))),
    ];
    expect(cited.length).toBeGreaterThan(0);
    const missing = cited.filter(({ id }) => model.sources[id] === undefined);
    expect(missing).toEqual([]);
  });

  it("buildMapModel keeps only the sources that something on the map cites", () => {
    const model = makeModel();
    const cited = new Set([
      ...model.departures.flatMap((d) => d.sourceIds),
      ...model.legs.flatMap((l) => [...l.sourceIds, ...l.named.flatMap((n) => n.sourceIds)]),
      ...model.places.flatMap((p) => p.coordSourceIds),
      ...model.discrepancies.flatMap((x) => x.versions.flatMap((v) => v.sourceIds)),
    ]);
    expect(Object.keys(model.sources).sort()).toEqual([...cited].sort());
    for (const [key, ref] of Object.entries(model.sources))
      expect({ key, id: ref.id, url: ref.url }).toEqual({ key, id: key, url: expect.stringMatching(/^https?:\/\//) });
  });

  it("buildMapModel keeps only places that some transfer uses (Mexico City's AICM is not on the map)", () => {
    const ids = makeModel().places.map((p) => p.id);
    expect(ids).not.toContain("mx_mex");
    expect(ids).toHaveLength(13);
  });

  it("buildMapModel stores coordinates as [longitude, latitude]", () => {
    const sanDiego = makeModel().places.find((p) => p.id === "us_san")!;
    expect(sanDiego.lonLat).toEqual([-117.1897, 32.7336]);
  });

  it("buildMapModel shortens place names and flags proxies and the state-only place", () => {
    const byId = new Map(makeModel().places.map((p) => [p.id, p]));
    expect(byId.get("us_houston")).toMatchObject({ name: { en: "Houston, Texas", es: "Houston, Texas" }, isProxy: true, isStateOnly: false, iata: "IAH" });
    expect(byId.get("us_houston")!.fullName.en).toMatch(/^Houston, Texas \(landing airport not reported/);
    expect(byId.get("us_pa")).toMatchObject({ isProxy: false, isStateOnly: true });
    expect(byId.get("us_pa")!.name).toEqual({ en: "Pennsylvania", es: "Pensilvania" });
    expect(byId.get("us_jfk")).toMatchObject({ isProxy: false, isStateOnly: false, iata: "JFK" });
  });

  it("buildMapModel reports the Jan 2026 departures as Toluca (high) and AIFA (low)", () => {
    const departures = makeModel().departures.filter((d) => d.eventId === "ev2026-01");
    expect(departures.map((d) => [d.placeId, d.confidence])).toEqual([
      ["mx_tlc", "high"],
      ["mx_aifa", "low"],
    ]);
  });

  it("buildMapModel keeps Jan 2026 counts as null (not reported), never as 0", () => {
    const legs = makeModel().legs.filter((l) => l.eventId === "ev2026-01");
    expect(legs.map((l) => [l.placeId, l.people])).toEqual([
      ["us_iad", null],
      ["us_houston", null],
      ["us_jfk", null],
      ["us_pa", null],
      ["us_sat", null],
      ["us_san", null],
    ]);
  });

  it("buildMapModel reads the confidence level, and the discrepancy ids from the note on it", () => {
    const houston = makeModel().legs.find((l) => l.eventId === "ev2026-01" && l.placeId === "us_houston")!;
    expect(houston).toMatchObject({ confidence: "medium", discrepancyIds: ["disc-04"] });
    expect(houston.confidenceNote!.en).toBe("omitted by AFP; see disc-04");
  });

  it("buildMapModel lists the people the SSPC's list sends to San Diego in Jan 2026, each with their court", () => {
    const san = makeModel().legs.find((l) => l.eventId === "ev2026-01" && l.placeId === "us_san")!;
    expect(san.named.map((n) => [n.name, n.usCourt?.en ?? null, n.sourceIds])).toEqual([
      ["Pedro Inzunza Noriega", "S.D. Cal.", ["s15", "s16"]],
      ["Juan Pablo Bastidas Erenas", null, ["s15", "s16"]],
    ]);
    // Where each case stands, as the people page derives it: Inzunza Noriega's not-guilty plea rests on
    // one outlet (unconfirmed); Bastidas Erenas's court only on sources the page does not show.
    expect(san.named.map((n) => [n.status.stage, n.status.confidence ?? null])).toEqual([
      ["pleaded_not_guilty", "medium"],
      ["no_court_reported", null],
    ]);
  });

  describe("the people flown to a destination, from the person records", () => {
    /** The snapshot with test sources of each authority and people flown to San Diego in Jan 2026. */
    function withPeople(people: Partial<Person>[]) {
      const d = loadDatasetSnapshot();
      d.sources.push(
        { ...d.sources[0]!, id: "t_official", authority: "primary" },
        { ...d.sources[0]!, id: "t_outlet", authority: "major outlet" },
        { ...d.sources[0]!, id: "t_blog", authority: "low-authority" },
      );
      d.people = people.map((p, i) => ({
        id: `test-person-${"abcd"[i]}`,
        name: `Test Person ${i}`,
        name_source_ids: ["t_official"],
        name_variants: [],
        aliases: [],
        event_id: "ev2026-01",
        destination: { place_id: "us_san", source_ids: ["t_official"] },
        alleged_organization: null,
        charges: null,
        death_penalty: null,
        cases: [],
        events: [],
        ...p,
      }));
      return buildMapModel(d).legs.find((l) => l.eventId === "ev2026-01" && l.placeId === "us_san")!.named;
    }

    it("lists each person a source reports flown there, with their court and alleged organization", () => {
      const named = withPeople([
        {
          alleged_organization: { text: { en: "Beltrán Leyva Organization", es: "Organización Beltrán Leyva" }, source_ids: ["t_official"] },
          cases: [{ court_id: "fed-sdcal", source_ids: ["t_official"], judges: [], case_number: null, discrepancy_id: "disc-15" }],
        },
      ]);
      expect(named).toEqual([
        {
          personId: "test-person-a",
          name: "Test Person 0",
          allegedOrganization: { en: "Beltrán Leyva Organization", es: "Organización Beltrán Leyva" },
          usCourt: { en: "S.D. Cal.", es: "S.D. Cal." },
          courtDiscrepancy: "disc-15",
          status: { stage: "court_known", confidence: "high" },
          sourceIds: ["t_official"],
        },
      ]);
    });

    it("leaves out a landing, an organization or a court resting only on low-authority sources, and people of another transfer or place", () => {
      const named = withPeople([
        { destination: { place_id: "us_san", source_ids: ["t_blog"] } },
        { event_id: "ev2025-08" },
        { destination: { place_id: "us_sat", source_ids: ["t_official"] } },
        {
          alleged_organization: { text: { en: "x", es: "x" }, source_ids: ["t_blog"] },
          cases: [{ court_id: "fed-sdcal", source_ids: ["t_blog"], judges: [], case_number: null }],
        },
      ]);
      expect(named).toEqual([
        { personId: "test-person-d", name: "Test Person 3", allegedOrganization: null, status: { stage: "no_court_reported" }, sourceIds: ["t_official"] },
      ]);
    });
  });

  it("buildMapModel keeps the discrepancies the legs cite and those about departures", () => {
    expect(makeModel().discrepancies.map((x) => x.id)).toEqual(["disc-03", "disc-04", "disc-05", "disc-11"]);
  });
});
