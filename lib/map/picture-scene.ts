import { geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { placeLabels, type LabelAnchor, type Leader } from "./place-labels";
import { thinStream } from "../og/thin-stream";
import type { Camera } from "../url/view-state";
import type { LonLat } from "./arcs";
import type { Bounds } from "./bounds";
import { placeLabel, type EventFilter, type PlaceProperties } from "./features";
import { toWorld, worldRectOf, worldSizePx } from "./mercator";
import type { MapModel } from "./model";
import { compactPathContext } from "./compact-path";
import { smallRingFilter } from "./small-ring-filter";
import { buildFitBounds, buildViewFeatures, FIT_PADDING_PX } from "./view-frame";

/** The shapes under the routes, GeoJSON in degrees; features may carry a bbox so off-canvas ones are skipped. */
export interface PictureBasemap {
  countries: FeatureCollection<Polygon | MultiPolygon, { name?: string } | null>;
  states: FeatureCollection<LineString | MultiLineString>;
  pennsylvania: Feature<Polygon | MultiPolygon>;
}

export type Emphasis = "default" | "muted" | "highlighted";

export interface PictureArc {
  d: string;
  color: string;
  isDisputed: boolean;
  emphasis: Emphasis;
}

/** A label's text anchor relative to its marker's centre, in CSS px, and the leader line to a label set apart. */
export interface PictureLabel {
  dx: number;
  dy: number;
  anchor: LabelAnchor;
  leader: Leader | null;
}

export interface PictureMarker {
  id: string;
  /** Position inside the picture box, in percent of its width and height (may lie outside 0-100). */
  xPct: number;
  yPct: number;
  radiusPx: number;
  role: PlaceProperties["role"];
  countStatus: PlaceProperties["countStatus"];
  color: string;
  isSelected: boolean;
  isProxy: boolean;
  label: string;
  /**
   * Where its label sits in a narrow box (a phone) and in a wide one; null where it has no free
   * spot at some width of that class (the place list names every place).
   */
  labelAt: Record<LabelSizeClass, PictureLabel | null>;
  people: number;
}

/**
 * The map of one view as the server draws it. "fit": the box is the view's fit bounds and scales
 * to the frame like MapLibre's fitBounds (CSS contain, FIT_PADDING_PX inset); "camera": the URL's
 * camera at 1:1 CSS pixels, centred in the frame. Either way the basemap reaches well past the
 * box, so a frame of any shape is covered.
 */
export interface MapPictureScene {
  mode: "fit" | "camera";
  /** The box's coordinate system (SVG viewBox): width x height units; in "camera" mode, CSS pixels. */
  width: number;
  height: number;
  landFocus: string;
  landOther: string;
  stateLines: string;
  /** Pennsylvania's outline, when the view shows the state-only destination; else "". */
  pennsylvania: string;
  arcs: PictureArc[];
  markers: PictureMarker[];
  fitBounds: Bounds;
}

/** Longest side of the box in "fit" mode, in viewBox units. */
const FIT_BOX_UNITS = 1000;
/** The canvas drawn around a linked camera, CSS px: wider and taller than any map frame. */
const CAMERA_CANVAS_PX = { width: 1600, height: 1000 };
/**
 * The widths of the picture box labels are placed for, in CSS px, in two classes split where the
 * page switches them (components/map/map-picture.css, "@container (min-width: 450px)"): a 320 px phone draws
 * the box 207 px wide, a desktop page 652 px and a desktop embed 794 px. In each class every label
 * is clear of the others and of the markers at every width (lib/map/place-labels.ts sweeps it).
 */
export const LABEL_BOX_WIDTHS_PX = { compact: [200, 450], wide: [450, 1000] } as const;
export type LabelSizeClass = keyof typeof LABEL_BOX_WIDTHS_PX;
const LABEL_SIZE_PX = 12;
/** The selected pin's ring reaches this far past its radius (.pin--selected in components/map/map-picture.css). */
const SELECTED_RING_PX = 6;
/**
 * How far the basemap reaches past the box in "fit" mode, as a share of its longest side: a wide
 * desktop frame around a tall box needs about 0.6 sideways, a tall phone frame around a wide box
 * about 0.4 up and down.
 */
const REACH = { x: 0.7, y: 0.45 };
/** Coastline vertices closer than this are dropped, in box units (a box is 300-900 px wide on screen). */
const FIT_MIN_STEP = 3;
/** Islands smaller than this both ways are left out of the picture, in box units (about 3-9 px). */
const MIN_ISLAND_UNITS = 10;
const FOCUS_COUNTRIES = new Set(["United States of America", "Mexico"]);

/** A Mercator projection with MapLibre's world size for `worldPx`, its origin at world point (x0, y0). */
function projectionFor(worldPx: number, x0: number, y0: number): GeoProjection {
  return geoMercator()
    .scale(worldPx / (2 * Math.PI))
    .translate([worldPx * (0.5 - x0), worldPx * (0.5 - y0)]);
}

/**
 * A projected great circle as one cubic Bezier through its ends and the points at 1/3 and 2/3:
 * the curve is smooth at these scales (well under a pixel off), and 30 bytes instead of 65 points.
 */
export function smoothArcPath(points: readonly [number, number][]): string {
  const n = points.length - 1;
  if (n < 3 || points.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y))) return "";
  const [p0, q1, q2, p3] = [points[0]!, points[Math.round(n / 3)]!, points[Math.round((2 * n) / 3)]!, points[n]!];
  const t1 = Math.round(n / 3) / n;
  const t2 = Math.round((2 * n) / 3) / n;
  // Solve B(t1) = q1, B(t2) = q2 for the two inner control points (Cramer's rule, per axis).
  const b = (t: number) => [(1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t ** 3] as const;
  const [a0, a1, a2, a3] = b(t1);
  const [c0, c1, c2, c3] = b(t2);
  const det = a1 * c2 - a2 * c1;
  const solve = (axis: 0 | 1) => {
    const r1 = q1[axis] - a0 * p0[axis] - a3 * p3[axis];
    const r2 = q2[axis] - c0 * p0[axis] - c3 * p3[axis];
    return [(r1 * c2 - a2 * r2) / det, (a1 * r2 - r1 * c1) / det] as const;
  };
  const [x1, x2] = solve(0);
  const [y1, y2] = solve(1);
  const r = Math.round;
  return `M${r(p0[0])} ${r(p0[1])}C${r(x1)} ${r(y1)} ${r(x2)} ${r(y2)} ${r(p3[0])} ${r(p3[1])}`;
}

function isVisible(f: Feature, [w, s, e, n]: [number, number, number, number]): boolean {
  const b = f.bbox;
  if (!b || b.length !== 4) return true;
  return !(b[3] < s || b[1] > n || b[0] > e || b[2] < w);
}

function drawLand(projection: GeoProjection, basemap: PictureBasemap, clip: [[number, number], [number, number]], minStep: number) {
  projection.clipExtent(clip);
  const context = compactPathContext();
  const thinned = (step: number) => {
    const draw = geoPath({ stream: (out) => projection.stream(smallRingFilter(thinStream(out, step), MIN_ISLAND_UNITS)) }, context);
    return (f: Feature) => {
      draw(f);
      return context.result();
    };
  };
  // The two countries of the story in most detail; the rest and the faint state lines coarser.
  const [path, coarse, faint] = [thinned(minStep), thinned(minStep * 4), thinned(minStep * 4)];
  const [w, n] = projection.invert?.(clip[0]) ?? [-180, 85];
  const [e, s] = projection.invert?.(clip[1]) ?? [180, -85];
  const visible: [number, number, number, number] = [w, s, e, n];
  const focus: string[] = [];
  const other: string[] = [];
  for (const f of basemap.countries.features) {
    if (!isVisible(f, visible)) continue;
    const isFocus = FOCUS_COUNTRIES.has(f.properties?.name ?? "");
    const d = (isFocus ? path : coarse)(f);
    if (d) (isFocus ? focus : other).push(d);
  }
  const states = basemap.states.features.filter((f) => isVisible(f, visible)).map((f) => faint(f) ?? "");
  return { landFocus: focus.join(""), landOther: other.join(""), stateLines: states.join(""), pennsylvania: path(basemap.pennsylvania) ?? "" };
}

/** Labels for the markers (greedy: selected and big first), clear of each other at every scale in `scales`. */
function placePictureLabels(
  markers: Omit<PictureMarker, "labelAt">[],
  box: { width: number; height: number },
  scales: { min: number; max: number },
  marginPx: number,
) {
  const order = [...markers].sort((a, b) => Number(b.isSelected) - Number(a.isSelected) || b.radiusPx - a.radiusPx);
  const placed = placeLabels(
    order.map((m) => ({
      id: m.id,
      text: m.label,
      x: (m.xPct / 100) * box.width,
      y: (m.yPct / 100) * box.height,
      radiusPx: m.radiusPx + (m.isSelected ? SELECTED_RING_PX : 0),
      isSelected: m.isSelected,
    })),
    { sizePx: LABEL_SIZE_PX, area: { x: 0, y: 0, ...box }, marginPx, scales, withLeaders: true },
  );
  const round = (n: number) => Math.round(n * 10) / 10;
  return new Map(
    placed.map(({ id, dx, dy, anchor, leader }) => {
      const line = leader && { x1: round(leader.x1), y1: round(leader.y1), x2: round(leader.x2), y2: round(leader.y2) };
      return [id, { dx: round(dx), dy: round(dy), anchor, leader: line }] as const;
    }),
  );
}

/**
 * The pixel-free scene of a view's map: where the box is in the world, the basemap and arcs as
 * SVG paths in the box's units, markers and label anchors in percent of the box. Pure: the same
 * model, view and basemap give the same scene.
 * Example: `buildMapPictureScene(model, { event: "all", place: null, camera: null }, basemap)`.
 */
export function buildMapPictureScene(
  model: MapModel,
  view: { event: EventFilter; place: string | null; camera: Camera | null },
  basemap: PictureBasemap,
): MapPictureScene {
  const fitBounds = buildFitBounds(model, view);
  let mode: MapPictureScene["mode"];
  let worldPx: number;
  let origin: [number, number];
  let width: number;
  let height: number;
  if (view.camera) {
    mode = "camera";
    worldPx = worldSizePx(view.camera.zoom);
    ({ width, height } = CAMERA_CANVAS_PX);
    const [cx, cy] = toWorld([view.camera.lon, view.camera.lat]);
    origin = [cx - width / 2 / worldPx, cy - height / 2 / worldPx];
  } else {
    mode = "fit";
    const r = worldRectOf(fitBounds);
    const [dx, dy] = [r.x1 - r.x0, r.y1 - r.y0];
    worldPx = FIT_BOX_UNITS / Math.max(dx, dy);
    [width, height] = [dx * worldPx, dy * worldPx];
    origin = [r.x0, r.y0];
  }
  const projection = projectionFor(worldPx, origin[0], origin[1]);
  // The basemap reaches past each side (a frame of another shape than the box is still covered).
  const [reachX, reachY] = mode === "fit" ? [REACH.x * Math.max(width, height), REACH.y * Math.max(width, height)] : [0, 0];
  const land = drawLand(
    projection,
    basemap,
    [
      [-reachX, -reachY],
      [width + reachX, height + reachY],
    ],
    mode === "fit" ? FIT_MIN_STEP : 1.5,
  );
  projection.clipExtent(null);

  const { arcs, points } = buildViewFeatures(model, view);
  const touches = (a: { placeId: string; departureId: string }) => a.placeId === view.place || a.departureId === view.place;
  const pictureArcs = arcs.map((f) => ({
    d: smoothArcPath((f.geometry.coordinates as LonLat[]).map((c) => projection(c) ?? [NaN, NaN])),
    color: f.properties.color,
    isDisputed: f.properties.isDisputed,
    emphasis: (!view.place ? "default" : touches(f.properties) ? "highlighted" : "muted") as Emphasis,
  }));
  const byPlace = new Map(model.places.map((p) => [p.id, p]));
  const markers = points.map((f) => {
    const [x, y] = projection(f.geometry.coordinates as LonLat) ?? [NaN, NaN];
    const p = f.properties;
    return {
      id: p.id,
      xPct: Math.round((x / width) * 1e4) / 100,
      yPct: Math.round((y / height) * 1e4) / 100,
      radiusPx: p.radiusPx,
      role: p.role,
      countStatus: p.countStatus,
      color: p.color,
      isSelected: p.id === view.place,
      isProxy: p.isProxy,
      label: placeLabel(byPlace.get(p.id)!),
      people: p.people,
    };
  });
  // px per box unit: in "fit" mode the box's width on screen over its width in units; 1 around a camera.
  // Around a camera the box is drawn at 1:1, so one placement serves both classes.
  const labelsFor = ([minPx, maxPx]: readonly [number, number]) =>
    placePictureLabels(markers, { width, height }, { min: minPx / width, max: maxPx / width }, FIT_PADDING_PX);
  const atOneToOne = mode === "camera" ? placePictureLabels(markers, { width, height }, { min: 1, max: 1 }, 0) : null;
  const [compact, wide] = atOneToOne ? [atOneToOne, atOneToOne] : [labelsFor(LABEL_BOX_WIDTHS_PX.compact), labelsFor(LABEL_BOX_WIDTHS_PX.wide)];
  return {
    mode,
    width,
    height,
    ...land,
    pennsylvania: points.some((f) => f.properties.isStateOnly) ? land.pennsylvania : "",
    arcs: pictureArcs,
    markers: markers.map((m) => ({ ...m, labelAt: { compact: compact.get(m.id) ?? null, wide: wide.get(m.id) ?? null } })),
    fitBounds,
  };
}
