import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { PictureBasemap } from "../map/picture-scene";
import { withBbox } from "../og/basemap";

/**
 * Read at run time from node_modules with literal paths (`npm start` runs in the project folder,
 * node_modules beside it; no standalone output is made). Natural Earth 1:110m is enough for a picture a few
 * hundred pixels wide and keeps the page light; the live map then brings 1:50m.
 */
const readCountries = () => readFileSync(path.join(process.cwd(), "node_modules", "world-atlas", "countries-110m.json"), "utf8");
const readStates = () => readFileSync(path.join(process.cwd(), "node_modules", "us-atlas", "states-10m.json"), "utf8");

let cached: PictureBasemap | undefined;

/** Countries, U.S. state lines and Pennsylvania for the server's map picture; converted once per process. */
export function loadPictureBasemap(): PictureBasemap {
  if (cached) return cached;
  const world = JSON.parse(readCountries()) as Topology;
  const us = JSON.parse(readStates()) as Topology;
  const countries = feature(world, world.objects.countries as GeometryCollection<{ name: string }>);
  const states = us.objects.states as GeometryCollection<{ name: string }>;
  const pennsylvania = feature(us, states).features.find((f) => f.properties.name === "Pennsylvania");
  if (!pennsylvania) throw new Error('us-atlas states-10m.json: expected a state named "Pennsylvania", found none');
  cached = {
    countries: {
      type: "FeatureCollection",
      features: countries.features
        .filter((f): f is Feature<Polygon | MultiPolygon, { name: string }> => f.geometry?.type === "Polygon" || f.geometry?.type === "MultiPolygon")
        .map(withBbox),
    },
    states: { type: "FeatureCollection", features: [withBbox({ type: "Feature", properties: {}, geometry: mesh(us, states, (a, b) => a !== b) })] },
    pennsylvania: pennsylvania as Feature<Polygon | MultiPolygon>,
  };
  return cached;
}
