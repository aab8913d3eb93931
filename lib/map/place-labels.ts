import { estimateTextWidthPx } from "../text-width";

/** A box in pixels, origin top left. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A marker a label belongs to, or must stay clear of. x, y at scale 1 (see LabelOptions.scales); radius in px at every scale. */
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

/** A line from the marker's edge to a label set apart from it, relative to the marker's centre, px. */
export interface Leader {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Anchor point of the text at the smallest scale; y is the vertical middle of the line. */
  x: number;
  y: number;
  /** The same point relative to the marker's centre, px, at every scale. */
  dx: number;
  dy: number;
  anchor: LabelAnchor;
  /** The estimated box the text covers at the smallest scale, for renderers that need one. */
  box: Rect;
  /** Set when the label sits away from its marker (a crowded spot), else null. */
  leader: Leader | null;
  isSelected: boolean;
}

export interface LabelOptions {
  sizePx: number;
  /** Labels must lie wholly inside this box, which scales with the markers, widened by `marginPx`. */
  area: Rect;
  /** A margin around the area that does not scale (the map frame's padding around a fitted box), px. Default 0. */
  marginPx?: number;
  /**
   * The range of scales the markers will be drawn at: positions are multiplied by the scale,
   * while marker radii, text and gaps keep their pixel sizes. A placement is kept only if it is
   * clear at every scale of the range (a page whose map box is 200 to 1000 px wide). Default: 1 only.
   */
  scales?: { min: number; max: number };
  /** Try spots away from the marker, joined to it by a leader line, when the four beside it are taken. Default false. */
  withLeaders?: boolean;
}

const GAP_PX = 4;
const MARGIN_PX = 2;
/** How far a set-apart label's near edge sits beyond its marker's edge, tried in order. */
const LEADER_LENGTHS_PX = [16, 30, 46];

/**
 * A box whose top left moves with a marker: at scale s it is at (ax·s + ox, ay·s + oy). Markers
 * move apart as the scale grows while text keeps its size, so every test below holds for a whole
 * range of scales, not one.
 */
interface MovingBox {
  ax: number;
  ay: number;
  ox: number;
  oy: number;
  width: number;
  height: number;
}

type Interval = [number, number];

/** The scales s where lo < d·s + c < hi (an open interval, maybe empty). */
function between(d: number, c: number, lo: number, hi: number): Interval | null {
  if (d === 0) return lo < c && c < hi ? [-Infinity, Infinity] : null;
  const [s1, s2] = [(lo - c) / d, (hi - c) / d];
  return d > 0 ? [s1, s2] : [s2, s1];
}

/** Whether two moving boxes overlap at some scale in [min, max]. Exact: each axis is a linear inequality in the scale. */
export function overlapsAtSomeScale(a: MovingBox, b: MovingBox, { min, max }: { min: number; max: number }): boolean {
  // a.x(s) < b.x(s) + b.width and b.x(s) < a.x(s) + a.width  <=>  -a.width < (a.x - b.x)(s) < b.width
  const x = between(a.ax - b.ax, a.ox - b.ox, -a.width, b.width);
  const y = between(a.ay - b.ay, a.oy - b.oy, -a.height, b.height);
  if (!x || !y) return false;
  const lo = Math.max(x[0], y[0], min);
  const hi = Math.min(x[1], y[1], max);
  // Open intervals: overlapping inside the range, or touching the range's ends from inside.
  return lo < hi || (lo === hi && x[0] < lo && lo < x[1] && y[0] < lo && lo < y[1]);
}

/** Whether a moving box lies inside the area at every scale of the range (linear in the scale, so both ends suffice). */
function staysInside(b: MovingBox, area: Rect, marginPx: number, { min, max }: { min: number; max: number }): boolean {
  return [min, max].every((s) => {
    const [x, y] = [b.ax * s + b.ox, b.ay * s + b.oy];
    return (
      x >= area.x * s - marginPx &&
      y >= area.y * s - marginPx &&
      x + b.width <= (area.x + area.width) * s + marginPx &&
      y + b.height <= (area.y + area.height) * s + marginPx
    );
  });
}

/** The square around a marker's circle (a little more than the circle: never less). */
const markerBox = (c: LabelCandidate): MovingBox => ({ ax: c.x, ay: c.y, ox: -c.radiusPx, oy: -c.radiusPx, width: 2 * c.radiusPx, height: 2 * c.radiusPx });

interface Spot {
  /** Text anchor point and alignment, relative to the marker's centre. */
  dx: number;
  dy: number;
  anchor: LabelAnchor;
  /** The text's box, relative to the marker's centre (margin included). */
  rel: Rect;
  leader: Leader | null;
}

/**
 * The spots tried for a label, in order: right, left, above, below (MapLibre's variable anchors),
 * then, with leaders, the same four directions and the four diagonals further out.
 */
function spots(radiusPx: number, width: number, height: number, withLeaders: boolean): Spot[] {
  const rel = (x: number, y: number): Rect => ({ x: x - MARGIN_PX, y: y - MARGIN_PX, width: width + 2 * MARGIN_PX, height: height + 2 * MARGIN_PX });
  /** A label whose nearest point to the marker is `off` px from its centre, in direction (ux, uy). */
  const at = (ux: number, uy: number, off: number, leader: boolean): Spot => {
    const anchor: LabelAnchor = ux > 0.3 ? "start" : ux < -0.3 ? "end" : "middle";
    const near = { x: ux * off, y: uy * off };
    const left = anchor === "start" ? near.x : anchor === "end" ? near.x - width : near.x - width / 2;
    const top = Math.abs(uy) < 0.3 ? near.y - height / 2 : uy < 0 ? near.y - height : near.y;
    const dx = anchor === "start" ? left : anchor === "end" ? left + width : left + width / 2;
    const line = leader ? { x1: ux * (radiusPx + 1), y1: uy * (radiusPx + 1), x2: near.x - ux * 2, y2: near.y - uy * 2 } : null;
    return { dx, dy: top + height / 2, anchor, rel: rel(left, top), leader: line };
  };
  const beside = radiusPx + GAP_PX;
  const axes: [number, number][] = [
    [1, 0],
    [-1, 0],
    [0, -1],
    [0, 1],
  ];
  const d = Math.SQRT1_2;
  const diagonals: [number, number][] = [
    [d, -d],
    [d, d],
    [-d, -d],
    [-d, d],
  ];
  const near = axes.map(([ux, uy]) => at(ux, uy, beside, false));
  if (!withLeaders) return near;
  return [...near, ...LEADER_LENGTHS_PX.flatMap((extra) => [...axes, ...diagonals].map(([ux, uy]) => at(ux, uy, radiusPx + extra, true)))];
}

/** The moving boxes a spot takes: its text and, for a set-apart label, the box around its leader. */
function spotBoxes(c: LabelCandidate, s: Spot): MovingBox[] {
  const text = { ax: c.x, ay: c.y, ox: s.rel.x, oy: s.rel.y, width: s.rel.width, height: s.rel.height };
  if (!s.leader) return [text];
  const { x1, y1, x2, y2 } = s.leader;
  const leader = { ax: c.x, ay: c.y, ox: Math.min(x1, x2) - 1, oy: Math.min(y1, y2) - 1, width: Math.abs(x2 - x1) + 2, height: Math.abs(y2 - y1) + 2 };
  return [text, leader];
}

/**
 * Greedy label placement in the candidates' order (put the selected place and the largest markers
 * first): each label takes the first spot that stays inside the area and clear of the labels (and
 * leaders) already placed and of every other marker, at every scale of `scales`; spots beside the
 * markers go first, for all labels, then spots with leaders. A label with no
 * free spot is left out (the place list beside the map names every place), as MapLibre does with
 * text-allow-overlap off; the selected place is always labelled.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  { sizePx, area, marginPx = 0, scales = { min: 1, max: 1 }, withLeaders = false }: LabelOptions,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: MovingBox[] = [];
  const markers = candidates.map((c) => ({ id: c.id, box: markerBox(c) }));
  const heightPx = sizePx * 1.25;
  const place = (c: LabelCandidate, options: Spot[], isLastTry: boolean) => {
    const fits = (s: Spot) => staysInside(spotBoxes(c, s)[0]!, area, marginPx, scales);
    // Text stays clear of labels, leaders and markers; a leader (a hairline) may cross a marker, not a label.
    const isFree = (s: Spot) => {
      const [text, leader] = spotBoxes(c, s);
      const clearOfMarkers = (box: MovingBox) => !markers.some((m) => m.id !== c.id && overlapsAtSomeScale(box, m.box, scales));
      const clearOfLabels = (box: MovingBox) => !taken.some((t) => overlapsAtSomeScale(box, t, scales));
      return fits(s) && clearOfLabels(text!) && clearOfMarkers(text!) && (!leader || clearOfLabels(leader));
    };
    const spot = options.find(isFree) ?? (c.isSelected && isLastTry ? (options.find(fits) ?? options[0]) : undefined);
    if (!spot) return;
    taken.push(...spotBoxes(c, spot));
    const [x, y] = [c.x * scales.min, c.y * scales.min];
    placed.push({
      id: c.id,
      text: c.text,
      isSelected: c.isSelected,
      x: x + spot.dx,
      y: y + spot.dy,
      dx: spot.dx,
      dy: spot.dy,
      anchor: spot.anchor,
      box: { ...spot.rel, x: x + spot.rel.x, y: y + spot.rel.y },
      leader: spot.leader,
    });
  };
  const spotsOf = new Map(candidates.map((c) => [c.id, spots(c.radiusPx, estimateTextWidthPx(c.text, sizePx, c.isSelected), heightPx, withLeaders)]));
  // First every label beside its marker where it can be, then leaders for the rest: a leader never
  // takes the place a plain label further down the order would have had.
  for (const c of candidates)
    place(
      c,
      spotsOf.get(c.id)!.filter((s) => !s.leader),
      !withLeaders,
    );
  if (withLeaders) {
    for (const c of candidates) {
      if (!placed.some((p) => p.id === c.id))
        place(
          c,
          spotsOf.get(c.id)!.filter((s) => s.leader),
          true,
        );
    }
  }
  return placed;
}
