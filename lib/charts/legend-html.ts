import { escapeXml, xmlElement } from "../export/xml";
import type { LegendItem, LegendMark } from "../legend";
import { ink } from "../theme/ink";

const svg = (widthPx: number, heightPx: number, content: string) => `<svg width="${widthPx}" height="${heightPx}" aria-hidden="true">${content}</svg>`;

/** The sample of each mark beside a chart, as the plot draws it; a Record, so a new mark without a drawing fails tsc. */
const MARK_SVG: Record<LegendMark, (color: string) => string> = {
  line: (color) => svg(22, 10, xmlElement("line", { x1: "1", y1: "5", x2: "21", y2: "5", stroke: color, "stroke-width": "2.5" })),
  dashed: (color) => svg(22, 10, xmlElement("line", { x1: "1", y1: "5", x2: "21", y2: "5", stroke: color, "stroke-width": "2", "stroke-dasharray": "4 3" })),
  hollow: (color) => svg(22, 12, xmlElement("circle", { cx: "11", cy: "6", r: "4", fill: ink("dot"), stroke: color, "stroke-width": "2" })),
  bar: (color) => svg(14, 12, xmlElement("rect", { x: "1", y: "1", width: "12", height: "10", fill: color })),
  triangle: (color) => svg(14, 12, xmlElement("path", { d: "M2 2H12L7 10Z", fill: color })),
  square: (color) => svg(14, 12, xmlElement("path", { d: "M3 2h8v8H3Z", fill: color })),
  diamond: (color) => svg(14, 12, xmlElement("path", { d: "M7 1l5 5-5 5-5-5Z", fill: color })),
  disc: (color) => svg(14, 12, xmlElement("circle", { cx: "7", cy: "6", r: "4.5", fill: color })),
  hatched: (color) =>
    svg(
      14,
      12,
      xmlElement("rect", { x: "1", y: "1", width: "12", height: "10", fill: ink("dot"), stroke: color }) +
        xmlElement("path", { d: "M1 9 L9 1 M5 11 L13 3", stroke: color, "stroke-width": "2" }),
    ),
};

/**
 * The items of a chart's legend on the page as HTML list items: each mark's sample, then its label
 * (escaped). The exported image draws the same items with lib/export/legend-svg.ts, the map PNG on
 * its canvas. The empty comment keeps the label a text run apart from the space, as React's server
 * HTML had it, so the line breaks where it did. An item with an `href` is a link (mark and label), to the top window (the same on the page; out of an embed's frame).
 * Example: chartLegendHtml([{ label: "SESNSP", color: ink("counted"), mark: "line" }]).startsWith("<li><svg")
 */
export function chartLegendHtml(items: readonly LegendItem[]): string {
  return items
    .map((item) => {
      const body = `${MARK_SVG[item.mark](item.color)} <!-- -->${escapeXml(item.label)}`;
      return `<li>${item.href ? xmlElement("a", { href: item.href, target: "_top" }, body) : body}</li>`;
    })
    .join("");
}
