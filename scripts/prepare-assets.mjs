// postinstall: writes the static files the map needs into public/ (none are committed):
//   public/maplibre-gl-worker.mjs  MapLibre's worker, served from our origin (CSP worker-src 'self')
//   public/fonts/*.woff2           Inter, for labels MapLibre draws itself (style "font-faces")
//   public/geo/*.json              the offline basemap: Natural Earth countries (world-atlas),
//                                  U.S. state lines and Pennsylvania (us-atlas), as GeoJSON
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { feature, mesh } from "topojson-client";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const nm = (p) => join(root, "node_modules", p);
const pub = (p) => join(root, "public", p);
mkdirSync(pub("fonts"), { recursive: true });
mkdirSync(pub("geo"), { recursive: true });

copyFileSync(nm("maplibre-gl/dist/maplibre-gl-worker.mjs"), pub("maplibre-gl-worker.mjs"));
for (const weight of ["400", "600", "700"]) {
  copyFileSync(nm(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`), pub(`fonts/inter-latin-${weight}-normal.woff2`));
}

/** North and Central America plus the Caribbean: the only region the map shows. [W, S, E, N] */
const REGION = [-170, 5, -50, 75];

const round = (coords) => (typeof coords[0] === "number" ? [Math.round(coords[0] * 1000) / 1000, Math.round(coords[1] * 1000) / 1000] : coords.map(round));
const roundGeometry = (g) => ({ ...g, coordinates: round(g.coordinates) });

function bboxOf(coords, box = [Infinity, Infinity, -Infinity, -Infinity]) {
  if (typeof coords[0] === "number") {
    box[0] = Math.min(box[0], coords[0]);
    box[1] = Math.min(box[1], coords[1]);
    box[2] = Math.max(box[2], coords[0]);
    box[3] = Math.max(box[3], coords[1]);
  } else for (const c of coords) bboxOf(c, box);
  return box;
}
const inRegion = (geometry) => {
  const [w, s, e, n] = bboxOf(geometry.coordinates);
  return e >= REGION[0] && w <= REGION[2] && n >= REGION[1] && s <= REGION[3];
};
/** Keeps only the polygons of a country that reach the region (drops Russia, France's Europe...). */
function clipToRegion(geometry) {
  if (geometry.type === "Polygon") return inRegion(geometry) ? geometry : null;
  const parts = geometry.coordinates.filter((polygon) => inRegion({ coordinates: polygon }));
  return parts.length ? { type: "MultiPolygon", coordinates: parts } : null;
}
const write = (name, fc) => writeFileSync(pub(`geo/${name}`), JSON.stringify(fc));
const collection = (features) => ({ type: "FeatureCollection", features });

const world = JSON.parse(readFileSync(nm("world-atlas/countries-50m.json"), "utf8"));
const countries = feature(world, world.objects.countries)
  .features.map((f) => ({ name: f.properties.name, geometry: f.geometry && clipToRegion(f.geometry) }))
  .filter((f) => f.geometry);
write("countries.json", collection(countries.map((f) => ({ type: "Feature", properties: { name: f.name }, geometry: roundGeometry(f.geometry) }))));
const borders = mesh(world, world.objects.countries, (a, b) => a !== b);
write(
  "borders.json",
  collection([
    {
      type: "Feature",
      properties: {},
      geometry: roundGeometry({ ...borders, coordinates: borders.coordinates.filter((line) => inRegion({ coordinates: line })) }),
    },
  ]),
);

const us = JSON.parse(readFileSync(nm("us-atlas/states-10m.json"), "utf8"));
const stateLines = mesh(us, us.objects.states, (a, b) => a !== b);
write("us-states.json", collection([{ type: "Feature", properties: {}, geometry: roundGeometry(stateLines) }]));
const pennsylvania = feature(us, us.objects.states).features.find((f) => f.properties.name === "Pennsylvania");
write(
  "pennsylvania.json",
  collection([{ type: "Feature", properties: { name: "Pennsylvania", place_id: "us_pa" }, geometry: roundGeometry(pennsylvania.geometry) }]),
);
