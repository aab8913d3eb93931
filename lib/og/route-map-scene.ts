import { geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from "geojson";
import { boundsOf } from "../map/bounds";
import type { LonLat } from "../map/arcs";
import { placeLabel, type ArcProperties, type PlaceProperties } from "../map/features";
import { buildViewFeatures } from "../map/view-frame";
import type { MapModel } from "../map/model";
import type { ViewState } from "../url/view-state";
import { placeLabels, type PlacedLabel, type Rect } from "../map/place-labels";
import { thinStream } from "./thin-stream";

/**
 * Land and lines drawn under the routes, GeoJSON in degrees. A feature may carry a standard
 * GeoJSON `bbox` ([west, south, east, north]; west > east when it crosses the antimeridian) so
 * that features off the canvas are skipped without being projected.
 * Example: `{ countries: feature(world, world.objects.countries), states: { type: "FeatureCollection", features: [stateMesh] } }`.
 */
export interface Basemap {
  countries: FeatureCollection<Polygon | MultiPolygon, { name?: string } | null>;
  states: FeatureCollection<LineString | MultiLineString>;
}

export interface RouteMapOptions {
  width: number;
  height: number;
  basemap: Basemap;
  /** Where routes, markers and labels go, in px; default: the whole canvas. Outside it only the basemap shows (e.g. under a text panel). */
  frame?: Rect;
  /** Space between the routes' extent and the frame, px; leaves room for markers and labels. */
  paddingPx?: number;
  labelSizePx?: number;
}

export type Emphasis = "default" | "muted" | "highlighted";

export interface SceneArc {
  d: string;
  color: string;
  isDisputed: boolean;
  emphasis: Emphasis;
}

export interface SceneMarker {
  id: string;
  x: number;
  y: number;
  radiusPx: number;
  role: PlaceProperties["role"];
  countStatus: PlaceProperties["countStatus"];
  color: string;
  isSelected: boolean;
}

/** Everything a renderer needs, in pixels: no geography left. */
export interface RouteMapScene {
  width: number;
  height: number;
  /** Land of the two countries involved (drawn lighter), and of the rest. */
  landFocus: string;
  landOther: string;
  stateLines: string;
  arcs: SceneArc[];
  markers: SceneMarker[];
  labels: PlacedLabel[];
}

/** Land of these countries is lighter, as on the interactive map (lib/map/style.ts). */
const FOCUS_COUNTRIES = new Set(["United States of America", "Mexico"]);
/** Mexico and the contiguous United States: the frame when there is nothing to show. */
const FALLBACK_BOUNDS: LonLat[] = [
  [-125, 14],
  [-66, 50],
];
/** A frame never spans less than this, in degrees, so one lone place is not zoomed to street level. */
const MIN_SPAN_DEG = 4;
const MIN_STEP_PX = 0.8;
/** The ring around the selected marker sits this far outside it; its label keeps clear of the ring. */
export const SELECTED_RING_GAP_PX = 5;

/** Box corners to fit: every place and every arc vertex (great circles bulge north of their ends), at least MIN_SPAN_DEG wide and tall. */
function fitCorners(arcs: Feature<LineString, ArcProperties>[], points: Feature<Point, PlaceProperties>[]): LonLat[] {
  const coords = [...points.map((f) => f.geometry.coordinates as LonLat), ...arcs.flatMap((f) => f.geometry.coordinates as LonLat[])];
  const bounds = boundsOf(coords);
  if (!bounds) return FALLBACK_BOUNDS;
  const [[w, s], [e, n]] = bounds;
  const [cx, cy] = [(w + e) / 2, (s + n) / 2];
  const [hx, hy] = [Math.max(e - w, MIN_SPAN_DEG) / 2, Math.max(n - s, MIN_SPAN_DEG) / 2];
  return [
    [cx - hx, cy - hy],
    [cx + hx, cy + hy],
  ];
}

/** True when a feature's bbox, if it has one, meets the visible [west, south, east, north]. */
function isVisible(f: Feature, [w, s, e, n]: [number, number, number, number]): boolean {
  const b = f.bbox;
  if (!b || b.length !== 4) return true;
  const [fw, fs, fe, fn] = b;
  if (fn < s || fs > n) return false;
  const meetsLon = (a: number, z: number) => a <= e && z >= w;
  return fw <= fe ? meetsLon(fw, fe) : meetsLon(fw, 180) || meetsLon(-180, fe);
}

function buildLand(projection: GeoProjection, basemap: Basemap, width: number, height: number) {
  const path = geoPath({ stream: (out) => projection.stream(thinStream(out, MIN_STEP_PX)) }).digits(1);
  const [w, n] = projection.invert?.([0, 0]) ?? [-180, 90];
  const [e, s] = projection.invert?.([width, height]) ?? [180, -90];
  const visible: [number, number, number, number] = e - w >= 360 ? [-180, -90, 180, 90] : [w, s, e, n];
  const focus: string[] = [];
  const other: string[] = [];
  for (const f of basemap.countries.features) {
    if (!isVisible(f, visible)) continue;
    const d = path(f);
    if (d) (FOCUS_COUNTRIES.has(f.properties?.name ?? "") ? focus : other).push(d);
  }
  const states = basemap.states.features.filter((f) => isVisible(f, visible)).map((f) => path(f) ?? "");
  return { landFocus: focus.join(""), landOther: other.join(""), stateLines: states.join("") };
}

/**
 * The map of a view as a pixel scene: Web Mercator fitted to the view's places and routes inside
 * the frame, basemap clipped to the canvas, one arc per departure-destination pair of the event
 * ("all": every event), markers sized as on the interactive map, and labels placed without
 * overlap. Pure: the same model, view and options give the same scene.
 */
export function buildRouteMapScene(model: MapModel, view: Pick<ViewState, "event" | "place">, opts: RouteMapOptions): RouteMapScene {
  const { width, height, basemap, paddingPx = 40, labelSizePx = 13 } = opts;
  const frame = opts.frame ?? { x: 0, y: 0, width, height };
  const { arcs, points } = buildViewFeatures(model, view);
  const corners = fitCorners(arcs, points);
  const projection = geoMercator().fitExtent(
    [
      [frame.x + paddingPx, frame.y + paddingPx],
      [frame.x + frame.width - paddingPx, frame.y + frame.height - paddingPx],
    ],
    { type: "MultiPoint", coordinates: corners },
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const arcPath = geoPath(projection).digits(1);
  const touches = (a: ArcProperties) => a.placeId === view.place || a.departureId === view.place;
  const sceneArcs = arcs.map((f) => ({
    d: arcPath(f) ?? "",
    color: f.properties.color,
    isDisputed: f.properties.isDisputed,
    emphasis: (!view.place ? "default" : touches(f.properties) ? "highlighted" : "muted") as Emphasis,
  }));
  const markers: SceneMarker[] = points.map((f) => {
    const [x, y] = projection(f.geometry.coordinates as LonLat) ?? [NaN, NaN];
    const p = f.properties;
    return { id: p.id, x, y, radiusPx: p.radiusPx, role: p.role, countStatus: p.countStatus, color: p.color, isSelected: p.id === view.place };
  });
  const byPlace = new Map(model.places.map((p) => [p.id, p]));
  // Selected first, then big markers, so the names that matter most win the free spots.
  const order = [...markers].sort((a, b) => Number(b.isSelected) - Number(a.isSelected) || b.radiusPx - a.radiusPx);
  const labels = placeLabels(
    order.map((m) => ({
      id: m.id,
      text: placeLabel(byPlace.get(m.id)!),
      x: m.x,
      y: m.y,
      radiusPx: m.radiusPx + (m.isSelected ? SELECTED_RING_GAP_PX : 0),
      isSelected: m.isSelected,
    })),
    { sizePx: labelSizePx, area: frame },
  );
  return { width, height, ...buildLand(projection, basemap, width, height), arcs: sceneArcs, markers, labels };
}
