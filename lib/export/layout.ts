/**
 * Where each part of an exported chart image goes, in CSS px from the top left. Top to bottom:
 * title, subtitle (optional), legend rows, plot, footer (source, "data as of", link). The lead's
 * browser code renders the recharts plot at exactly `plot.width` x `plot.height`.
 *
 * Type and margins scale with s = min(width / 1200, height / 630) (the social card is 1), capped
 * at 3, with floors so that a 320 px wide screen export stays legible; the smaller ratio is used
 * so that a short, wide view does not get slide-size type.
 */
import { EXPORT_SIZES } from "./presets";

/** One line of text. `y` is the top of its line box (not the baseline; see textBaselineYPx). */
export interface TextBox {
  x: number;
  y: number;
  width: number;
  fontSizePx: number;
  heightPx: number;
}

/** A grid of legend items, `itemsPerRow` columns of `columnWidthPx`, filled left to right. */
export interface LegendBox {
  x: number;
  y: number;
  width: number;
  fontSizePx: number;
  rowHeightPx: number;
  itemsPerRow: number;
  columnWidthPx: number;
  rowCount: number;
  heightPx: number;
}

/** `lineCount` lines; callers bottom-align fewer lines so the last one sits at the bottom margin. */
export interface FooterBox {
  x: number;
  y: number;
  width: number;
  fontSizePx: number;
  lineHeightPx: number;
  lineCount: number;
  heightPx: number;
}

export interface PlotBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Example: layoutChartExport({ width: 1200, height: 630, legendItemCount: 2, hasSubtitle: true }).plot */
export interface ChartExportLayout {
  width: number;
  height: number;
  title: TextBox;
  /** null when there is no subtitle. */
  subtitle: TextBox | null;
  legend: LegendBox;
  plot: PlotBox;
  footer: FooterBox;
  /** Font size to give recharts' tick labels when rendering the plot offscreen (scales like the rest). */
  tickFontSizePx: number;
}

/** Example: { width: 1920, height: 1080, legendItemCount: 3, hasSubtitle: true } */
export interface ChartExportLayoutInput {
  width: number;
  height: number;
  legendItemCount: number;
  hasSubtitle: boolean;
  /** Characters in the longest legend label; columns widen to fit it (default: 19, LEGEND_COLUMN_EM). */
  legendMaxChars?: number;
}

/** Sizes in px at s = 1 (the social card), and the floors they never go below. */
const BASE_PX = { margin: 24, gap: 12, title: 26, subtitle: 17, legend: 15, footer: 13, tick: 12 } as const;
const MIN_PX = { margin: 10, gap: 6, title: 16, subtitle: 12, legend: 11, footer: 10, tick: 10 } as const;
const MAX_SCALE = 3;
/** Line boxes as multiples of the font size. */
const LINE_EM = { title: 1.25, subtitle: 1.3, legend: 1.6, footer: 1.35 } as const;
/** A legend column holds the mark (2.5 em with its gap) and about 19 characters of label. */
const LEGEND_COLUMN_EM = 13;
/** Footer: up to two lines of source, then "Data as of ... · link" (see compose-svg). */
export const FOOTER_LINE_COUNT = 3;
/** Below this the plot is unreadable, so layoutChartExport throws instead. */
export const MIN_PLOT_SIZE_PX = { width: 120, height: 48 } as const;

function checkInput({ width, height, legendItemCount }: ChartExportLayoutInput): void {
  if (!Number.isFinite(width) || !Number.isFinite(height) || width <= 0 || height <= 0) {
    throw new RangeError(`export size ${width}x${height} is invalid; expected positive finite CSS px`);
  }
  if (!Number.isInteger(legendItemCount) || legendItemCount < 0) {
    throw new RangeError(`legendItemCount ${legendItemCount} is invalid; expected a non-negative integer`);
  }
}

/** Baseline of a one-line text box, centring Inter's cap height (about 0.73 em) in the line box. Example: textBaselineYPx(layout.title) */
export function textBaselineYPx(box: Pick<TextBox, "y" | "heightPx" | "fontSizePx">): number {
  return box.y + box.heightPx / 2 + 0.36 * box.fontSizePx;
}

/**
 * Lays out an export of `width` x `height` CSS px. Throws a RangeError naming the size when the
 * plot would be smaller than MIN_PLOT_SIZE_PX.
 * Example: layoutChartExport({ width: 1200, height: 630, legendItemCount: 2, hasSubtitle: true }).plot.width === 1152
 */
export function layoutChartExport(input: ChartExportLayoutInput): ChartExportLayout {
  checkInput(input);
  const { width, height, legendItemCount, hasSubtitle } = input;
  const scale = Math.min(width / EXPORT_SIZES.social.width, height / EXPORT_SIZES.social.height, MAX_SCALE);
  const px = (key: keyof typeof BASE_PX) => Math.max(MIN_PX[key], Math.round(BASE_PX[key] * scale));
  const margin = px("margin");
  const gap = px("gap");
  const innerWidth = width - 2 * margin;
  const textBox = (y: number, fontSizePx: number, lineEm: number): TextBox => ({
    x: margin,
    y,
    width: innerWidth,
    fontSizePx,
    heightPx: Math.round(fontSizePx * lineEm),
  });

  const title = textBox(margin, px("title"), LINE_EM.title);
  const subtitle = hasSubtitle ? textBox(title.y + title.heightPx, px("subtitle"), LINE_EM.subtitle) : null;
  const headerBottom = subtitle ? subtitle.y + subtitle.heightPx : title.y + title.heightPx;

  const legendFontPx = px("legend");
  // A column holds the mark (2.5 em) and the longest label at 0.55 em a character.
  const columnEm = input.legendMaxChars === undefined ? LEGEND_COLUMN_EM : Math.max(LEGEND_COLUMN_EM, 2.5 + input.legendMaxChars * 0.55 + 1);
  const itemsPerRow = Math.max(1, Math.min(Math.max(1, input.legendItemCount), Math.floor(innerWidth / (legendFontPx * columnEm))));
  const rowCount = Math.ceil(legendItemCount / itemsPerRow);
  const rowHeightPx = Math.round(legendFontPx * LINE_EM.legend);
  const legend: LegendBox = {
    x: margin,
    y: headerBottom + gap,
    width: innerWidth,
    fontSizePx: legendFontPx,
    rowHeightPx,
    itemsPerRow,
    columnWidthPx: innerWidth / itemsPerRow,
    rowCount,
    heightPx: rowCount * rowHeightPx,
  };

  const footerFontPx = px("footer");
  const lineHeightPx = Math.round(footerFontPx * LINE_EM.footer);
  const footerHeight = FOOTER_LINE_COUNT * lineHeightPx;
  const footer: FooterBox = {
    x: margin,
    y: height - margin - footerHeight,
    width: innerWidth,
    fontSizePx: footerFontPx,
    lineHeightPx,
    lineCount: FOOTER_LINE_COUNT,
    heightPx: footerHeight,
  };

  const plotTop = legend.heightPx > 0 ? legend.y + legend.heightPx + gap : headerBottom + gap;
  const plot: PlotBox = { x: margin, y: plotTop, width: innerWidth, height: footer.y - gap - plotTop };
  if (plot.width < MIN_PLOT_SIZE_PX.width || plot.height < MIN_PLOT_SIZE_PX.height) {
    throw new RangeError(
      `export size ${width}x${height} is too small for a ${legendItemCount}-item legend: the plot would be ${plot.width}x${plot.height} px; expected at least ${MIN_PLOT_SIZE_PX.width}x${MIN_PLOT_SIZE_PX.height}`,
    );
  }
  return { width, height, title, subtitle, legend, plot, footer, tickFontSizePx: px("tick") };
}
