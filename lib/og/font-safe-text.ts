/**
 * Code points the Inter "latin" subset (@fontsource/inter/files/inter-latin-*) covers, from its
 * unicode-range. Inclusive [first, last] pairs.
 */
const LATIN_SUBSET: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e],
  [0x00a0, 0x00ff],
  [0x0131, 0x0131],
  [0x0152, 0x0153],
  [0x02bb, 0x02bc],
  [0x02c6, 0x02c6],
  [0x02da, 0x02da],
  [0x02dc, 0x02dc],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2191, 0x2191],
  [0x2193, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
];

const isCovered = (char: string) => {
  const code = char.codePointAt(0)!;
  return LATIN_SUBSET.some(([a, b]) => code >= a && code <= b);
};

/**
 * Text the preview font can draw: a character outside the subset falls back to its base letter
 * ("ō" -> "o"), else to "?" ("ł", emoji); control characters become spaces. Why: next/og fetches
 * a fallback font from Google for any glyph its fonts lack, and the preview must make no
 * network request. "Ciudad de México – Toluca" passes unchanged.
 */
export function toFontSafeText(text: string): string {
  return [...text.normalize("NFC")]
    .map((char) => {
      if (isCovered(char)) return char;
      if (/\p{Cc}/u.test(char)) return " ";
      const base = char.normalize("NFD").replace(/\p{M}/gu, "");
      return base && [...base].every(isCovered) ? base : "?";
    })
    .join("");
}
