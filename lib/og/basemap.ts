import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { geoBounds } from "d3-geo";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Basemap } from "./route-map-scene";

/**
 * The files are read at run time from node_modules (`npm start` runs in the project folder), with
 * literal paths so that the bundler's tracing stays scoped to them.
 */
const readCountries = () => readFileSync(path.join(process.cwd(), "node_modules", "world-atlas", "countries-50m.json"), "utf8");
const readStates = () => readFileSync(path.join(process.cwd(), "node_modules", "us-atlas", "states-10m.json"), "utf8");

/** [west, south, east, north] in degrees (west > east across the antimeridian), so the renderer can skip off-canvas shapes. */
export function withBbox<F extends Feature>(f: F): F {
  const [[w, s], [e, n]] = geoBounds(f);
  return { ...f, bbox: [w, s, e, n] };
}

let cached: Basemap | undefined;

/**
 * Natural Earth 1:50m countries (world-atlas) and the lines between U.S. states (us-atlas
 * 1:10m), as GeoJSON, each feature with its bbox. Read and converted once per server process
 * (about 0.3 s); every later call returns the same object.
 */
export function loadBasemap(): Basemap {
  if (cached) return cached;
  const world = JSON.parse(readCountries()) as Topology;
  const us = JSON.parse(readStates()) as Topology;
  const countries = feature(world, world.objects.countries as GeometryCollection<{ name: string }>);
  const stateLines = mesh(us, us.objects.states as GeometryCollection, (a, b) => a !== b);
  cached = {
    countries: {
      type: "FeatureCollection",
      features: countries.features
        .filter((f): f is Feature<Polygon | MultiPolygon, { name: string }> => f.geometry?.type === "Polygon" || f.geometry?.type === "MultiPolygon")
        .map(withBbox),
    },
    states: { type: "FeatureCollection", features: [withBbox({ type: "Feature", properties: {}, geometry: stateLines })] },
  };
  return cached;
}
