import type { Basemap } from "../map/basemap";
import type { MapModel } from "../map/model";
import {
  buildMapScene,
  canvasLabels,
  SELECTED_RING_PX,
  type CanvasLabel,
  type Emphasis,
  type MapScene,
  type SceneLayout,
  type SceneMarker,
} from "../map/scene";
import type { ViewState } from "../url/view-state";
import { escapeXml, formatPx as num } from "../export/xml";
import { MAP_PALETTES } from "../theme/palette";

/** The light map's colours (lib/theme/palette.ts, as the interactive map has them), so the preview looks like the page. */
const COLORS = MAP_PALETTES.light;

/** Arc stroke per emphasis: a selected place's routes stand out, the others recede. */
export const ARC_STYLE: Record<Emphasis, { widthPx: number; opacity: number }> = {
  default: { widthPx: 2.6, opacity: 0.85 },
  muted: { widthPx: 1.8, opacity: 0.22 },
  highlighted: { widthPx: 3.6, opacity: 1 },
};
const DASH = "7 5";
const EMPHASIS_ORDER: Emphasis[] = ["muted", "default", "highlighted"];

/** A path element, or nothing for empty geometry (d="" is an error in some renderers). */
const path = (d: string, attributes: string) => (d ? `<path d="${d}" ${attributes}/>` : "");

/** Departures: dark dots ringed in white; unreported counts hollow; partly reported counts pale (as the MapLibre PLACES layer). */
function markerSvg(m: SceneMarker): string {
  const isDeparture = m.role === "departure";
  const fill = isDeparture ? COLORS.text : m.countStatus === "notReported" ? COLORS.halo : m.color;
  const fillOpacity = m.countStatus === "partial" ? 0.55 : 0.9;
  const stroke = isDeparture ? COLORS.halo : m.color;
  const strokeWidth = m.countStatus === "notReported" && !isDeparture ? 2.5 : 1.5;
  const ring = m.isSelected
    ? `<circle cx="${num(m.x)}" cy="${num(m.y)}" r="${num(m.radiusPx + SELECTED_RING_PX.canvas)}" fill="none" stroke="${COLORS.text}" stroke-width="2.5"/>`
    : "";
  return `${ring}<circle class="marker" data-place="${escapeXml(m.id)}" cx="${num(m.x)}" cy="${num(m.y)}" r="${num(m.radiusPx)}" fill="${fill}" fill-opacity="${fillOpacity}" stroke="${stroke}" stroke-width="${strokeWidth}"/>`;
}

function labelSvg(l: CanvasLabel): string {
  const weight = l.isSelected ? ` font-weight="700"` : "";
  return `<text x="${num(l.x)}" y="${num(l.y)}" dy="0.35em" text-anchor="${l.anchor}"${weight}>${escapeXml(l.text)}</text>`;
}

export interface RouteMapSvgOptions {
  /** Accessible name of the image (an SVG <title>); escaped. */
  title?: string;
  /** Draw place labels as SVG text (needs the Inter font where the SVG is shown); default true. */
  showLabels?: boolean;
  /** The text size the scene's labels were placed for, px; default 13. */
  labelSizePx?: number;
}

/**
 * Serializes a canvas scene (lib/map/scene.ts) as a standalone SVG string: water, land, state
 * lines, the arcs (dashed where disputed, the selected place's routes on top), markers big first,
 * and the labels unless a caller draws text itself.
 */
export function renderRouteMapSvg(scene: MapScene, { title, showLabels = true, labelSizePx = 13 }: RouteMapSvgOptions = {}): string {
  const { width, height } = scene;
  const arcs = EMPHASIS_ORDER.flatMap((emphasis) =>
    scene.arcs
      .filter((a) => a.emphasis === emphasis && a.d)
      .map((a) => {
        const { widthPx, opacity } = ARC_STYLE[emphasis];
        const dash = a.isDisputed ? ` stroke-dasharray="${DASH}"` : "";
        return `<path class="arc${a.isDisputed ? " arc--disputed" : ""}" d="${a.d}" stroke="${a.color}" stroke-width="${widthPx}" stroke-opacity="${opacity}"${dash}/>`;
      }),
  );
  // Big markers first so that small ones stay on top and clickable-looking.
  const markers = [...scene.markers].filter((m) => Number.isFinite(m.x) && Number.isFinite(m.y)).sort((a, b) => b.radiusPx - a.radiusPx);
  const labels = showLabels
    ? `<g font-family="Inter, sans-serif" font-size="${labelSizePx}" fill="${COLORS.text}" stroke="${COLORS.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${canvasLabels(scene).map(labelSvg).join("")}</g>`
    : "";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
    title ? `<title>${escapeXml(title)}</title>` : "",
    `<rect width="${width}" height="${height}" fill="${COLORS.water}"/>`,
    path(scene.landOther, `fill="${COLORS.landOther}" stroke="${COLORS.landEdge}" stroke-width="0.6" stroke-linejoin="round"`),
    path(scene.landFocus, `fill="${COLORS.landFocus}" stroke="${COLORS.landEdge}" stroke-width="0.8" stroke-linejoin="round"`),
    path(scene.stateLines, `fill="none" stroke="${COLORS.states}" stroke-width="0.8"`),
    `<g fill="none" stroke-linecap="round" stroke-linejoin="round">${arcs.join("")}</g>`,
    `<g>${markers.map(markerSvg).join("")}</g>`,
    labels,
    `</svg>`,
  ].join("");
}

/**
 * The view's routes as a standalone SVG string over an offline basemap, with markers and short
 * labels; the selected place ringed and its routes emphasized. Pure (no fs, no Next).
 * Example: `buildRouteMapSvg(model, { event: "ev2026-01", place: null }, { width: 1200, height: 630, basemap })`.
 */
export function buildRouteMapSvg(
  model: MapModel,
  view: Pick<ViewState, "event" | "place"> & { lang?: ViewState["lang"] },
  opts: Omit<Extract<SceneLayout, { kind: "canvas" }>, "kind"> & RouteMapSvgOptions & { basemap: Basemap },
): string {
  const { basemap, title, showLabels, ...layout } = opts;
  const scene = buildMapScene(model, { ...view, camera: null }, basemap, { ...layout, kind: "canvas" });
  return renderRouteMapSvg(scene, { title, showLabels, labelSizePx: layout.labelSizePx });
}
