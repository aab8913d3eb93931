import { escapeXml, xmlElement } from "../export/xml";
import { STATE_ONLY_COLOR } from "../theme/palette";
import type { Leader } from "./place-labels";
import type { LabelSizeClass, MapScene, SceneLabel, SceneMarker } from "./scene";
import { FIT_PADDING_PX } from "./view-frame";

export interface MapPictureOptions {
  /** The link of each place's view (`?place=…`). */
  hrefOf: (placeId: string) => string;
  /** Accessible name of each marker link: "JFK: 8 people". */
  nameOf: (marker: SceneMarker) => string;
  /** The picture's text alternative. */
  alt: string;
}

/**
 * The picture as markup: the outer element's class and CSS variables (a component renders that
 * element, with `data-map-picture`) and its inner HTML, every text and attribute escaped.
 */
export interface MapPictureMarkup {
  className: string;
  style: { "--map-pad": string };
  html: string;
}

/** Arc strokes per emphasis, as the live map draws them (lib/map/style.ts; components/map/map-picture.css holds the strokes). */
const ARC_CLASS = { default: "arc", muted: "arc arc--muted", highlighted: "arc arc--highlighted" } as const;

const round1 = (n: number) => Math.round(n * 10) / 10;
/** An inline style from properties in order: "left:1px;top:2px". */
const cssText = (properties: Record<string, string>) =>
  Object.entries(properties)
    .map(([name, value]) => `${name}:${value}`)
    .join(";");

/** A leader line from a marker's edge to its label: a thin box from (x1, y1), turned towards (x2, y2); px from the marker's centre. */
function leaderStyle({ x1, y1, x2, y2 }: Leader): string {
  const length = Math.hypot(x2 - x1, y2 - y1);
  const angle = (Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI;
  return cssText({ left: `calc(50% + ${x1}px)`, top: `calc(50% + ${y1}px)`, width: `${round1(length)}px`, transform: `rotate(${Math.round(angle)}deg)` });
}

/** A label as drawn: offsets and leader to 0.1 px. */
function roundLabel(at: SceneLabel | null): SceneLabel | null {
  if (!at) return null;
  const { leader } = at;
  return {
    dx: round1(at.dx),
    dy: round1(at.dy),
    anchor: at.anchor,
    leader: leader && { x1: round1(leader.x1), y1: round1(leader.y1), x2: round1(leader.x2), y2: round1(leader.y2) },
  };
}

/**
 * A marker's label (and leader), placed for narrow and for wide boxes; CSS shows the one for the
 * box's width (components/map/map-picture.css, "pin labels"). One copy when both are the same.
 */
function pinLabels(marker: SceneMarker): string {
  const compact = roundLabel(marker.labelAt.compact);
  const wide = roundLabel(marker.labelAt.wide);
  const label = (at: SceneLabel | null, size: LabelSizeClass | null) => {
    if (!at) return "";
    const sizeClass = size ? ` pin--${size}` : "";
    const leader = at.leader ? xmlElement("span", { class: `pin__leader${sizeClass}`, style: leaderStyle(at.leader) }) : "";
    const style = cssText({ left: `calc(50% + ${at.dx}px)`, top: `calc(50% + ${at.dy}px)` });
    return leader + xmlElement("span", { class: `pin__label pin__label--${at.anchor}${sizeClass}`, style, "aria-hidden": "true" }, escapeXml(marker.label));
  };
  return JSON.stringify(compact) === JSON.stringify(wide) ? label(compact, null) : label(compact, "compact") + label(wide, "wide");
}

function pin(m: SceneMarker, { hrefOf, nameOf }: MapPictureOptions): string {
  const attributes = {
    class: `pin pin--${m.role === "departure" ? "departure" : m.countStatus}${m.isSelected ? " pin--selected" : ""}`,
    style: cssText({ left: `${m.xPct}%`, top: `${m.yPct}%`, "--r": `${m.radiusPx}px`, "--c": m.color }),
    "aria-label": nameOf(m),
    "aria-current": m.isSelected ? "true" : undefined,
    // A pointer shortcut: markers can sit a few pixels apart, below the 24 px target size.
    // Keyboard and screen readers get the same links in the place list beside the map (WCAG
    // 2.5.8's "equivalent control"), and the picture's text alternative.
    tabindex: -1,
    "aria-hidden": "true",
    "data-place": m.id,
    href: hrefOf(m.id),
  };
  return xmlElement("a", attributes, pinLabels(m));
}

function pictureSvg(scene: MapScene, alt: string): string {
  const { width, height } = scene;
  const hatch = scene.pennsylvania
    ? `<defs><pattern id="pa-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="8" stroke="${STATE_ONLY_COLOR}"></line></pattern></defs>`
    : "";
  const path = (className: string, d: string) => xmlElement("path", { class: className, d });
  const arcs = scene.arcs
    .filter((a) => a.d)
    .map((a) => xmlElement("path", { class: `${ARC_CLASS[a.emphasis]}${a.isDisputed ? " arc--disputed" : ""}`, d: a.d, stroke: a.color }));
  return xmlElement(
    "svg",
    { class: "map-picture__svg", viewBox: `0 0 ${+width.toFixed(2)} ${+height.toFixed(2)}`, role: "img", "aria-label": alt },
    [
      hatch,
      path("land land--other", scene.landOther),
      path("land land--focus", scene.landFocus),
      path("state-lines", scene.stateLines),
      scene.pennsylvania ? xmlElement("path", { class: "pennsylvania", d: scene.pennsylvania, stroke: STATE_ONLY_COLOR }) : "",
      xmlElement("g", { class: "arcs" }, arcs.join("")),
    ].join(""),
  );
}

/**
 * The map of the linked view as HTML (a scene from lib/map/scene.ts): readable at once on a phone,
 * without JavaScript, and the place the live map takes over. The box scales to the frame as
 * MapLibre's fitBounds would (CSS contain with FIT_PADDING_PX), or sits at 1:1 pixels around a
 * linked camera; strokes and markers keep their pixel sizes at any scale, so markers land where
 * MapLibre's will. Markers are plain links to the place's view, big ones first, for pointers; the
 * place list is their keyboard and screen-reader equivalent. Pure: no React, no DOM.
 * Example: `renderMapPicture(scene, { hrefOf: (id) => "/?place=" + id, nameOf: (m) => m.label, alt: "Map of all transfers" }).html`
 */
export function renderMapPicture(scene: MapScene, options: MapPictureOptions): MapPictureMarkup {
  const pins = [...scene.markers].sort((a, b) => b.radiusPx - a.radiusPx).map((m) => pin(m, options));
  const box = xmlElement(
    "div",
    { class: "map-picture__box", style: `--ratio:${Math.round((scene.width / scene.height) * 1e4) / 1e4}` },
    pictureSvg(scene, options.alt) + pins.join(""),
  );
  return {
    className: `map-picture map-picture--${scene.mode}`,
    style: { "--map-pad": `${FIT_PADDING_PX}px` },
    html: xmlElement("div", { class: "map-picture__fit" }, box),
  };
}

/** The whole picture element as one string, `data-map-picture` included (what the page's server HTML holds). */
export function mapPictureHtml({ className, style, html }: MapPictureMarkup): string {
  return xmlElement("div", { class: className, style: cssText(style), "data-map-picture": "" }, html);
}
