/** @jest-environment node */
import { getMessages } from "@/lib/i18n/messages";
import { buildPeoplePreview } from "@/lib/og/people-preview";
import { buildPeopleModel } from "@/lib/people/model";
import { DEFAULT_VIEW } from "@/lib/url/view-state";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const model = buildPeopleModel(loadDatasetSnapshot());
const preview = (lang: "en" | "es", person: string | null) => buildPeoplePreview(model, { ...DEFAULT_VIEW, lang, person }, getMessages(lang));

describe("the people page's link previews", () => {
  it("a person's card: name, transfer, the courts the page shows, where the case stands, and the review date", () => {
    const p = preview("en", "rafael-caro-quintero");
    expect(p.title).toBe("Rafael Caro Quintero");
    expect(p.nameMark).toBeNull();
    expect(p.lines).toEqual(["Transferred to the U.S. on Feb 27, 2025", "Court: E.D.N.Y.", "Status: Trial date set (unconfirmed)"]);
    expect(p.review).toBe("Checked against the sources Dec 5, 2026 · reporting up to Jul 2, 2026");
    expect(p.alt).toMatch(/^Rafael Caro Quintero: The case\. .*presumed innocent\.$/);
  });

  it("a name known only from low-authority copies of an official list is marked 'reported', with nothing those copies say", () => {
    const p = preview("en", "jose-carlos-guzman-bernal");
    expect(p.nameMark).toBe("reported");
    expect(p.lines).toEqual(["Transferred to the U.S. on Aug 12, 2025", "Court: not reported", "Status: No court reported"]);
  });

  it("in Spanish, with the page's own words", () => {
    const p = preview("es", "jose-carlos-guzman-bernal");
    expect(p.nameMark).toBe("reportado");
    expect(p.lines[2]).toBe("Situación: Sin tribunal reportado");
    expect(p.review).toMatch(/^Cotejado con las fuentes el 5 dic 2026/);
  });

  it("the page's card counts the named and the confirmed federal steps, computed from the data", () => {
    const p = preview("en", null);
    expect(p.title).toBe("What became of the people transferred");
    expect(p.lines).toEqual([
      "37 of the 92 people transferred are named in the sources consulted",
      `Federal courts, confirmed: ${model.counts.bySystem.federal.court_known.confirmed} with a known court, ${model.counts.bySystem.federal.arraigned.confirmed} arraigned, ${model.counts.bySystem.federal.pleaded_not_guilty.confirmed} pleaded not guilty`,
    ]);
    expect(model.counts.bySystem.federal.court_known.confirmed).toBe(18);
  });
});
