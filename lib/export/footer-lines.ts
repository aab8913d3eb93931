/**
 * The footer text of an export, fitted to FOOTER_LINE_COUNT lines (see layout.ts):
 *   source line, word-wrapped on the lines left over (ending in "…" if it still does not fit),
 *   "Data as of 2026-11-30 · https://..." on the last line, or, when that is too long,
 *   "Data as of 2026-11-30" and the link on a line of its own.
 * The link is never cut: a link that is wider than a line is squeezed with SVG textLength.
 */
import type { FooterBox } from "./layout";
import { estimateTextWidthPx, wrapText } from "./text-fit";

/** Example: { text: "Data as of 2026-11-30", isSqueezed: false } */
export interface FooterLine {
  text: string;
  /** Wider than the footer by the width estimate: draw with textLength = footer width. */
  isSqueezed: boolean;
}

/** Example: { sourceLine: "Source: SESNSP", asOf: "2026-11-30", asOfLabel: "Data as of", link: "https://example.org/?chart=fentanyl" } */
export interface FooterText {
  sourceLine: string;
  asOf: string;
  asOfLabel: string;
  link: string;
}

/**
 * Footer lines, top to bottom, at most box.lineCount of them.
 * Example: buildFooterLines({ sourceLine: "Source: CBP", asOf: "2026-11-30", asOfLabel: "Data as of", link: "https://x.org/" }, layout.footer)
 */
export function buildFooterLines({ sourceLine, asOf, asOfLabel, link }: FooterText, box: FooterBox): FooterLine[] {
  const fits = (text: string) => estimateTextWidthPx(text, box.fontSizePx) <= box.width;
  const asOfText = `${asOfLabel} ${asOf}`;
  const combined = `${asOfText} \u00b7 ${link}`;
  const tail: FooterLine[] = fits(combined)
    ? [{ text: combined, isSqueezed: false }]
    : [
        { text: asOfText, isSqueezed: !fits(asOfText) },
        { text: link, isSqueezed: !fits(link) },
      ];
  const source = wrapText(sourceLine, box.width, box.fontSizePx, Math.max(1, box.lineCount - tail.length));
  return [...source.map((text) => ({ text, isSqueezed: false })), ...tail];
}
