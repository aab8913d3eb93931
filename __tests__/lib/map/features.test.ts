/** @jest-environment node */
import { boundsForFilter, buildArcs, buildPlacePoints, placeLabel, type ArcProperties, type PlaceProperties } from "@/lib/map/features";
import { MAX_RADIUS_PX, NOT_REPORTED_RADIUS_PX } from "@/lib/map/marker-scale";
import { buildMapModel, type MapPlace } from "@/lib/map/model";
import { SHARED_COLOR } from "@/lib/theme/palette";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

/** A fresh model from the real data/ for each test: nothing is shared between tests. */
const makeModel = () => buildMapModel(loadDatasetSnapshot());

const arcKey = (p: ArcProperties) => `${p.departureId}->${p.placeId}`;

function placePoints(filter: string): Map<string, PlaceProperties> {
  return new Map(buildPlacePoints(makeModel(), filter).features.map((f) => [f.properties.id, f.properties]));
}

/** A place with only the fields a label depends on set meaningfully. */
function makePlace(over: Partial<MapPlace>): MapPlace {
  return {
    id: "x",
    name: { en: "Somewhere, Texas", es: "Somewhere, Texas" },
    fullName: { en: "Somewhere, Texas", es: "Somewhere, Texas" },
    kind: "city",
    country: "US",
    lonLat: [-98, 30],
    isProxy: false,
    isStateOnly: false,
    mapNote: { en: "-", es: "-" },
    coordNote: { en: "-", es: "-" },
    coordSourceIds: [],
    candidateDistricts: [],
    ...over,
  };
}

describe(buildArcs, () => {
  it("buildArcs draws 12 arcs for Jan 2026: 2 reported departures x 6 destinations", () => {
    const arcs = buildArcs(makeModel(), "ev2026-01").features.map((f) => f.properties);
    expect(arcs).toHaveLength(12);
    expect(new Set(arcs.map((a) => a.departureId))).toEqual(new Set(["mx_tlc", "mx_aifa"]));
    expect(new Set(arcs.map((a) => a.placeId))).toEqual(new Set(["us_iad", "us_houston", "us_jfk", "us_pa", "us_sat", "us_san"]));
    expect(new Set(arcs.map(arcKey)).size).toBe(12);
  });

  it("buildArcs dashes every Jan 2026 arc from AIFA, the low-confidence departure", () => {
    const fromAifa = buildArcs(makeModel(), "ev2026-01").features.filter((f) => f.properties.departureId === "mx_aifa");
    expect(fromAifa).toHaveLength(6);
    for (const { properties } of fromAifa)
      expect({ arc: arcKey(properties), isDisputed: properties.isDisputed }).toEqual({ arc: arcKey(properties), isDisputed: true });
  });

  it("buildArcs dashes the Jan 2026 arcs to Houston and Pennsylvania (disc-04) and no other arc from Toluca", () => {
    const fromToluca = buildArcs(makeModel(), "ev2026-01").features.filter((f) => f.properties.departureId === "mx_tlc");
    const disputed = Object.fromEntries(fromToluca.map((f) => [f.properties.placeId, f.properties.isDisputed]));
    expect(disputed).toEqual({ us_iad: false, us_houston: true, us_jfk: false, us_pa: true, us_sat: false, us_san: false });
  });

  it("buildArcs draws 5 solid arcs for Aug 2025: one high-confidence departure (AIFA) x 5 destinations", () => {
    const arcs = buildArcs(makeModel(), "ev2025-08").features.map((f) => f.properties);
    expect(arcs.map(arcKey).sort()).toEqual(["mx_aifa->us_hpn", "mx_aifa->us_iad", "mx_aifa->us_jfk", "mx_aifa->us_phx", "mx_aifa->us_san"]);
    expect(arcs.filter((a) => a.isDisputed)).toEqual([]);
  });

  it("buildArcs draws 16 dashed arcs for Feb 2025: AIFA (medium) or Toluca (low) x 8 destinations", () => {
    const arcs = buildArcs(makeModel(), "ev2025-02").features.map((f) => f.properties);
    expect(arcs).toHaveLength(16);
    expect(new Set(arcs.map((a) => a.departureId))).toEqual(new Set(["mx_aifa", "mx_tlc"]));
    expect(new Set(arcs.map((a) => a.placeId)).size).toBe(8);
    expect(arcs.every((a) => a.isDisputed)).toBe(true);
  });

  it("buildArcs with 'all' is the union of the arcs of each transfer", () => {
    const model = makeModel();
    const all = buildArcs(model, "all").features;
    expect(all).toHaveLength(16 + 5 + 12);
    const perEvent = model.events.flatMap((e) => buildArcs(model, e.id).features);
    expect(all).toEqual(perEvent);
  });

  it("buildArcs colours each arc with its transfer's colour", () => {
    const model = makeModel();
    const colorOf = new Map(model.events.map((e) => [e.id, e.color]));
    for (const { properties } of buildArcs(model, "all").features) {
      expect({ arc: `${properties.eventId} ${arcKey(properties)}`, color: properties.color }).toEqual({
        arc: `${properties.eventId} ${arcKey(properties)}`,
        color: colorOf.get(properties.eventId),
      });
    }
  });

  it("buildArcs runs each arc from the departure's coordinates to the destination's", () => {
    const model = makeModel();
    const lonLat = new Map(model.places.map((p) => [p.id, p.lonLat]));
    for (const { properties, geometry } of buildArcs(model, "all").features) {
      const ends = { first: geometry.coordinates[0], last: geometry.coordinates.at(-1) };
      expect({ arc: arcKey(properties), ...ends }).toEqual({
        arc: arcKey(properties),
        first: lonLat.get(properties.departureId),
        last: lonLat.get(properties.placeId),
      });
    }
  });

  it("buildArcs returns no arcs for an event id that is not in the data", () => {
    expect(buildArcs(makeModel(), "ev1999-01").features).toEqual([]);
  });
});

describe(buildPlacePoints, () => {
  it("buildPlacePoints marks every Jan 2026 destination as not reported, with no people and the fixed hollow radius", () => {
    const destinations = [...placePoints("ev2026-01").values()].filter((p) => p.role === "destination");
    expect(destinations.map((p) => p.id).sort()).toEqual(["us_houston", "us_iad", "us_jfk", "us_pa", "us_san", "us_sat"]);
    for (const p of destinations) {
      expect({ id: p.id, people: p.people, countStatus: p.countStatus, radiusPx: p.radiusPx }).toEqual({
        id: p.id,
        people: 0,
        countStatus: "notReported",
        radiusPx: NOT_REPORTED_RADIUS_PX,
      });
    }
  });

  it("buildPlacePoints marks Pennsylvania as state-only, labelled with the state and not a city", () => {
    const pa = placePoints("ev2026-01").get("us_pa")!;
    expect(pa).toMatchObject({ isStateOnly: true, isProxy: false, label: "Pennsylvania" });
  });

  it("buildPlacePoints gives White Plains 8 reported people in Aug 2025, sized on the one scale shared by all views (max 12, Phoenix)", () => {
    const hpn = placePoints("ev2025-08").get("us_hpn")!;
    expect(hpn).toMatchObject({ label: "HPN", role: "destination", people: 8, countStatus: "reported" });
    expect(hpn.radiusPx).toBeCloseTo(MAX_RADIUS_PX * Math.sqrt(8 / 12), 6);
  });

  it("buildPlacePoints marks JFK as partial over all transfers: 2 + 1 people reported in 2025, none in Jan 2026", () => {
    expect(placePoints("all").get("us_jfk")).toMatchObject({ label: "JFK", people: 3, countStatus: "partial", color: SHARED_COLOR });
  });

  it("buildPlacePoints puts a '*' after the city of every proxy airport", () => {
    const points = [...placePoints("all").values()];
    const proxies = points.filter((p) => p.isProxy);
    expect(proxies.map((p) => p.id).sort()).toEqual(["us_chicago", "us_houston", "us_phx", "us_san", "us_sat", "us_tki"]);
    for (const p of proxies) expect({ id: p.id, label: p.label }).toEqual({ id: p.id, label: expect.stringMatching(/^[^*]+\*$/) });
    for (const p of points.filter((x) => !x.isProxy)) expect({ id: p.id, label: p.label }).toEqual({ id: p.id, label: expect.not.stringContaining("*") });
  });

  it("buildPlacePoints labels each place as the sources named it", () => {
    const labels = Object.fromEntries([...placePoints("all").values()].map((p) => [p.id, p.label]));
    expect(labels).toEqual({
      mx_aifa: "AIFA (NLU)",
      mx_tlc: "TLC",
      us_iad: "IAD",
      us_dc: "Washington, D.C.",
      us_jfk: "JFK",
      us_hpn: "HPN",
      us_houston: "Houston*",
      us_sat: "San Antonio*",
      us_san: "San Diego*",
      us_phx: "Phoenix*",
      us_chicago: "Chicago*",
      us_tki: "McKinney*",
      us_pa: "Pennsylvania",
    });
  });

  it("buildPlacePoints shows departures as departures with no count", () => {
    const points = placePoints("ev2026-01");
    for (const id of ["mx_tlc", "mx_aifa"]) expect({ id, ...points.get(id) }).toMatchObject({ id, role: "departure", people: 0 });
  });

  it("buildPlacePoints colours a place by its one transfer, and grey when several transfers reach it", () => {
    const model = makeModel();
    const jan = model.events.find((e) => e.id === "ev2026-01")!.color;
    const one = new Map(buildPlacePoints(model, "ev2026-01").features.map((f) => [f.properties.id, f.properties.color]));
    for (const [id, color] of one) expect({ id, color }).toEqual({ id, color: jan });
    const all = new Map(buildPlacePoints(model, "all").features.map((f) => [f.properties.id, f.properties.color]));
    expect(all.get("us_pa")).toBe(jan); // Pennsylvania appears only in Jan 2026
    expect(all.get("mx_aifa")).toBe(SHARED_COLOR);
  });

  it("buildPlacePoints keeps marker area proportional to people within each single transfer", () => {
    const model = makeModel();
    for (const { id: filter } of model.events) {
      const counted = buildPlacePoints(model, filter)
        .features.map((f) => f.properties)
        .filter((p) => p.role === "destination" && p.people > 0);
      for (const a of counted) {
        for (const b of counted) {
          const areaRatio = (a.radiusPx / b.radiusPx) ** 2;
          expect({ filter, pair: `${a.id}/${b.id}`, areaRatio: Number(areaRatio.toFixed(6)) }).toEqual({
            filter,
            pair: `${a.id}/${b.id}`,
            areaRatio: Number((a.people / b.people).toFixed(6)),
          });
        }
      }
    }
  });

  // Regression: the radius domain once was the largest single leg (8), so Phoenix (12) and White Plains (10) were both clamped.
  it("buildPlacePoints keeps marker area proportional to people over all transfers (Phoenix 12 vs White Plains 10)", () => {
    const points = placePoints("all");
    const phx = points.get("us_phx")!;
    const hpn = points.get("us_hpn")!;
    expect([phx.people, hpn.people]).toEqual([12, 10]);
    expect((phx.radiusPx / hpn.radiusPx) ** 2).toBeCloseTo(12 / 10, 6);
  });

  it("buildPlacePoints leaves out places that the chosen transfer does not use", () => {
    const ids = [...placePoints("ev2025-08").keys()].sort();
    expect(ids).toEqual(["mx_aifa", "us_hpn", "us_iad", "us_jfk", "us_phx", "us_san"]);
  });

  it("buildPlacePoints sums only reported counts over all transfers: 29 (Feb 2025) + 26 (Aug 2025), nothing for Jan 2026", () => {
    const destinations = [...placePoints("all").values()].filter((p) => p.role === "destination");
    expect(destinations.reduce((sum, p) => sum + p.people, 0)).toBe(29 + 26);
  });
});

describe(placeLabel, () => {
  const cases: { place: Partial<MapPlace>; expected: string }[] = [
    {
      place: {
        kind: "airport",
        iata: "JFK",
        name: { en: "John F. Kennedy International Airport, New York", es: "Aeropuerto Internacional John F. Kennedy, Nueva York" },
      },
      expected: "JFK",
    },
    {
      place: {
        kind: "airport_and_airbase",
        iata: "NLU",
        name: { en: "Felipe Ángeles International Airport (AIFA)", es: "Aeropuerto Internacional Felipe Ángeles (AIFA)" },
      },
      expected: "AIFA (NLU)",
    },
    { place: { kind: "airport", name: { en: "Some Field, Texas", es: "Some Field, Texas" } }, expected: "Some Field" },
    { place: { kind: "city_proxy_airport", iata: "IAH", name: { en: "Houston, Texas", es: "Houston, Texas" }, isProxy: true }, expected: "Houston*" },
    { place: { kind: "city", name: { en: "Washington, D.C.", es: "Washington, D.C." } }, expected: "Washington, D.C." },
    { place: { kind: "state", name: { en: "Pennsylvania", es: "Pensilvania" }, isStateOnly: true }, expected: "Pennsylvania" },
  ];
  it("placeLabel uses the IATA code for airports, the city (with * for a proxy) otherwise", () => {
    for (const { place, expected } of cases) expect({ place, label: placeLabel(makePlace(place), "en") }).toEqual({ place, label: expected });
  });
  it("placeLabel writes the name in the language asked for: a state's name differs, a code does not", () => {
    expect(placeLabel(makePlace({ kind: "state", name: { en: "Pennsylvania", es: "Pensilvania" }, isStateOnly: true }), "es")).toBe("Pensilvania");
    expect(placeLabel(makePlace({ kind: "airport", iata: "JFK", name: { en: "JFK, New York", es: "JFK, Nueva York" } }), "es")).toBe("JFK");
  });
});

describe(boundsForFilter, () => {
  const contains = ([[w, s], [e, n]]: [[number, number], [number, number]], [lon, lat]: [number, number]) => lon >= w && lon <= e && lat >= s && lat <= n;

  it("boundsForFilter frames Aug 2025 from San Diego in the west to White Plains in the north-east", () => {
    const model = makeModel();
    const bounds = boundsForFilter(model, "ev2025-08")!;
    const at = (id: string) => model.places.find((p) => p.id === id)!.lonLat;
    expect(contains(bounds, at("us_san"))).toBe(true);
    expect(contains(bounds, at("us_hpn"))).toBe(true);
    expect(bounds).toEqual([
      [-117.1897, 19.7567],
      [-73.7076, 41.067],
    ]);
  });

  it("boundsForFilter leaves out places of other transfers", () => {
    const model = makeModel();
    const bounds = boundsForFilter(model, "ev2025-08")!;
    const chicago = model.places.find((p) => p.id === "us_chicago")!.lonLat;
    expect(contains(bounds, chicago)).toBe(false);
  });

  it("boundsForFilter returns undefined for an event id that is not in the data", () => {
    expect(boundsForFilter(makeModel(), "ev1999-01")).toBeUndefined();
  });
});
