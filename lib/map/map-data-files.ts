/**
 * The live map's GeoJSON files per transfer filter (`/map-data/<filter>/<layer>`): the one list the
 * route handler (app/map-data) builds and the route table (lib/http/routes.ts) accepts.
 */
export const MAP_DATA_LAYERS = ["arcs.json", "places.json"] as const;
export type MapDataLayer = (typeof MAP_DATA_LAYERS)[number];

export const isMapDataLayer = (name: string): name is MapDataLayer => (MAP_DATA_LAYERS as readonly string[]).includes(name);
