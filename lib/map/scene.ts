import type { Locale } from "../i18n/locale";
import { geoPath } from "d3-geo";
import type { Camera } from "../url/view-state";
import type { LonLat } from "./arcs";
import type { Basemap } from "./basemap";
import type { Bounds } from "./bounds";
import { placeLabel, type EventFilter, type PlaceProperties } from "./features";
import type { MapModel } from "./model";
import { placeLabels, type LabelAnchor, type Leader } from "./place-labels";
import { planScene, type LabelPlacement, type LabelSizeClass, type ScenePlan, type SceneLayout } from "./scene-frame";
import { drawLand, type SceneLand } from "./scene-land";
import { smoothArcPath } from "./smooth-arc";
import { buildFitBounds, buildViewFeatures } from "./view-frame";

export { LABEL_BOX_WIDTHS_PX, SELECTED_RING_PX, type LabelSizeClass, type SceneLayout } from "./scene-frame";

/** How an arc is drawn against a selected place: its routes stand out, the others recede. */
export type Emphasis = "default" | "muted" | "highlighted";

export interface SceneArc {
  /** SVG path data in the scene's units; "" when it could not be drawn. */
  d: string;
  color: string;
  isDisputed: boolean;
  emphasis: Emphasis;
}

/** A label's text anchor relative to its marker's centre, in CSS px, and the leader line to a label set apart (unrounded). */
export interface SceneLabel {
  dx: number;
  dy: number;
  anchor: LabelAnchor;
  leader: Leader | null;
}

export interface SceneMarker {
  id: string;
  /** Centre in the scene's units (may lie outside the box); NaN when it cannot be projected. */
  x: number;
  y: number;
  /** The same point in percent of the box's width and height, to 0.01. */
  xPct: number;
  yPct: number;
  radiusPx: number;
  role: PlaceProperties["role"];
  countStatus: PlaceProperties["countStatus"];
  color: string;
  isSelected: boolean;
  isProxy: boolean;
  label: string;
  people: number;
  /**
   * Where its label sits in a narrow box (a phone) and in a wide one; null where it has no free
   * spot at some width of that class (the place list names every place). A canvas has one
   * placement, the same in both.
   */
  labelAt: Record<LabelSizeClass, SceneLabel | null>;
}

/**
 * The map of one view, pixel-free for the picture and in px for a canvas: the basemap and arcs as
 * SVG paths in the scene's units (width x height), markers and label anchors. "fit": the box is the
 * view's fit bounds and scales to the frame like MapLibre's fitBounds (CSS contain, FIT_PADDING_PX
 * inset); "camera": the URL's camera at 1:1 CSS pixels, centred in the frame (either way the
 * basemap reaches well past the box, so a frame of any shape is covered); "canvas": a fixed image.
 */
export interface MapScene extends SceneLand {
  mode: ScenePlan["mode"];
  width: number;
  height: number;
  arcs: SceneArc[];
  markers: SceneMarker[];
  /** The box the live map fits for this view (lib/map/view-frame.ts). */
  fitBounds: Bounds;
}

/** The order labels are placed in: the selected place, then big markers, so the names that matter most win the free spots. */
export const byLabelPriority = (a: Pick<SceneMarker, "isSelected" | "radiusPx">, b: Pick<SceneMarker, "isSelected" | "radiusPx">): number =>
  Number(b.isSelected) - Number(a.isSelected) || b.radiusPx - a.radiusPx;

type UnlabelledMarker = Omit<SceneMarker, "labelAt">;

function placeSceneLabels(markers: UnlabelledMarker[], { labels }: ScenePlan, at: LabelPlacement): Map<string, SceneLabel> {
  const placed = placeLabels(
    [...markers].sort(byLabelPriority).map((m) => ({
      id: m.id,
      text: m.label,
      x: m.x,
      y: m.y,
      radiusPx: m.radiusPx + (m.isSelected ? labels.ringPx : 0),
      isSelected: m.isSelected,
    })),
    { sizePx: labels.sizePx, area: labels.area, marginPx: at.marginPx, scales: { min: at.min, max: at.max }, withLeaders: labels.withLeaders },
  );
  return new Map(placed.map(({ id, dx, dy, anchor, leader }) => [id, { dx, dy, anchor, leader }]));
}

/**
 * The scene of a view's map: the view's arcs (one per departure-destination pair of the event;
 * "all": every event) with the selected place's routes emphasized, its markers sized as on the
 * live map, labels placed without overlap, over the basemap clipped to the layout. The page picture
 * and the link preview both draw from it. Pure: the same model, view, basemap and layout give the
 * same scene. Example: `buildMapScene(model, { event: "all", place: null, camera: null }, basemap, { kind: "picture" })`.
 */
export function buildMapScene(
  model: MapModel,
  view: { event: EventFilter; place: string | null; camera: Camera | null; lang?: Locale },
  basemap: Basemap,
  layout: SceneLayout,
): MapScene {
  const fitBounds = buildFitBounds(model, view);
  const features = buildViewFeatures(model, view);
  const plan = planScene(layout, view.camera, fitBounds, features);
  const { projection, width, height } = plan;
  const land = drawLand(projection, basemap, plan.landClip, plan.land);
  if (plan.arcShape === "bezier") projection.clipExtent(null);
  const polyline = geoPath(projection).digits(1);
  const touches = (a: { placeId: string; departureId: string }) => a.placeId === view.place || a.departureId === view.place;
  const arcs = features.arcs.map((f) => ({
    d: plan.arcShape === "bezier" ? smoothArcPath((f.geometry.coordinates as LonLat[]).map((c) => projection(c) ?? [NaN, NaN])) : (polyline(f) ?? ""),
    color: f.properties.color,
    isDisputed: f.properties.isDisputed,
    emphasis: (!view.place ? "default" : touches(f.properties) ? "highlighted" : "muted") as Emphasis,
  }));
  const byPlace = new Map(model.places.map((p) => [p.id, p]));
  const markers: UnlabelledMarker[] = features.points.map((f) => {
    const [x, y] = projection(f.geometry.coordinates as LonLat) ?? [NaN, NaN];
    const p = f.properties;
    return {
      id: p.id,
      x,
      y,
      xPct: Math.round((x / width) * 1e4) / 100,
      yPct: Math.round((y / height) * 1e4) / 100,
      radiusPx: p.radiusPx,
      role: p.role,
      countStatus: p.countStatus,
      color: p.color,
      isSelected: p.id === view.place,
      isProxy: p.isProxy,
      label: placeLabel(byPlace.get(p.id)!, view.lang ?? "en"),
      people: p.people,
    };
  });
  const compact = placeSceneLabels(markers, plan, plan.labels.at.compact);
  const wide = plan.labels.at.wide === plan.labels.at.compact ? compact : placeSceneLabels(markers, plan, plan.labels.at.wide);
  return {
    mode: plan.mode,
    width,
    height,
    ...land,
    pennsylvania: features.points.some((f) => f.properties.isStateOnly) ? land.pennsylvania : "",
    arcs,
    markers: markers.map((m) => ({ ...m, labelAt: { compact: compact.get(m.id) ?? null, wide: wide.get(m.id) ?? null } })),
    fitBounds,
  };
}

/** A canvas scene's labels as absolute anchor points, px, in placement order (what a text renderer needs). */
export interface CanvasLabel extends SceneLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  isSelected: boolean;
}

/** The labels a scene placed for one size class, at scale 1, in the order they were placed. */
export function canvasLabels(scene: Pick<MapScene, "markers">, sizeClass: LabelSizeClass = "wide"): CanvasLabel[] {
  return [...scene.markers].sort(byLabelPriority).flatMap((m) => {
    const at = m.labelAt[sizeClass];
    return at ? [{ ...at, id: m.id, text: m.label, x: m.x + at.dx, y: m.y + at.dy, isSelected: m.isSelected }] : [];
  });
}
