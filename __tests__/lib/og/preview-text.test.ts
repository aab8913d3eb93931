/** @jest-environment node */
import type { Dataset } from "@/lib/data/dataset";
import { LOCALES } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { buildAttribution, buildPreviewText } from "@/lib/og/preview-text";
import { PREVIEW_MESSAGES } from "@/lib/i18n/preview-messages";
import { DEFAULT_VIEW, type ViewState } from "@/lib/url/view-state";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const makeView = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...over });
const textFor = (over: Partial<ViewState>, data: Dataset = loadDatasetSnapshot()) => buildPreviewText(data, makeView(over), "en");

/** The real data with one transfer's head count changed: the text must follow the data. */
function withPeople(eventId: string, people: number): Dataset {
  const data = structuredClone(loadDatasetSnapshot());
  data.events.find((e) => e.id === eventId)!.people_count.value = people;
  return data;
}

describe(buildPreviewText, () => {
  it("buildPreviewText titles the default view with the total over all transfers", () => {
    const data = loadDatasetSnapshot();
    const total = data.events.reduce((sum, e) => sum + e.people_count.value, 0);
    expect(textFor({}, data).title).toBe(`${total} people sent to the United States in ${data.events.length} mass transfers`);
    expect(textFor({}, data).title).toBe("92 people sent to the United States in 3 mass transfers");
  });

  it("buildPreviewText counts from the data, so a changed head count changes the title", () => {
    expect(textFor({}, withPeople("ev2026-01", 40)).title).toBe("95 people sent to the United States in 3 mass transfers");
    expect(textFor({ event: "ev2026-01" }, withPeople("ev2026-01", 40)).title).toBe("Jan 20, 2026: 40 people flown from Mexico to 6 U.S. destinations");
  });

  it("buildPreviewText lists each transfer's people and date in the default subtitle and description", () => {
    const text = textFor({});
    expect(text.subtitle.replaceAll("\u00a0", " ")).toBe("29 on Feb 27, 2025 · 26 on Aug 12, 2025 · 37 on Jan 20, 2026");
    expect(text.description).toContain("29 on Feb 27, 2025, 26 on Aug 12, 2025, and 37 on Jan 20, 2026");
  });

  it("buildPreviewText titles an event view with its date, people and number of destinations", () => {
    const text = textFor({ event: "ev2026-01" });
    expect(text.title).toBe("Jan 20, 2026: 37 people flown from Mexico to 6 U.S. destinations");
    expect(text.subtitle).toBe("Transfer 3 of 3 · departure: TLC or AIFA (NLU) · people per destination not reported");
    expect(text.description).toContain("Houston, Texas");
  });

  it("buildPreviewText says whether an event's per-destination counts are reported", () => {
    expect(textFor({ event: "ev2025-08" }).subtitle).toBe("Transfer 2 of 3 · departure: AIFA (NLU) · people per destination reported");
    expect(textFor({ event: "ev2025-08" }).title).toBe("Aug 12, 2025: 26 people flown from Mexico to 5 U.S. destinations");
  });

  it("buildPreviewText names a place and says its count is not reported where no source gives one", () => {
    const text = textFor({ event: "ev2026-01", place: "us_houston" });
    expect(text.title).toBe("Houston, Texas: number of people not reported");
    expect(text.subtitle).toBe("Transfer of Jan 20, 2026 · city reported; point placed at its main airport · reported by some sources, not others");
  });

  it("buildPreviewText sums a place's reported counts over the chosen transfers", () => {
    expect(textFor({ place: "us_phx" }).title).toBe("Phoenix, Arizona: 12 people");
    expect(textFor({ place: "us_phx" }).subtitle).toMatch(/^Transfers of Feb 27, 2025 and Aug 12, 2025/);
    expect(textFor({ event: "ev2025-08", place: "us_phx" }).title).toBe("Phoenix, Arizona: 6 people");
  });

  it("buildPreviewText marks a place whose count is reported for only some transfers", () => {
    // Houston: 4 people in Feb 2025, not reported in Jan 2026.
    expect(textFor({ place: "us_houston" }).title).toBe("Houston, Texas: 4+ people (partly reported)");
  });

  it("buildPreviewText gives the lower bound some source reports when the count itself is not reported", () => {
    expect(textFor({ event: "ev2026-01", place: "us_sat" }).title).toBe("San Antonio, Texas: at least 5 people (total not reported)");
  });

  it("buildPreviewText describes a departure airport by the transfers that left from it", () => {
    expect(textFor({ place: "mx_tlc" }).title).toMatch(/^Toluca International Airport.*: departure of 2 transfers$/);
  });

  it("buildPreviewText names the linked chart, its scope and its range", () => {
    const t = getMessages("en");
    const text = textFor({ chart: "fentanyl", scope: "nationwide", range: { from: "2024-01", to: "2026-02" } });
    expect(text.title).toBe(t.charts.fentanyl.title);
    expect(text.subtitle).toBe("Pounds per month, nationwide · Jan 2024 – Feb 2026");
    expect(text.description).toMatch(/^Monthly pounds of fentanyl seized by CBP, nationwide, from October 2018 to [A-Z][a-z]+ \d{4}\. /);
  });

  it("buildPreviewText ends a chart's description with the latest claim about its series, dated and worded by what checking it found", () => {
    expect(textFor({ chart: "homicides" }).description).toMatch(
      /Latest official claim: [−-]44% on Mar 10, 2026, by Mexico's government \([^)]+\); on the claimant's own figures [−-]43\.8%, not an independent check\.$/,
    );
    // Trump's 56% "flow" of 24 Feb 2026 is the newest about fentanyl: a measure no series holds.
    expect(textFor({ chart: "fentanyl" }).description).toMatch(
      /Latest official claim: [−-]56% on Feb 24, 2026, by Donald Trump, President of the United States; it measures something no series here holds, so it cannot be checked\.$/,
    );
    expect(buildPreviewText(loadDatasetSnapshot(), makeView({ chart: "fentanyl" }), "es").description).toMatch(
      /Afirmación oficial más reciente: [−-]56\s?% el 24 feb 2026, por Donald Trump, presidente de Estados Unidos;/,
    );
    expect(textFor({ chart: "transfers" }).description).not.toMatch(/claim/);
  });

  it("buildPreviewText gives each kind of view its own title", () => {
    const views: Partial<ViewState>[] = [
      {},
      { event: "ev2026-01" },
      { event: "ev2026-01", place: "us_houston" },
      { chart: "homicides" },
      { chart: "transfers" },
    ];
    const titles = views.map((v) => textFor(v).title);
    expect(new Set(titles).size).toBe(views.length);
  });

  it("buildPreviewText describes the image: the title, then what the map draws, counted from the arcs", () => {
    const alt = textFor({ event: "ev2025-08" }).alt;
    expect(alt).toBe(
      "Aug 12, 2025: 26 people flown from Mexico to 5 U.S. destinations. Map of the routes of the transfer of Aug 12, 2025: 5 routes from 1 departure airport in Mexico to 5 U.S. destinations.",
    );
    expect(textFor({ event: "ev2026-01", place: "us_houston" }).alt).toMatch(
      /12 routes from 2 departure airports in Mexico to 6 U\.S\. destinations, \d+ dashed where sources disagree\. Houston, Texas is ringed/,
    );
  });
});

describe(buildAttribution, () => {
  it("buildAttribution dates the data and credits the basemap", () => {
    expect(buildAttribution(loadDatasetSnapshot(), "en")).toBe(
      "Data: public reports and official datasets, compiled Nov 30, 2026 · Basemap: Natural Earth; U.S. states: U.S. Census Bureau (via us-atlas)",
    );
  });
});

describe("PREVIEW_MESSAGES", () => {
  it("PREVIEW_MESSAGES has a catalogue for every locale", () => {
    expect(Object.keys(PREVIEW_MESSAGES).sort()).toEqual([...LOCALES].sort());
  });
});
