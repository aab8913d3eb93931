/** How a chart series looks, so its legend mark matches the plot. Example: LEGEND_MARKS.includes("dashed") */
export const LEGEND_MARKS = ["line", "dashed", "hollow", "bar", "hatched", "triangle", "square", "diamond", "disc"] as const;
/** Example: const mark: LegendMark = "hatched" */
export type LegendMark = (typeof LEGEND_MARKS)[number];
/** The map legend's marks: routes (solid, dashed where disputed), places (hollow), departures (dot). */
export type MapLegendMark = "line" | "dashed" | "hollow" | "dot";

/**
 * One legend entry, on the page, in an exported chart or on an exported map.
 * Example: { label: "Transfers (people)", color: "#0072B2", mark: "bar" }
 */
export interface LegendItem<Mark extends string = LegendMark> {
  label: string;
  /** Any CSS or SVG paint, usually "#rrggbb". */
  color: string;
  mark: Mark;
  /** Where the entry leads (a chart's marks: the timeline's entry or kind); the page's legend only. */
  href?: string;
}
