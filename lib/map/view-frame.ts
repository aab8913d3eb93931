import type { Feature, LineString, Point } from "geojson";
import type { LonLat } from "./arcs";
import { boundsOf, type Bounds } from "./bounds";
import { buildArcs, buildPlacePoints, type ArcProperties, type EventFilter, type PlaceProperties } from "./features";
import type { MapModel } from "./model";
import { connectedPlaceIds } from "./selection";

/**
 * Space kept between the framed box and the map's edge, in CSS pixels: room for the largest
 * marker (18 px) and a bit. The picture (CSS) and the live map (fitBounds padding) both use it.
 */
export const FIT_PADDING_PX = 28;

/** A frame never spans less than this, in degrees, so one lone place is not zoomed to street level. */
const MIN_SPAN_DEG = 6;

/** Mexico and the contiguous United States: the frame when there is nothing to show. */
const FALLBACK_BOUNDS: Bounds = [
  [-125, 14],
  [-66, 50],
];

/** What a view shows on the map: arcs and markers of its event, plus the selected place even when another event brought it. */
export interface ViewFeatures {
  arcs: Feature<LineString, ArcProperties>[];
  points: Feature<Point, PlaceProperties>[];
}

export function buildViewFeatures(model: MapModel, view: { event: EventFilter; place: string | null }): ViewFeatures {
  const arcs = buildArcs(model, view.event).features;
  const points = buildPlacePoints(model, view.event).features;
  const isShown = points.some((f) => f.properties.id === view.place);
  const extra = view.place && !isShown ? buildPlacePoints(model, "all").features.find((f) => f.properties.id === view.place) : undefined;
  return { arcs, points: extra ? [...points, extra] : points };
}

/**
 * The box a view without a camera frames, [[west, south], [east, north]] in degrees: the chosen
 * place and the other ends of its routes, or every place of the chosen transfer(s), with the
 * arcs' vertices (great circles bulge north of their ends); at least MIN_SPAN_DEG each way.
 * The server's map picture and the live map both fit this box with FIT_PADDING_PX, so they agree.
 */
export function buildFitBounds(model: MapModel, view: { event: EventFilter; place: string | null }): Bounds {
  const { arcs, points } = buildViewFeatures(model, view);
  const ids = view.place && points.some((f) => f.properties.id === view.place) ? new Set(connectedPlaceIds(model, view.event, view.place)) : null;
  const keptPoints = ids ? points.filter((f) => ids.has(f.properties.id)) : points;
  const keptArcs = ids ? arcs.filter((f) => f.properties.placeId === view.place || f.properties.departureId === view.place) : arcs;
  const coords = [...keptPoints.map((f) => f.geometry.coordinates as LonLat), ...keptArcs.flatMap((f) => f.geometry.coordinates as LonLat[])];
  const bounds = boundsOf(coords);
  if (!bounds) return FALLBACK_BOUNDS;
  const [[w, s], [e, n]] = bounds;
  /** [low, high] grown about its middle to MIN_SPAN_DEG, or as it is when already wide enough. */
  const atLeast = (lo: number, hi: number): [number, number] =>
    hi - lo >= MIN_SPAN_DEG ? [lo, hi] : [(lo + hi - MIN_SPAN_DEG) / 2, (lo + hi + MIN_SPAN_DEG) / 2];
  const [west, east] = atLeast(w, e);
  const [south, north] = atLeast(s, n);
  return [
    [west, south],
    [east, north],
  ];
}
