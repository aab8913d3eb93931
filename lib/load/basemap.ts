import { readFileSync } from "node:fs";
import path from "node:path";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Basemap, BasemapResolution } from "../map/basemap";
import { withBbox } from "../map/geo-bbox";
import { processOnce } from "../cache/process-once";

/**
 * The files are read at run time from node_modules (`npm start` runs in the project folder, no
 * standalone output is made), with literal paths so that the bundler's tracing stays scoped to them.
 */
const READ_COUNTRIES: Record<BasemapResolution, () => string> = {
  "110m": () => readFileSync(path.join(process.cwd(), "node_modules", "world-atlas", "countries-110m.json"), "utf8"),
  "50m": () => readFileSync(path.join(process.cwd(), "node_modules", "world-atlas", "countries-50m.json"), "utf8"),
};
const readStates = () => readFileSync(path.join(process.cwd(), "node_modules", "us-atlas", "states-10m.json"), "utf8");

/** Kept once per server process for every bundle in it (no `server-only` marker: see lib/load/derived.ts). */
const cache = processOnce("basemaps", () => new Map<BasemapResolution, Basemap>());

/** The lines between U.S. states and Pennsylvania's outline (us-atlas 1:10m), the same at every resolution. */
const loadUs = processOnce("basemap-us", (): Pick<Basemap, "states" | "pennsylvania"> => {
  const topology = JSON.parse(readStates()) as Topology;
  const states = topology.objects.states as GeometryCollection<{ name: string }>;
  const pennsylvania = feature(topology, states).features.find((f) => f.properties.name === "Pennsylvania");
  if (!pennsylvania) throw new Error('us-atlas states-10m.json: expected a state named "Pennsylvania", found none');
  return {
    states: { type: "FeatureCollection", features: [withBbox({ type: "Feature", properties: {}, geometry: mesh(topology, states, (a, b) => a !== b) })] },
    pennsylvania: pennsylvania as Feature<Polygon | MultiPolygon>,
  };
});

/**
 * Natural Earth countries (world-atlas) at `resolution`, each with its bbox, the lines between
 * U.S. states and Pennsylvania, as GeoJSON. 1:110m is enough for the page's picture, a few hundred
 * pixels wide, and keeps the page light; the link preview, 1200 px wide, takes 1:50m. Read and
 * converted once per resolution and server process (about 0.3 s for 1:50m); later calls return
 * the same object. Example: `loadBasemap("110m").countries.features.length`
 */
export function loadBasemap(resolution: BasemapResolution): Basemap {
  const cached = cache();
  const hit = cached.get(resolution);
  if (hit) return hit;
  const world = JSON.parse(READ_COUNTRIES[resolution]()) as Topology;
  const countries = feature(world, world.objects.countries as GeometryCollection<{ name: string }>);
  const basemap: Basemap = {
    countries: {
      type: "FeatureCollection",
      features: countries.features
        .filter((f): f is Feature<Polygon | MultiPolygon, { name: string }> => f.geometry?.type === "Polygon" || f.geometry?.type === "MultiPolygon")
        .map(withBbox),
    },
    ...loadUs(),
  };
  cached.set(resolution, basemap);
  return basemap;
}
