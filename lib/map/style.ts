import type { Locale } from "../i18n/locale";
import { STATE_ONLY_COLOR } from "../theme/palette";
import type { MapPalette } from "../theme/palette";
// Land of the two countries involved is lighter; the rest of the continent recedes.
import { FOCUS_COUNTRIES } from "./focus-countries";
import type {
  CircleLayerSpecification,
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LineLayerSpecification,
  Map as MapLibreMap,
  StyleSpecification,
  SymbolLayerSpecification,
} from "maplibre-gl";

/** Source and layer ids, shared by the style, the React layers and the browser tests. */
export const SOURCE = {
  countries: "countries",
  borders: "borders",
  states: "us-states",
  pennsylvania: "pennsylvania",
  arcs: "arcs",
  places: "places",
} as const;
export const LAYER = {
  water: "water",
  land: "land",
  borders: "borders",
  states: "us-states",
  paHatch: "pa-hatch",
  paOutline: "pa-outline",
  arcsSolid: "arcs-solid",
  arcsDashed: "arcs-dashed",
  places: "places",
  labels: "place-labels",
  labelObstacles: "place-label-obstacles",
} as const;

/** The MapLibre font-stack names our labels use, served from our origin (public/fonts). */
export const LABEL_FONT = "Inter Regular";
export const LABEL_FONT_BOLD = "Inter SemiBold";
export const HATCH_IMAGE = "hatch";
/** A transparent square the size of OBSTACLE_IMAGE_PX, for the markers' invisible collision boxes. */
export const OBSTACLE_IMAGE = "marker-obstacle";
export const OBSTACLE_IMAGE_PX = 32;

export const ATTRIBUTION = "Natural Earth (world-atlas) · U.S. Census Bureau (us-atlas)";

/**
 * The offline basemap: countries, borders, U.S. state lines and Pennsylvania, all GeoJSON from
 * our own origin, with the label font declared in `font-faces` (no glyph server, no tiles).
 * `origin` makes every URL absolute, e.g. "https://atlas.example"; `palette` is the page's scheme
 * (MAP_PALETTES in lib/theme/palette.ts), the same colours the server picture takes from CSS.
 */
export function buildBaseStyle(origin: string, palette: MapPalette): StyleSpecification {
  const geo = (name: string) => `${origin}/geo/${name}.json`;
  return {
    version: 8,
    name: "Extradition Atlas basemap",
    "font-faces": {
      [LABEL_FONT]: `${origin}/fonts/inter-latin-400-normal.woff2`,
      [LABEL_FONT_BOLD]: `${origin}/fonts/inter-latin-600-normal.woff2`,
    },
    sources: {
      [SOURCE.countries]: { type: "geojson", data: geo("countries"), attribution: ATTRIBUTION },
      [SOURCE.borders]: { type: "geojson", data: geo("borders") },
      [SOURCE.states]: { type: "geojson", data: geo("us-states") },
      [SOURCE.pennsylvania]: { type: "geojson", data: geo("pennsylvania") },
    },
    layers: [
      { id: LAYER.water, type: "background", paint: { "background-color": palette.water } },
      {
        id: LAYER.land,
        type: "fill",
        source: SOURCE.countries,
        paint: { "fill-color": ["match", ["get", "name"], [...FOCUS_COUNTRIES], palette.landFocus, palette.landOther], "fill-antialias": true },
      },
      { id: LAYER.states, type: "line", source: SOURCE.states, paint: { "line-color": palette.states, "line-width": 0.6 } },
      { id: LAYER.borders, type: "line", source: SOURCE.borders, paint: { "line-color": palette.borders, "line-width": 1 } },
      {
        id: LAYER.paHatch,
        type: "fill",
        source: SOURCE.pennsylvania,
        layout: { visibility: "none" },
        paint: { "fill-pattern": HATCH_IMAGE, "fill-opacity": 0.9 },
      },
      {
        id: LAYER.paOutline,
        type: "line",
        source: SOURCE.pennsylvania,
        layout: { visibility: "none" },
        paint: { "line-color": STATE_ONLY_COLOR, "line-width": 1.5, "line-dasharray": [2, 1] },
      },
    ],
  };
}

/** Arcs whose route no source disputes: solid. Colours come from each feature (one per transfer). */
export const ARCS_SOLID: LineLayerSpecification = {
  id: LAYER.arcsSolid,
  type: "line",
  source: SOURCE.arcs,
  filter: ["!", ["get", "isDisputed"]],
  layout: { "line-cap": "round", "line-join": "round" },
  paint: { "line-color": ["get", "color"], "line-width": 2.2, "line-opacity": 0.85 },
};

/** Arcs reported by some sources and not others (a disputed destination or departure): dashed. */
export const ARCS_DASHED: LineLayerSpecification = {
  id: LAYER.arcsDashed,
  type: "line",
  source: SOURCE.arcs,
  filter: ["get", "isDisputed"],
  layout: { "line-join": "round" },
  paint: { "line-color": ["get", "color"], "line-width": 2, "line-opacity": 0.85, "line-dasharray": [2, 1.5] },
};

/**
 * Markers: area proportional to people where counts are reported; hollow where no source gives a
 * count; departures are small dots in the text colour ringed in the halo colour.
 */
export function placesLayer(palette: MapPalette): CircleLayerSpecification {
  return {
    id: LAYER.places,
    type: "circle",
    source: SOURCE.places,
    paint: {
      "circle-radius": ["get", "radiusPx"],
      "circle-color": [
        "case",
        ["==", ["get", "role"], "departure"],
        palette.text,
        ["==", ["get", "countStatus"], "notReported"],
        palette.halo,
        ["get", "color"],
      ],
      "circle-opacity": ["match", ["get", "countStatus"], "partial", 0.55, 0.9],
      "circle-stroke-color": ["case", ["==", ["get", "role"], "departure"], palette.halo, ["get", "color"]],
      "circle-stroke-width": ["case", ["==", ["get", "countStatus"], "notReported"], 2.5, 1.5],
    },
  };
}

/** The place property holding each language's map label (lib/map/features.ts). */
const LABEL_PROPERTY: Record<Locale, "label" | "labelEs"> = { en: "label", es: "labelEs" };

/** Place names drawn by MapLibre itself, in the page's language, so they appear in canvas exports. */
export function labelsLayer(palette: MapPalette, locale: Locale = "en"): SymbolLayerSpecification {
  return {
    id: LAYER.labels,
    type: "symbol",
    source: SOURCE.places,
    layout: {
      "text-field": ["get", LABEL_PROPERTY[locale]],
      "text-font": [LABEL_FONT],
      "text-size": 12,
      "text-variable-anchor": ["left", "right", "top", "bottom"],
      // Beyond the marker's edge (radius + 6 px, in ems of the 12 px text), clear of its collision icon.
      "text-radial-offset": ["+", ["/", ["get", "radiusPx"], 12], 0.5],
      "text-justify": "auto",
      "text-allow-overlap": false,
      "text-padding": 1,
    },
    paint: { "text-color": palette.text, "text-halo-color": palette.halo, "text-halo-width": 1.6 },
  };
}

/**
 * The markers as invisible icons in MapLibre's collision index, so the labels keep clear of every
 * marker, not only of each other (MapLibre's circles take no part in label placement). Placed
 * before the labels: it must come after LABELS in the layer list (MapLibre places the top symbol
 * layer first). Always drawn, overlapping each other; the icon covers the marker and its ring.
 */
export const LABEL_OBSTACLES: SymbolLayerSpecification = {
  id: LAYER.labelObstacles,
  type: "symbol",
  source: SOURCE.places,
  layout: {
    "icon-image": OBSTACLE_IMAGE,
    "icon-size": ["/", ["*", 2, ["+", ["get", "radiusPx"], 2]], OBSTACLE_IMAGE_PX],
    "icon-allow-overlap": true,
    "icon-ignore-placement": false,
    "icon-padding": 0,
  },
  paint: { "icon-opacity": 0 },
};

/** line-opacity for the arcs given the selected place id (memoize per selection). */
export function buildArcOpacity(selectedPlaceId: string | null): DataDrivenPropertyValueSpecification<number> {
  if (!selectedPlaceId) return 0.85;
  return ["case", ["any", ["==", ["get", "placeId"], selectedPlaceId], ["==", ["get", "departureId"], selectedPlaceId]], 1, 0.15];
}

/** circle-stroke-width that rings the selected place. */
export function buildSelectedStroke(selectedPlaceId: string | null): DataDrivenPropertyValueSpecification<number> {
  const base: ExpressionSpecification = ["case", ["==", ["get", "countStatus"], "notReported"], 2.5, 1.5];
  if (!selectedPlaceId) return base;
  return ["case", ["==", ["get", "id"], selectedPlaceId], 4.5, base];
}

/** A paint property's name, as MapLibre's setPaintProperty takes it. */
type PaintProperty = Parameters<MapLibreMap["setPaintProperty"]>[1];
/** A paint value, as MapLibre's setPaintProperty takes it. */
type PaintValue = Parameters<MapLibreMap["setPaintProperty"]>[2];

/** The paint properties that carry the scheme's colours, as [layer id, property]. */
const PALETTE_PAINT: [string, PaintProperty][] = [
  [LAYER.water, "background-color"],
  [LAYER.land, "fill-color"],
  [LAYER.states, "line-color"],
  [LAYER.borders, "line-color"],
  [LAYER.places, "circle-color"],
  [LAYER.places, "circle-stroke-color"],
  [LAYER.labels, "text-color"],
  [LAYER.labels, "text-halo-color"],
];

/**
 * Every scheme colour of the map as [layer id, paint property, value], read from the style and
 * layers above, for redrawing a live map in another scheme (an export whose background is not the
 * page's). Example: palettePaint(MAP_PALETTES.dark)[0] -> ["water", "background-color", "#0a1520"]
 */
export function palettePaint(palette: MapPalette): [string, PaintProperty, PaintValue][] {
  const layers = [...buildBaseStyle("", palette).layers, placesLayer(palette), labelsLayer(palette)];
  return PALETTE_PAINT.map(([id, property]) => {
    const paint = layers.find((l) => l.id === id)?.paint as Record<string, PaintValue> | undefined;
    return [id, property, paint?.[property]];
  });
}
