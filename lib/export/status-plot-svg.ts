import { estimateTextWidthPx, truncateToWidth } from "./text-fit";
import { escapeXml, formatPx as n } from "./xml";

/** One bar of the status picture: a stage's label and how many people of each transfer stand there. */
export interface StatusBar {
  label: string;
  perEvent: readonly number[];
}

export interface StatusPlotInput {
  width: number;
  height: number;
  bars: readonly StatusBar[];
  /** One colour per transfer, in the order of `perEvent`. */
  colors: readonly string[];
  fontSizePx: number;
  /** How a count is written ("12"; "1,234" in English). */
  formatCount: (n: number) => string;
}

/**
 * The status picture as SVG markup for an exported image (lib/export/compose-svg.ts places it in
 * the plot box): one row per stage, its label on the left, a bar stacked in the transfers' colours
 * whose length is proportional to the people at that stage (the longest bar fills the width), and
 * the total after it. The same picture the people page draws in HTML.
 *
 *   statusPlotSvg({ width: 800, height: 400, bars: [{ label: "Arraigned", perEvent: [1, 2, 0] }], colors, fontSizePx: 14, formatCount: String })
 */
export function statusPlotSvg({ width, height, bars, colors, fontSizePx, formatCount }: StatusPlotInput): string {
  const rowHeight = height / Math.max(1, bars.length);
  const labelWidth = Math.min(width * 0.4, Math.max(...bars.map((b) => estimateTextWidthPx(b.label, fontSizePx, false)), 0) + fontSizePx);
  const valueRoom = fontSizePx * 3;
  const barRoom = Math.max(1, width - labelWidth - valueRoom);
  const max = Math.max(1, ...bars.map((b) => b.perEvent.reduce((a, c) => a + c, 0)));
  const barHeight = Math.max(2, rowHeight * 0.62);
  const rows = bars.map((bar, row) => {
    const y = row * rowHeight;
    const middle = y + rowHeight / 2;
    let x = labelWidth;
    const segments = bar.perEvent.map((count, i) => {
      const w = (barRoom * count) / max;
      const rect =
        count > 0
          ? `<rect x="${n(x)}" y="${n(middle - barHeight / 2)}" width="${n(w)}" height="${n(barHeight)}" fill="${escapeXml(colors[i] ?? "#777")}"/>`
          : "";
      x += w;
      return rect;
    });
    const total = bar.perEvent.reduce((a, c) => a + c, 0);
    const label = truncateToWidth(bar.label, labelWidth - fontSizePx / 2, fontSizePx, false);
    return [
      `<text x="0" y="${n(middle)}" dominant-baseline="central" font-size="${n(fontSizePx)}">${escapeXml(label)}</text>`,
      ...segments,
      `<text x="${n(x + fontSizePx / 3)}" y="${n(middle)}" dominant-baseline="central" font-size="${n(fontSizePx)}">${escapeXml(formatCount(total))}</text>`,
    ].join("");
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="status-plot" viewBox="0 0 ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}">${rows.join("")}</svg>`;
}
