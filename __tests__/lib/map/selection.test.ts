/** @jest-environment node */
import { buildMapModel } from "@/lib/map/model";
import { boundsOfSelection, connectedPlaceIds } from "@/lib/map/selection";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

/** A fresh model from the real data/ for each test: nothing is shared between tests. */
const makeModel = () => buildMapModel(loadDatasetSnapshot());

const sorted = (ids: string[]) => [...ids].sort();

describe(connectedPlaceIds, () => {
  it("connectedPlaceIds links the Aug 2025 departure (AIFA) to its five destinations", () => {
    expect(sorted(connectedPlaceIds(makeModel(), "ev2025-08", "mx_aifa"))).toEqual(["mx_aifa", "us_hpn", "us_iad", "us_jfk", "us_phx", "us_san"]);
  });

  it("connectedPlaceIds links a Jan 2026 destination to both reported departures", () => {
    expect(sorted(connectedPlaceIds(makeModel(), "ev2026-01", "us_san"))).toEqual(["mx_aifa", "mx_tlc", "us_san"]);
  });

  it("connectedPlaceIds is symmetric: a departure reaches a destination exactly when the destination reaches it", () => {
    const model = makeModel();
    const ids = model.places.map((p) => p.id);
    for (const filter of ["all", ...model.events.map((e) => e.id)]) {
      for (const a of ids) {
        const fromA = connectedPlaceIds(model, filter, a);
        for (const b of fromA) expect({ filter, a, b, back: connectedPlaceIds(model, filter, b).includes(a) }).toEqual({ filter, a, b, back: true });
      }
    }
  });

  it("connectedPlaceIds with 'all' joins the routes of every transfer (White Plains: AIFA in 2025, Toluca in Feb 2025)", () => {
    expect(sorted(connectedPlaceIds(makeModel(), "all", "us_hpn"))).toEqual(["mx_aifa", "mx_tlc", "us_hpn"]);
  });

  it("connectedPlaceIds returns only the place itself when the chosen transfer does not use it", () => {
    expect(connectedPlaceIds(makeModel(), "ev2025-08", "us_pa")).toEqual(["us_pa"]);
  });

  it("connectedPlaceIds does not link two destinations to each other", () => {
    const ids = connectedPlaceIds(makeModel(), "ev2026-01", "us_jfk");
    expect(ids.filter((id) => id.startsWith("us_"))).toEqual(["us_jfk"]);
  });
});

describe(boundsOfSelection, () => {
  it("boundsOfSelection frames San Diego and its Jan 2026 departures (Toluca, AIFA)", () => {
    expect(boundsOfSelection(makeModel(), "ev2026-01", "us_san")).toEqual([
      [-117.1897, 19.3369],
      [-99.0153, 32.7336],
    ]);
  });

  it("boundsOfSelection gives a zero-size box for a place with no route in the chosen transfer", () => {
    expect(boundsOfSelection(makeModel(), "ev2025-08", "us_pa")).toEqual([
      [-77.8028, 40.875],
      [-77.8028, 40.875],
    ]);
  });

  it("boundsOfSelection returns undefined for a place id that is not on the map", () => {
    expect(boundsOfSelection(makeModel(), "all", "us_nowhere")).toBeUndefined();
  });
});
