import { geoMercator, type GeoProjection } from "d3-geo";
import type { LonLat } from "./arcs";
import { boundsOf, type Bounds } from "./bounds";
import { toWorld, worldRectOf, worldSizePx } from "./mercator";
import type { Rect } from "./place-labels";
import type { LandDetail } from "./scene-land";
import type { ViewFeatures } from "./view-frame";
import { FIT_PADDING_PX } from "./view-frame";
import type { Camera } from "../url/view-state";

/**
 * Where a scene is drawn. "picture": the page's server-drawn map, the view's fit box (or a canvas
 * around the view's camera) that CSS scales to the frame. "canvas": a fixed canvas in CSS px (the
 * link preview), with every route of the view fitted into `frame`, `paddingPx` inside it.
 * Example: `{ kind: "canvas", width: 1200, height: 630, frame: { x: 520, y: 0, width: 680, height: 582 }, paddingPx: 56, labelSizePx: 19 }`.
 */
export type SceneLayout = { kind: "picture" } | { kind: "canvas"; width: number; height: number; frame?: Rect; paddingPx?: number; labelSizePx?: number };

/**
 * The widths of the picture box labels are placed for, in CSS px, in two classes split where the
 * page switches them (components/map/map-picture.css, "@container (min-width: 450px)"): a 320 px phone draws
 * the box 207 px wide, a desktop page 652 px and a desktop embed 794 px. In each class every label
 * is clear of the others and of the markers at every width (lib/map/place-labels.ts sweeps it).
 */
export const LABEL_BOX_WIDTHS_PX = { compact: [200, 450], wide: [450, 1000] } as const;
export type LabelSizeClass = keyof typeof LABEL_BOX_WIDTHS_PX;

/** One label placement: the range of scales (px per scene unit) it holds at, and a margin that does not scale, px. */
export interface LabelPlacement {
  min: number;
  max: number;
  marginPx: number;
}

/** Everything about a scene that depends on its layout: the projection, clipping, detail and label rules. */
export interface ScenePlan {
  mode: "fit" | "camera" | "canvas";
  width: number;
  height: number;
  projection: GeoProjection;
  /** Where land is drawn (projected units): the box and some reach around it, or the canvas. */
  landClip: [[number, number], [number, number]];
  land: LandDetail;
  /** "bezier": one smooth curve per arc, unclipped (lib/map/smooth-arc.ts); "polyline": the great circle's points, clipped to the canvas, to 0.1 px. */
  arcShape: "bezier" | "polyline";
  labels: {
    sizePx: number;
    /** How far past a selected marker's radius its label keeps clear (the ring around it), px. */
    ringPx: number;
    withLeaders: boolean;
    area: Rect;
    /** Per size class; one object for both when a single placement serves every width. */
    at: Record<LabelSizeClass, LabelPlacement>;
  };
}

/** Longest side of the box in "fit" mode, in viewBox units. */
const FIT_BOX_UNITS = 1000;
/** The canvas drawn around a linked camera, CSS px: wider and taller than any map frame. */
const CAMERA_CANVAS_PX = { width: 1600, height: 1000 };
/**
 * How far the basemap reaches past the box in "fit" mode, as a share of its longest side: a wide
 * desktop frame around a tall box needs about 0.6 sideways, a tall phone frame around a wide box
 * about 0.4 up and down.
 */
const REACH = { x: 0.7, y: 0.45 };
/** The picture's land: coastlines thinned to 3 box units (a box is 300-900 px wide on screen) or 1.5 px around a camera; islands under 10 units left out. */
const PICTURE_LAND: LandDetail = { minStep: 3, coarseFactor: 4, minIslandUnits: 10, precision: "integer" };
const CAMERA_LAND: LandDetail = { ...PICTURE_LAND, minStep: 1.5 };
/** The preview's land: every island, vertices 0.8 px apart, to 0.1 px. */
const CANVAS_LAND: LandDetail = { minStep: 0.8, coarseFactor: 1, minIslandUnits: 0, precision: "tenth" };
/** Label text size and selected-marker ring, px: the picture's .pin--selected (components/map/map-picture.css) and the preview's SVG ring. */
const PICTURE_LABEL_PX = 12;
export const SELECTED_RING_PX = { picture: 6, canvas: 5 } as const;
/** A canvas frames at least this span, in degrees, so one lone place is not zoomed to street level. */
const CANVAS_MIN_SPAN_DEG = 4;
/** Mexico and the contiguous United States: the canvas's frame when there is nothing to show. */
const FALLBACK_CORNERS: LonLat[] = [
  [-125, 14],
  [-66, 50],
];

/** A scene drawn at 1:1 px (around a camera, or a canvas): one label placement serves both size classes. */
const ONE_TO_ONE: LabelPlacement = { min: 1, max: 1, marginPx: 0 };

const wholeCanvas = (width: number, height: number): ScenePlan["landClip"] => [
  [0, 0],
  [width, height],
];

/** The picture's label rules over its box (width x height units), placed per size class as given. */
const pictureLabels = (width: number, height: number, at: Record<LabelSizeClass, LabelPlacement>): ScenePlan["labels"] => ({
  sizePx: PICTURE_LABEL_PX,
  ringPx: SELECTED_RING_PX.picture,
  withLeaders: true,
  area: { x: 0, y: 0, width, height },
  at,
});

/** A Mercator projection with MapLibre's world size for `worldPx`, its origin at world point (x0, y0). */
function projectionFor(worldPx: number, x0: number, y0: number): GeoProjection {
  return geoMercator()
    .scale(worldPx / (2 * Math.PI))
    .translate([worldPx * (0.5 - x0), worldPx * (0.5 - y0)]);
}

function planCamera(camera: Camera): ScenePlan {
  const worldPx = worldSizePx(camera.zoom);
  const { width, height } = CAMERA_CANVAS_PX;
  const [cx, cy] = toWorld([camera.lon, camera.lat]);
  return {
    mode: "camera",
    width,
    height,
    projection: projectionFor(worldPx, cx - width / 2 / worldPx, cy - height / 2 / worldPx),
    landClip: wholeCanvas(width, height),
    land: CAMERA_LAND,
    arcShape: "bezier",
    labels: pictureLabels(width, height, { compact: ONE_TO_ONE, wide: ONE_TO_ONE }),
  };
}

function planFit(fitBounds: Bounds): ScenePlan {
  const r = worldRectOf(fitBounds);
  const [dx, dy] = [r.x1 - r.x0, r.y1 - r.y0];
  const worldPx = FIT_BOX_UNITS / Math.max(dx, dy);
  const [width, height] = [dx * worldPx, dy * worldPx];
  // The basemap reaches past each side (a frame of another shape than the box is still covered).
  const [reachX, reachY] = [REACH.x * Math.max(width, height), REACH.y * Math.max(width, height)];
  // Scales are px per box unit: the box's width on screen over its width in units.
  const at = ([minPx, maxPx]: readonly [number, number]) => ({ min: minPx / width, max: maxPx / width, marginPx: FIT_PADDING_PX });
  return {
    mode: "fit",
    width,
    height,
    projection: projectionFor(worldPx, r.x0, r.y0),
    landClip: [
      [-reachX, -reachY],
      [width + reachX, height + reachY],
    ],
    land: PICTURE_LAND,
    arcShape: "bezier",
    labels: pictureLabels(width, height, { compact: at(LABEL_BOX_WIDTHS_PX.compact), wide: at(LABEL_BOX_WIDTHS_PX.wide) }),
  };
}

/** Corners a canvas fits: every place and arc vertex of the view (great circles bulge north of their ends), at least CANVAS_MIN_SPAN_DEG each way. */
function canvasCorners({ arcs, points }: ViewFeatures): LonLat[] {
  const bounds = boundsOf([...points.map((f) => f.geometry.coordinates as LonLat), ...arcs.flatMap((f) => f.geometry.coordinates as LonLat[])]);
  if (!bounds) return FALLBACK_CORNERS;
  const [[w, s], [e, n]] = bounds;
  const [cx, cy] = [(w + e) / 2, (s + n) / 2];
  const [hx, hy] = [Math.max(e - w, CANVAS_MIN_SPAN_DEG) / 2, Math.max(n - s, CANVAS_MIN_SPAN_DEG) / 2];
  return [
    [cx - hx, cy - hy],
    [cx + hx, cy + hy],
  ];
}

function planCanvas(layout: Extract<SceneLayout, { kind: "canvas" }>, features: ViewFeatures): ScenePlan {
  const { width, height, paddingPx = 40, labelSizePx = 13 } = layout;
  const frame = layout.frame ?? { x: 0, y: 0, width, height };
  const projection = geoMercator().fitExtent(
    [
      [frame.x + paddingPx, frame.y + paddingPx],
      [frame.x + frame.width - paddingPx, frame.y + frame.height - paddingPx],
    ],
    { type: "MultiPoint", coordinates: canvasCorners(features) },
  );
  return {
    mode: "canvas",
    width,
    height,
    projection,
    landClip: wholeCanvas(width, height),
    land: CANVAS_LAND,
    arcShape: "polyline",
    labels: { sizePx: labelSizePx, ringPx: SELECTED_RING_PX.canvas, withLeaders: false, area: frame, at: { compact: ONE_TO_ONE, wide: ONE_TO_ONE } },
  };
}

/** The plan of a scene: a canvas as given, else the picture of the view's camera or of its fit box. */
export function planScene(layout: SceneLayout, camera: Camera | null, fitBounds: Bounds, features: ViewFeatures): ScenePlan {
  if (layout.kind === "canvas") return planCanvas(layout, features);
  return camera ? planCamera(camera) : planFit(fitBounds);
}
