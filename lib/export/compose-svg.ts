/**
 * A complete, standalone SVG of an exported chart: background, title, subtitle, legend, the
 * recharts plot moved into its box, and a footer with the source, the "data as of" date and the
 * deep link. Fonts come in as data: URIs (fontCss), so the file loads nothing: it can be drawn
 * onto a canvas through an <img> for PNG, or saved as .svg.
 */
import { findExternalReferences } from "./external-references";
import { buildFooterLines } from "./footer-lines";
import { layoutChartExport, textBaselineYPx, type ChartExportLayout, type TextBox } from "./layout";
import type { LegendItem } from "../legend";
import { buildLegendSvg } from "./legend-svg";
import { embedPlotSvg } from "./plot-svg";
import type { ExportTheme } from "./presets";
import { estimateTextWidthPx, truncateToWidth } from "./text-fit";
import { escapeXml, formatPx as n } from "./xml";

export { findExternalReferences } from "./external-references";

/** Font stack of every text in the image; the first face is expected in fontCss. */
export const EXPORT_FONT_FAMILY = `Inter, "Helvetica Neue", Arial, sans-serif`;
/** Prefix of the ids this module writes (hatch patterns), apart from recharts' own ids. */
const ID_PREFIX = "chart-export";

/**
 * What the image says about itself. `subtitle` carries the units ("" for none); `asOf` is shown
 * as given ("2026-11-30"); `link` is the deep link of the view, written out as text.
 * Example: { title: "Fentanyl seizures", subtitle: "Pounds per month", legend: [], sourceLine: "Source: CBP", asOf: "2026-11-30", link: "https://example.org/?chart=fentanyl" }
 */
export interface ChartExportMeta {
  title: string;
  subtitle: string;
  legend: readonly LegendItem[];
  sourceLine: string;
  asOf: string;
  link: string;
  /** Words before the date; default "Data as of" (pass the translation for other locales). */
  asOfLabel?: string;
}

/** Example: { plotSvg, width: 1200, height: 630, meta, theme: EXPORT_THEMES.light, fontCss } */
export interface ComposeChartSvgInput {
  /** Markup of the recharts <svg>, rendered at the plot box size of buildChartExportLayout. */
  plotSvg: string;
  width: number;
  height: number;
  meta: ChartExportMeta;
  theme: ExportTheme;
  /** @font-face rules with data: URIs (fontFaceCss), Inter 400 and 700; "" falls back to system fonts. */
  fontCss: string;
}

/**
 * The layout composeChartSvg will use; render the recharts plot at its `plot` size.
 * Example: buildChartExportLayout({ width: 1200, height: 630, meta }).plot
 */
export function buildChartExportLayout({ width, height, meta }: Pick<ComposeChartSvgInput, "width" | "height" | "meta">): ChartExportLayout {
  const legendMaxChars = Math.max(0, ...meta.legend.map((item) => [...item.label].length));
  return layoutChartExport({ width, height, legendItemCount: meta.legend.length, hasSubtitle: meta.subtitle.trim() !== "", legendMaxChars });
}

function checkMeta(meta: ChartExportMeta): void {
  for (const field of ["title", "sourceLine", "asOf", "link"] as const) {
    if (meta[field].trim() === "") throw new Error(`chart export meta.${field} is empty; an exported image must carry its ${field}`);
  }
}

function styleSheet(theme: ExportTheme, fontCss: string): string {
  const css = `${fontCss}
text, .recharts-text { fill: ${theme.muted}; font-family: ${EXPORT_FONT_FAMILY}; }
.export-title { fill: ${theme.text}; font-weight: 700; }
.export-legend-label { fill: ${theme.text}; }
.export-subtitle, .export-footer { fill: ${theme.muted}; }
.export-plot .recharts-cartesian-grid line, .export-plot .recharts-polar-grid line { stroke: ${theme.grid}; }
.export-plot .recharts-cartesian-axis-line, .export-plot .recharts-cartesian-axis-tick-line { stroke: ${theme.axis}; }`;
  if (css.includes("]]>")) throw new Error('fontCss contains "]]>", which would end the <style> CDATA section');
  return `<style><![CDATA[${css}]]></style>`;
}

/** One line of text: shrunk (to 80 %) before it is cut with "…", so long titles stay whole where possible. */
function textLine(text: string, box: TextBox, className: string, isBold: boolean): string {
  const naturalPx = estimateTextWidthPx(text, box.fontSizePx, isBold);
  const fontSizePx = naturalPx > box.width ? Math.max(0.8 * box.fontSizePx, (box.fontSizePx * box.width) / naturalPx) : box.fontSizePx;
  const fitted = truncateToWidth(text, box.width, fontSizePx, isBold);
  return `<text class="${className}" x="${n(box.x)}" y="${n(textBaselineYPx({ ...box, fontSizePx }))}" font-size="${n(fontSizePx)}">${escapeXml(fitted)}</text>`;
}

function footerSvg(meta: ChartExportMeta, layout: ChartExportLayout): string {
  const { footer } = layout;
  const lines = buildFooterLines({ sourceLine: meta.sourceLine, asOf: meta.asOf, asOfLabel: meta.asOfLabel ?? "Data as of", link: meta.link }, footer);
  const firstRow = footer.lineCount - lines.length; // bottom-aligned
  return lines
    .map((line, i) => {
      const y = textBaselineYPx({ y: footer.y + (firstRow + i) * footer.lineHeightPx, heightPx: footer.lineHeightPx, fontSizePx: footer.fontSizePx });
      const squeeze = line.isSqueezed ? ` textLength="${n(footer.width)}" lengthAdjust="spacingAndGlyphs"` : "";
      return `<text class="export-footer" x="${n(footer.x)}" y="${n(y)}" font-size="${n(footer.fontSizePx)}"${squeeze}>${escapeXml(line.text)}</text>`;
    })
    .join("");
}

/**
 * The export as one SVG document string. Throws when meta lacks a title, source, date or link,
 * when the size is too small (layoutChartExport), or when the result would load anything from
 * outside (findExternalReferences is not empty).
 * Example: composeChartSvg({ plotSvg, width: 1200, height: 630, meta, theme: EXPORT_THEMES.dark, fontCss: "" })
 */
export function composeChartSvg({ plotSvg, width, height, meta, theme, fontCss }: ComposeChartSvgInput): string {
  checkMeta(meta);
  const layout = buildChartExportLayout({ width, height, meta });
  const legend = buildLegendSvg(meta.legend, layout.legend, ID_PREFIX);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" role="img">`,
    `<title>${escapeXml(meta.title)}</title>`,
    styleSheet(theme, fontCss),
    `<defs>${legend.defs}</defs>`,
    theme.background === null ? "" : `<rect class="export-background" width="${n(width)}" height="${n(height)}" fill="${escapeXml(theme.background)}"/>`,
    textLine(meta.title, layout.title, "export-title", true),
    layout.subtitle ? textLine(meta.subtitle, layout.subtitle, "export-subtitle", false) : "",
    `<g class="export-legend">${legend.body}</g>`,
    embedPlotSvg(plotSvg, layout.plot, "export-plot"),
    `<g class="export-footer-lines">${footerSvg(meta, layout)}</g>`,
    `</svg>`,
  ].join("");
  const external = findExternalReferences(svg);
  if (external.length > 0) throw new Error(`chart export would load external resources (${external.join(", ")}); expected only "#id" and data: URIs`);
  return svg;
}
