/** Width of the stretched layer of a chart picture, in its own units (its height is in px). */
export const VIEWBOX_WIDTH = 1000;

/** A length in px (or viewBox units) with at most 1 decimal: the picture's markup stays small. */
export const px = (value: number): number => Math.round(value * 10) / 10;

/** A fraction as an SVG percentage with at most 2 decimals: 0.125 -> "12.5%". */
export const pct = (fraction: number): string => `${Math.round(fraction * 10_000) / 100}%`;

/** Container widths (px) at which every other x label can be hidden by CSS (components/charts/chart-picture.css). */
export const THINNING_BREAKPOINTS_PX = [360, 420, 480, 560, 640] as const;

/** Rough width of a 12 px label: 7 px a character, plus room between labels. */
const labelWidthPx = (label: string) => label.length * 7 + 10;

/**
 * Below which container width every other x label is hidden so labels do not overlap: the width
 * where the labels, side by side, no longer fit the plot. null when they fit even on a 320 px phone.
 * thinningBreakpointPx(["2015", …10 years], 60) -> 480
 */
export function thinningBreakpointPx(labels: readonly string[], marginsPx: number): number | null {
  const needPx = labels.reduce((sum, l) => sum + labelWidthPx(l), 0) + marginsPx;
  if (needPx <= 320) return null;
  return THINNING_BREAKPOINTS_PX.find((b) => b >= needPx) ?? THINNING_BREAKPOINTS_PX.at(-1)!;
}

/**
 * A polyline as compact path data: the first point absolute, then moves relative to the previous
 * one, from rounded positions so no rounding error accumulates. With `asDots`, each point is a
 * zero-length segment instead (drawn as a dot by a round line cap): "M10 5h0m2.5 1h0".
 * Points are [x, y] in the path's units; null breaks the line (a gap in the data).
 */
export function compactPath(points: readonly ([number, number] | null)[], asDots = false): string {
  let out = "";
  let prev: [number, number] | null = null;
  let isDrawing = false;
  for (const p of points) {
    if (!p) {
      isDrawing = false;
      continue;
    }
    const [x, y] = [px(p[0]), px(p[1])];
    if (!prev) out += `M${x} ${y}`;
    else out += `${asDots || !isDrawing ? "m" : "l"}${px(x - prev[0])}${delta(y - prev[1])}`;
    if (asDots) out += "h0";
    prev = [x, y];
    isDrawing = true;
  }
  return out;
}

/** A signed relative coordinate: a leading space only where no minus sign separates the numbers. */
const delta = (value: number) => {
  const v = px(value);
  return v < 0 ? `${v}` : ` ${v}`;
};
