/**
 * Text measurement without a DOM, for the export layout and the link-preview labels alike.
 * Approximate advance widths of Inter Regular, in em, by kind of character: capitals are wide,
 * "i", "l", spaces and punctuation narrow; bold runs about 9% wider. Characters are counted as
 * code points (an accented letter or an emoji is one). An estimate is enough: fitted lines and
 * label boxes keep a margin, and a renderer never clips on it.
 */
export function charWidthEm(char: string): number {
  if (/[mwMW@]/.test(char)) return 0.86;
  if (/[ijlI.,:;'|!() ]/.test(char)) return 0.3;
  if (/[A-Z]/.test(char)) return 0.7;
  if (/[0-9]/.test(char)) return 0.62;
  return 0.56;
}

/** How much wider bold is than regular. */
export const BOLD_FACTOR = 1.09;

/** Estimated width in px. Example: estimateTextWidthPx("abcd", 10) ≈ 22.4 */
export function estimateTextWidthPx(text: string, fontSizePx: number, isBold = false): number {
  let em = 0;
  for (const char of text) em += charWidthEm(char);
  return em * fontSizePx * (isBold ? BOLD_FACTOR : 1);
}
