/**
 * Text measurement without a DOM: a string is assumed to be `characters x fontSizePx x factor`
 * wide. Inter's mean advance over English prose and URLs is about 0.5 em (digits are 0.55 to
 * 0.6 em, "i" and "l" about 0.25 em); 0.55 em errs wide so that lines fitted with it rarely
 * overflow. Bold (the title) is wider: 0.6 em. Characters are counted as code points.
 */

/** Approximate advance of one Inter Regular character, in em. */
export const CHAR_WIDTH_EM = 0.55;
/** Approximate advance of one Inter Bold character, in em. */
export const BOLD_CHAR_WIDTH_EM = 0.6;

const ELLIPSIS = "\u2026";

/** Estimated width in px. Example: estimateTextWidthPx("abcd", 10) === 22 */
export function estimateTextWidthPx(text: string, fontSizePx: number, charWidthEm: number = CHAR_WIDTH_EM): number {
  return [...text].length * fontSizePx * charWidthEm;
}

/** How many characters fit in `maxWidthPx` (at least 1). */
function charsPerLine(maxWidthPx: number, fontSizePx: number, charWidthEm: number): number {
  return Math.max(1, Math.floor(maxWidthPx / (fontSizePx * charWidthEm)));
}

/** Cuts `text` to `maxChars` code points, ending in "…" when anything was cut. */
function truncateChars(text: string, maxChars: number): string {
  const chars = [...text];
  if (chars.length <= maxChars) return text;
  return chars.slice(0, Math.max(0, maxChars - 1)).join("").trimEnd() + ELLIPSIS;
}

/** The text, or its start plus "…", so it fits. Example: truncateToWidth("abcdefgh", 22, 10) === "abc…" */
export function truncateToWidth(text: string, maxWidthPx: number, fontSizePx: number, charWidthEm: number = CHAR_WIDTH_EM): string {
  return truncateChars(text, charsPerLine(maxWidthPx, fontSizePx, charWidthEm));
}

/**
 * Greedy word wrap into at most `maxLines` lines; a word longer than a line (a URL) is broken
 * inside; what does not fit ends the last line with "…".
 * Example: wrapText("aa bb cc", 27.5, 10, 2) -> ["aa bb", "cc"]
 */
export function wrapText(text: string, maxWidthPx: number, fontSizePx: number, maxLines: number, charWidthEm: number = CHAR_WIDTH_EM): string[] {
  if (maxLines < 1) return [];
  const maxChars = charsPerLine(maxWidthPx, fontSizePx, charWidthEm);
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if ([...candidate].length <= maxChars) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = [...word];
    while (rest.length > maxChars) {
      lines.push(rest.slice(0, maxChars).join(""));
      rest = rest.slice(maxChars);
    }
    line = rest.join("");
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncateChars(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxChars);
  return kept;
}
