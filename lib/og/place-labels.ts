import { estimateTextWidthPx } from "../text-width";

/** A box in pixels, origin top left. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A marker a label belongs to, or must stay clear of. Pixels. */
export interface LabelCandidate {
  id: string;
  text: string;
  x: number;
  y: number;
  radiusPx: number;
  isSelected: boolean;
}

/** Where a label's text starts: "start" = left of the text sits at x (SVG text-anchor). */
export type LabelAnchor = "start" | "middle" | "end";

export interface PlacedLabel {
  id: string;
  text: string;
  /** Anchor point of the text; y is the vertical middle of the line. */
  x: number;
  y: number;
  anchor: LabelAnchor;
  /** The estimated box the text covers, for collision and for renderers that need one. */
  box: Rect;
  isSelected: boolean;
}

export interface LabelOptions {
  sizePx: number;
  /** Labels must lie wholly inside this box. */
  area: Rect;
}

const GAP_PX = 4;
const MARGIN_PX = 2;

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (r: Rect, area: Rect) => r.x >= area.x && r.y >= area.y && r.x + r.width <= area.x + area.width && r.y + r.height <= area.y + area.height;
function hitsCircle(r: Rect, c: LabelCandidate): boolean {
  const dx = c.x - Math.max(r.x, Math.min(c.x, r.x + r.width));
  const dy = c.y - Math.max(r.y, Math.min(c.y, r.y + r.height));
  return dx * dx + dy * dy < c.radiusPx * c.radiusPx;
}

/** The four spots tried for a label, in order of preference: right, left, above, below (MapLibre's variable anchors). */
function spots(c: LabelCandidate, width: number, height: number): Omit<PlacedLabel, "id" | "text" | "isSelected">[] {
  const off = c.radiusPx + GAP_PX;
  const box = (x: number, y: number): Rect => ({ x: x - MARGIN_PX, y: y - MARGIN_PX, width: width + 2 * MARGIN_PX, height: height + 2 * MARGIN_PX });
  return [
    { x: c.x + off, y: c.y, anchor: "start", box: box(c.x + off, c.y - height / 2) },
    { x: c.x - off, y: c.y, anchor: "end", box: box(c.x - off - width, c.y - height / 2) },
    { x: c.x, y: c.y - off - height / 2, anchor: "middle", box: box(c.x - width / 2, c.y - off - height) },
    { x: c.x, y: c.y + off + height / 2, anchor: "middle", box: box(c.x - width / 2, c.y + off) },
  ];
}

/**
 * Greedy label placement in the candidates' order (put the selected place and the largest markers
 * first): each label takes the first of its four spots that stays inside the area and clear of
 * the labels already placed and of every other marker. A label with no free spot is left out,
 * as MapLibre does with text-allow-overlap off; the selected place is always labelled.
 */
export function placeLabels(candidates: readonly LabelCandidate[], { sizePx, area }: LabelOptions): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const heightPx = sizePx * 1.25;
  for (const c of candidates) {
    const options = spots(c, estimateTextWidthPx(c.text, sizePx, c.isSelected), heightPx);
    const isFree = (s: (typeof options)[number]) =>
      inside(s.box, area) && !placed.some((p) => overlaps(p.box, s.box)) && !candidates.some((o) => o.id !== c.id && hitsCircle(s.box, o));
    const spot = options.find(isFree) ?? (c.isSelected ? (options.find((s) => inside(s.box, area)) ?? options[0]) : undefined);
    if (spot) placed.push({ id: c.id, text: c.text, isSelected: c.isSelected, ...spot });
  }
  return placed;
}
