/**
 * WCAG 2.x contrast between two sRGB colours, for checking export themes.
 * Formula: https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio (relative luminance with the sRGB
 * transfer curve; ratio = (L1 + 0.05) / (L2 + 0.05), from 1:1 up to 21:1).
 */

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** "#0d1117" or "#fff" -> [r, g, b] in 0-255; throws on anything else, naming the value. */
function toRgb(hex: string): [number, number, number] {
  const match = HEX.exec(hex);
  if (!match?.[1]) throw new Error(`invalid colour "${hex}"; expected "#rgb" or "#rrggbb"`);
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join("") : match[1];
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance, 0 (black) to 1 (white). */
function relativeLuminance(hex: string): number {
  const [r, g, b] = toRgb(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Contrast ratio of two hex colours, symmetric, from 1 to 21. Body text needs >= 4.5 (WCAG AA).
 * Example: contrastRatio("#000000", "#ffffff") === 21
 */
export function contrastRatio(hexA: string, hexB: string): number {
  const [light, dark] = [relativeLuminance(hexA), relativeLuminance(hexB)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
