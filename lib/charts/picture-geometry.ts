/** Width of the stretched layer of a chart picture, in its own units (its height is in px). */
export const VIEWBOX_WIDTH = 1000;

/** A length in px (or viewBox units) with at most 1 decimal: the picture's markup stays small. */
export const px = (value: number): number => Math.round(value * 10) / 10;

/** A fraction as an SVG percentage with at most 2 decimals: 0.125 -> "12.5%". */
export const pct = (fraction: number): string => `${Math.round(fraction * 10_000) / 100}%`;

/** Container widths (px) at which every other x label can be hidden by CSS (app/globals.css). */
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
