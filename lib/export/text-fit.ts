/**
 * Fitting text into a width without a DOM: cut with "…" or wrap into lines, measured with the
 * one text-width estimate (lib/text-width.ts). Characters are code points.
 */
import { estimateTextWidthPx } from "../text-width";

export { estimateTextWidthPx };

const ELLIPSIS = "\u2026";

interface Font {
  fontSizePx: number;
  isBold: boolean;
}

const fits = (text: string, maxWidthPx: number, font: Font) => estimateTextWidthPx(text, font.fontSizePx, font.isBold) <= maxWidthPx;

/** The longest start of `chars` that fits (at least one character, so a line always moves on). */
function longestFittingStart(chars: readonly string[], maxWidthPx: number, font: Font, suffix = ""): number {
  let n = chars.length;
  while (n > 1 && !fits(chars.slice(0, n).join("").trimEnd() + suffix, maxWidthPx, font)) n--;
  return n;
}

function truncate(text: string, maxWidthPx: number, font: Font): string {
  if (fits(text, maxWidthPx, font)) return text;
  const chars = [...text];
  const n = longestFittingStart(chars, maxWidthPx, font, ELLIPSIS);
  return fits(chars.slice(0, n).join("").trimEnd() + ELLIPSIS, maxWidthPx, font) ? chars.slice(0, n).join("").trimEnd() + ELLIPSIS : ELLIPSIS;
}

/** The text, or its start plus "…", so it fits. Example: truncateToWidth("abcdefgh", 22.4, 10) === "abc…" */
export function truncateToWidth(text: string, maxWidthPx: number, fontSizePx: number, isBold = false): string {
  return truncate(text, maxWidthPx, { fontSizePx, isBold });
}

/**
 * Greedy word wrap into at most `maxLines` lines; a word wider than a line (a URL) is broken
 * inside; what does not fit ends the last line with "…".
 * Example: wrapText("aa bb cc", estimateTextWidthPx("aa bb", 10), 10, 2) -> ["aa bb", "cc"]
 */
export function wrapText(text: string, maxWidthPx: number, fontSizePx: number, maxLines: number, isBold = false): string[] {
  if (maxLines < 1) return [];
  const font = { fontSizePx, isBold };
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate, maxWidthPx, font)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = [...word];
    while (!fits(rest.join(""), maxWidthPx, font)) {
      const n = longestFittingStart(rest, maxWidthPx, font);
      lines.push(rest.slice(0, n).join(""));
      rest = rest.slice(n);
    }
    line = rest.join("");
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxWidthPx, font);
  return kept;
}
