/**
 * The legend of an exported chart as SVG: one mark and one label per item, in the grid that
 * layoutChartExport chose (`itemsPerRow` columns, filled left to right, then down).
 */
import { LEGEND_MARKS, type LegendItem, type LegendMark } from "../legend";
import type { LegendBox } from "./layout";
import { truncateToWidth } from "./text-fit";
import { escapeXml, formatPx as n } from "./xml";

/** Mark geometry in em of the legend font: a 1.8 em wide swatch, then the label at 2.5 em. */
const MARK_WIDTH_EM = 1.8;
const LABEL_OFFSET_EM = 2.5;

interface MarkFrame {
  x: number;
  cy: number;
  em: number;
  color: string;
  /** Id of this item's hatch <pattern>. */
  patternId: string;
}

const strokeWidth = (em: number) => n(Math.max(2, 0.16 * em));

/** One drawing per mark; a Record, so adding a mark without a drawing fails tsc. */
const MARK_SVG: Record<LegendMark, (f: MarkFrame) => string> = {
  line: ({ x, cy, em, color }) =>
    `<line x1="${n(x)}" y1="${n(cy)}" x2="${n(x + MARK_WIDTH_EM * em)}" y2="${n(cy)}" stroke="${color}" stroke-width="${strokeWidth(em)}" stroke-linecap="round"/>`,
  dashed: ({ x, cy, em, color }) =>
    `<line x1="${n(x)}" y1="${n(cy)}" x2="${n(x + MARK_WIDTH_EM * em)}" y2="${n(cy)}" stroke="${color}" stroke-width="${strokeWidth(em)}" stroke-dasharray="${n(0.4 * em)} ${n(0.25 * em)}"/>`,
  hollow: ({ x, cy, em, color }) =>
    `<circle cx="${n(x + (MARK_WIDTH_EM * em) / 2)}" cy="${n(cy)}" r="${n(0.35 * em)}" fill="none" stroke="${color}" stroke-width="${strokeWidth(em)}"/>`,
  bar: ({ x, cy, em, color }) => `<rect x="${n(x)}" y="${n(cy - 0.4 * em)}" width="${n(MARK_WIDTH_EM * em)}" height="${n(0.8 * em)}" fill="${color}"/>`,
  triangle: ({ x, cy, em, color }) => {
    const mid = x + (MARK_WIDTH_EM * em) / 2;
    return `<path d="M${n(mid - 0.4 * em)} ${n(cy - 0.35 * em)}H${n(mid + 0.4 * em)}L${n(mid)} ${n(cy + 0.35 * em)}Z" fill="${color}"/>`;
  },
  square: ({ x, cy, em, color }) => {
    const mid = x + (MARK_WIDTH_EM * em) / 2;
    return `<rect x="${n(mid - 0.35 * em)}" y="${n(cy - 0.35 * em)}" width="${n(0.7 * em)}" height="${n(0.7 * em)}" fill="${color}"/>`;
  },
  diamond: ({ x, cy, em, color }) => {
    const mid = x + (MARK_WIDTH_EM * em) / 2;
    const r = 0.45 * em;
    return `<path d="M${n(mid)} ${n(cy - r)}L${n(mid + r)} ${n(cy)}L${n(mid)} ${n(cy + r)}L${n(mid - r)} ${n(cy)}Z" fill="${color}"/>`;
  },
  disc: ({ x, cy, em, color }) => `<circle cx="${n(x + (MARK_WIDTH_EM * em) / 2)}" cy="${n(cy)}" r="${n(0.38 * em)}" fill="${color}"/>`,
  hatched: ({ x, cy, em, color, patternId }) =>
    `<rect x="${n(x)}" y="${n(cy - 0.4 * em)}" width="${n(MARK_WIDTH_EM * em)}" height="${n(0.8 * em)}" fill="url(#${patternId})" stroke="${color}" stroke-width="1"/>`,
};

/** Diagonal stripes in the item's colour over a faint tint, like the map's hatch. */
function hatchPattern(id: string, color: string, em: number): string {
  const size = n(Math.max(4, 0.4 * em));
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${size}" height="${size}" patternTransform="rotate(45)"><rect width="${size}" height="${size}" fill="${color}" fill-opacity="0.15"/><line x1="0" y1="0" x2="0" y2="${size}" stroke="${color}" stroke-width="2"/></pattern>`;
}

/**
 * Legend markup: `defs` (hatch patterns) for the document's <defs>, `body` for the drawing.
 * Labels that would overflow their column end in "…". Throws on a mark it does not know.
 * Example: buildLegendSvg([{ label: "SESNSP", color: "#1b1f24", mark: "line" }], layout.legend, "export-legend")
 */
export function buildLegendSvg(items: readonly LegendItem[], box: LegendBox, idPrefix: string): { defs: string; body: string } {
  const em = box.fontSizePx;
  const defs: string[] = [];
  const body = items.map((item, i) => {
    const draw = MARK_SVG[item.mark] as ((f: MarkFrame) => string) | undefined;
    if (!draw) throw new Error(`unknown legend mark "${item.mark}" for "${item.label}"; expected one of ${LEGEND_MARKS.join(", ")}`);
    const x = box.x + (i % box.itemsPerRow) * box.columnWidthPx;
    const cy = box.y + Math.floor(i / box.itemsPerRow) * box.rowHeightPx + box.rowHeightPx / 2;
    const color = escapeXml(item.color);
    const patternId = `${idPrefix}-hatch-${i}`;
    if (item.mark === "hatched") defs.push(hatchPattern(patternId, color, em));
    const labelWidthPx = box.columnWidthPx - (LABEL_OFFSET_EM + 0.5) * em;
    const label = escapeXml(truncateToWidth(item.label, labelWidthPx, em));
    const text = `<text class="export-legend-label" x="${n(x + LABEL_OFFSET_EM * em)}" y="${n(cy + 0.36 * em)}" font-size="${n(em)}">${label}</text>`;
    return draw({ x, cy, em, color, patternId }) + text;
  });
  return { defs: defs.join(""), body: body.join("") };
}
