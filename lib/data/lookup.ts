import type { Place } from "../schema/places";
import type { Source } from "../schema/sources";
import type { Dataset } from "./dataset";

/** Id -> record maps for rendering; the validator has already proved every reference resolves. */
export interface Lookup {
  source(id: string): Source;
  place(id: string): Place;
}

export function buildLookup(d: Pick<Dataset, "sources" | "places">): Lookup {
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const places = new Map(d.places.map((p) => [p.id, p]));
  return {
    source(id) {
      const s = sources.get(id);
      if (!s) throw new Error(`unknown source id "${id}"`);
      return s;
    },
    place(id) {
      const p = places.get(id);
      if (!p) throw new Error(`unknown place id "${id}"`);
      return p;
    },
  };
}
