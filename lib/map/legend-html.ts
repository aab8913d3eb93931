import { escapeXml, xmlElement } from "../export/xml";
import { formatDate } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import { ink } from "../theme/ink";
import { SHARED_COLOR, STATE_ONLY_COLOR } from "../theme/palette";

const MUTED_INK = ink("muted");
const HALO_INK = ink("halo");
const NEUTRAL_INK = ink("neutral");
import type { MapEvent } from "./model";

/** The legend as markup: the group's accessible name and its inner HTML, every text escaped. */
export interface MapLegendMarkup {
  label: string;
  html: string;
}

type LegendText =
  "legendSolid" | "legendDashed" | "legendReported" | "legendNotReported" | "legendPartial" | "legendShared" | "legendDeparture" | "legendState";

const svg = (heightPx: number, content: string) => `<svg width="28" height="${heightPx}" aria-hidden="true">${content}</svg>`;
const line = (attributes: Record<string, string>) => xmlElement("line", { x1: "1", y1: "5", x2: "27", y2: "5", ...attributes });
const circle = (attributes: Record<string, string>) => xmlElement("circle", attributes);

/** Each mark's sample, drawn with the same encodings as the map (lib/map/style.ts), in legend order. */
const MARKS: [LegendText, string][] = [
  ["legendSolid", svg(10, line({ stroke: NEUTRAL_INK, "stroke-width": "2.2" }))],
  ["legendDashed", svg(10, line({ stroke: NEUTRAL_INK, "stroke-width": "2", "stroke-dasharray": "4 3" }))],
  ["legendReported", svg(18, circle({ cx: "7", cy: "9", r: "4", fill: MUTED_INK }) + circle({ cx: "20", cy: "9", r: "7.5", fill: MUTED_INK }))],
  ["legendNotReported", svg(18, circle({ cx: "14", cy: "9", r: "6", fill: HALO_INK, stroke: MUTED_INK, "stroke-width": "2.5" }))],
  ["legendPartial", svg(18, circle({ cx: "14", cy: "9", r: "7", fill: MUTED_INK, "fill-opacity": "0.55", stroke: MUTED_INK, "stroke-width": "1.5" }))],
  ["legendShared", svg(18, circle({ cx: "14", cy: "9", r: "7", fill: SHARED_COLOR }))],
  ["legendDeparture", svg(18, circle({ cx: "14", cy: "9", r: "5", fill: NEUTRAL_INK, stroke: HALO_INK, "stroke-width": "1.5" }))],
  [
    "legendState",
    svg(
      18,
      `<defs><pattern id="legend-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">${xmlElement("line", { x1: "0", y1: "0", x2: "0", y2: "4", stroke: STATE_ONLY_COLOR, "stroke-width": "2" })}</pattern></defs>` +
        xmlElement("rect", { x: "2", y: "2", width: "24", height: "14", fill: "url(#legend-hatch)", stroke: STATE_ONLY_COLOR, "stroke-dasharray": "3 2" }),
    ),
  ],
];

/**
 * Escaped text as separate runs, split by empty comments as React's server HTML splits adjacent
 * text: the browser shapes each run apart (no kerning across them), so joined runs would change
 * the first column's width by a fraction of a pixel and move the whole legend against the page's
 * earlier rendering.
 */
const textRuns = (...runs: string[]) => runs.map(escapeXml).join("<!-- -->");

/**
 * What each mark of the map means, as HTML: one swatch per transfer (its date and people), the
 * route, marker and hatch samples, the proxy note and the basemap's attribution. Pure: no React.
 * Example: `renderMapLegend(model.events, "en", getMessages("en")).html`
 */
export function renderMapLegend(events: readonly MapEvent[], locale: Locale, t: Messages): MapLegendMarkup {
  const eventItems = events.map((e) => {
    const swatch = xmlElement("span", { class: "swatch", style: `background:${e.color}`, "aria-hidden": "true" });
    return `<li>${swatch}${textRuns(" ", formatDate(locale, e.date, "short"), ": ", t.common.people(e.people))}</li>`;
  });
  const markItems = MARKS.map(([text, sample]) => `<li>${sample}${textRuns(" ", t.map[text])}</li>`);
  return {
    label: t.map.legendTitle,
    html: [
      xmlElement("ul", { class: "map-legend__events" }, eventItems.join("")),
      xmlElement("ul", { class: "map-legend__marks" }, [...markItems, `<li>${escapeXml(t.map.legendProxy)}</li>`].join("")),
      xmlElement("p", { class: "small muted" }, escapeXml(t.map.attribution)),
    ].join(""),
  };
}

/** The legend as the page shows it: a group named by the legend's title around renderMapLegend's markup. */
export function mapLegendHtml(events: readonly MapEvent[], locale: Locale, t: Messages): string {
  const { label, html } = renderMapLegend(events, locale, t);
  return xmlElement("div", { class: "map-legend", "aria-label": label, role: "group" }, html);
}
