/** @jest-environment jsdom */
import { getMessages, type Messages } from "@/lib/i18n/messages";
import { renderMapLegend } from "@/lib/map/legend-html";
import { buildMapModel } from "@/lib/map/model";
import { ink } from "@/lib/theme/ink";
import { EVENT_PALETTE, SHARED_COLOR, STATE_ONLY_COLOR } from "@/lib/theme/palette";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const model = buildMapModel(loadDatasetSnapshot());
const en = getMessages("en");

function parse(html: string): HTMLElement {
  const host = document.createElement("div");
  host.innerHTML = html;
  return host;
}

describe(renderMapLegend, () => {
  it("renderMapLegend lists each transfer with its colour, date and people, then the marks, the proxy note and the attribution", () => {
    const { label, html } = renderMapLegend(model.events, "en", en);
    expect(label).toBe(en.map.legendTitle);
    const legend = parse(html);
    const events = [...legend.querySelectorAll("ul.map-legend__events > li")];
    expect(events).toHaveLength(model.events.length);
    expect(events[0]!.querySelector(".swatch")!.getAttribute("style")).toBe(`background:${model.events[0]!.color}`);
    expect(events[0]!.textContent).toBe(` Feb 27, 2025: ${en.common.people(model.events[0]!.people)}`);
    const marks = [...legend.querySelectorAll("ul.map-legend__marks > li")];
    expect(marks.map((li) => li.textContent!.trim())).toEqual([
      en.map.legendSolid,
      en.map.legendDashed,
      en.map.legendReported,
      en.map.legendNotReported,
      en.map.legendPartial,
      en.map.legendShared,
      en.map.legendDeparture,
      en.map.legendState,
      en.map.legendProxy,
    ]);
    expect(marks.slice(0, 8).every((li) => li.querySelector('svg[aria-hidden="true"]'))).toBe(true);
    expect(legend.querySelector("p.small.muted")!.textContent).toBe(en.map.attribution);
  });

  it("renderMapLegend draws only the palette's colours", () => {
    const allowed = new Set([...EVENT_PALETTE, SHARED_COLOR, STATE_ONLY_COLOR, ink("neutral"), ink("muted"), ink("halo")].map((c) => c.toLowerCase()));
    const colours = renderMapLegend(model.events, "es", getMessages("es")).html.match(/#[0-9a-f]{3,8}\b|var\(--ink-[a-z-]+\)/gi) ?? [];
    expect(colours.length).toBeGreaterThan(10);
    expect(colours.filter((c) => !allowed.has(c.toLowerCase()))).toEqual([]);
  });

  it("renderMapLegend escapes hostile messages", () => {
    const hostile = `<script>"&`;
    const t: Messages = { ...en, map: { ...en.map, legendSolid: hostile, attribution: hostile } };
    const { html } = renderMapLegend(model.events, "en", t);
    expect(html).not.toContain("<script");
    const legend = parse(html);
    expect(legend.querySelectorAll("script")).toHaveLength(0);
    expect(legend.querySelector("ul.map-legend__marks > li")!.textContent).toBe(` ${hostile}`);
    expect(legend.querySelector("p")!.textContent).toBe(hostile);
  });
});
