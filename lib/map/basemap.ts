import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from "geojson";

/** Natural Earth scales the country outlines come in (world-atlas): 1:110m and 1:50m. */
export const BASEMAP_RESOLUTIONS = ["110m", "50m"] as const;
/** Example: const resolution: BasemapResolution = "110m" */
export type BasemapResolution = (typeof BASEMAP_RESOLUTIONS)[number];

/**
 * Land and lines drawn under the routes, GeoJSON in degrees. A feature may carry a standard
 * GeoJSON `bbox` ([west, south, east, north]; west > east when it crosses the antimeridian) so
 * that features off the canvas are skipped without being projected (lib/map/geo-bbox.ts).
 * Example: `{ countries: feature(world, world.objects.countries), states: { type: "FeatureCollection", features: [stateMesh] }, pennsylvania }`.
 */
export interface Basemap {
  countries: FeatureCollection<Polygon | MultiPolygon, { name?: string } | null>;
  states: FeatureCollection<LineString | MultiLineString>;
  /** Pennsylvania's outline: one transfer reported only the state as a destination. */
  pennsylvania: Feature<Polygon | MultiPolygon>;
}
