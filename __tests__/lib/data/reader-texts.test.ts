/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_FILES } from "@/lib/data/files";

/**
 * Every text field of data/*.json, sorted into the two kinds a reader can or cannot see. A field a
 * reader sees is a localized text ({ en, es }: lib/schema/common.ts LocalizedText); the other
 * strings are ids, codes, dates, links, citations or provenance that no page shows as prose. A new
 * field fails this test until it is put in one list, so no English-only text can slip onto a
 * Spanish page. Paths: `[]` stands for every element of an array.
 */
const READER_TEXTS: Record<string, string[]> = {
  "transfers.json": [
    "events[].label",
    "events[].date_note",
    "events[].people_count.note",
    "events[].aircraft.detail",
    "events[].departures[].as_reported",
    "events[].departures[].note",
    "events[].origin_prisons.detail",
    "events[].destinations[].as_reported",
    "events[].destinations[].count_note",
    "events[].destinations[].confidence_note",
    "events[].destinations_note",
    "events[].announcements[].by",
    "events[].announcements[].channel",
    "events[].legal_mechanism.detail",
    "events[].death_penalty.summary",
    "events[].us_district_footprint.detail",
  ],
  "claims.json": [
    "claims[].topic",
    "claims[].claimant",
    "claims[].statement_paraphrase",
    "claims[].metric",
    "claims[].data_source_cited",
    "claims[].statements[].claimant",
    "claims[].statements[].venue",
    "claims[].statements[].metric_as_stated",
    "claims[].statements[].period",
    "claims[].baseline_clarity",
    "claims[].independent_context[].fact",
    "claims[].confidence",
    "claims[].note",
    "claims[].checks[].label",
    "claims[].checks[].basis_note",
  ],
  "discrepancies.json": ["discrepancies[].topic", "discrepancies[].versions[].version", "discrepancies[].assessment"],
  "places.json": ["places[].name", "places[].map_note", "places[].coord_note", "places[].candidate_markers[].district", "places[].candidate_markers[].airport"],
  "series.json": ["series[].title", "series[].scopes[].label", "series[].scopes[].definition", "series[].caveats[]"],
  "sources.json": ["sources[].note", "sources[].published_note"],
  "changelog.json": [],
  "timeline.json": ["entries[].title", "entries[].summary", "entries[].confidence_note"],
  "people.json": [
    "people[].alleged_organization.text",
    "people[].charges.text",
    "people[].death_penalty.text",
    "people[].events[].text",
    "people[].official_list",
    // Optional and unused today: a new one fails "unlisted" below until it is listed here.
  ],
  "courts.json": ["courts[].name", "courts[].short_name", "courts[].division.name"],
};

/** Strings no reader sees as prose, each group with why it keeps one form. */
const OTHER_STRINGS: Record<string, string[]> = {
  "transfers.json": [
    // Provenance of the file, read by maintainers.
    "meta.title",
    "meta.compiled",
    "meta.compiled_by",
    "meta.scope",
    "meta.conventions.dates",
    "meta.conventions.coordinates",
    "meta.conventions.confidence",
    "meta.conventions.text",
    "meta.totals_check.source_ids[]",
    // Ids, dates, levels and links between records.
    "events[].id",
    "events[].date",
    "events[].weekday",
    "events[].date_confidence",
    "events[].date_source_ids[]",
    "events[].people_count.source_ids[]",
    "events[].people_count.confidence",
    "events[].aircraft.source_ids[]",
    "events[].aircraft.confidence",
    "events[].departures[].place_id",
    "events[].departures[].source_ids[]",
    "events[].departures[].confidence",
    "events[].origin_prisons.source_ids[]",
    "events[].destinations[].place_id",
    "events[].destinations[].source_ids[]",
    "events[].destinations[].confidence",
    "events[].announcements[].date",
    "events[].announcements[].source_ids[]",
    "events[].legal_mechanism.source_ids[]",
    "events[].death_penalty.source_ids[]",
    "events[].death_penalty.confidence",
    "events[].cartels_named_by_doj.source_ids[]",
    "events[].cartels_named.source_ids[]",
    "events[].running_total_after.source_ids[]",
    "events[].running_total_after.check",
    "events[].us_district_footprint.source_ids[]",
    // Names of people and organizations as the sources spell them: the same in both languages.
    "events[].cartels_named_by_doj.value[]",
    "events[].cartels_named.value[]",
  ],
  "claims.json": [
    "claims[].id",
    "claims[].series",
    "claims[].statements[].date",
    "claims[].statements[].source_ids[]",
    "claims[].statements[].check.kind",
    "claims[].statements[].check.series",
    "claims[].statements[].check.scope",
    "claims[].statements[].check.reason",
    "claims[].statements[].check.baseline.from",
    "claims[].statements[].check.baseline.to",
    "claims[].statements[].check.comparison.from",
    "claims[].statements[].check.comparison.to",
    "claims[].statements[].check.baseline.month",
    "claims[].statements[].check.comparison.month",
    "claims[].independent_context[].source_ids[]",
    "claims[].checks[].id",
    "claims[].checks[].basis",
    "claims[].checks[].series",
    "claims[].checks[].scope",
    "claims[].checks[].measure",
    "claims[].checks[].baseline.from",
    "claims[].checks[].baseline.to",
    "claims[].checks[].comparison.from",
    "claims[].checks[].comparison.to",
    "claims[].checks[].source_ids[]",
  ],
  "discrepancies.json": ["discrepancies[].id", "discrepancies[].event_id", "discrepancies[].versions[].source_ids[]"],
  "places.json": [
    "places[].id",
    "places[].kind",
    "places[].country",
    // Provenance: where the coordinate's region is; the page names places by `name`.
    "places[].admin_area",
    "places[].iata",
    "places[].icao",
    "places[].coord_source_ids[]",
    "places[].role",
    "places[].used_by_events[]",
    "places[].candidate_markers[].coord_source_ids[]",
    "places[].candidate_markers[].status",
  ],
  "series.json": ["series[].id", "series[].unit", "series[].files[]", "series[].coverage.from", "series[].coverage.to", "series[].as_of", "series[].scopes[].id", "series[].source_ids[]"],
  "sources.json": [
    "sources[].id",
    "sources[].url",
    // Citations keep the publication's own words and language (rendered with lang).
    "sources[].publisher",
    "sources[].title",
    "sources[].short_title",
    "sources[].published",
    "sources[].title_basis",
    "sources[].language",
    "sources[].topic",
    "sources[].authority",
    "sources[].wire_origin",
    // Where in the source the fact is: read by maintainers checking it.
    "sources[].locator",
    "sources[].file.name",
    "sources[].file.sha256",
    "sources[].file.retrieved",
  ],
  "people.json": [
    "reviewed_on",
    "covers_to",
    "people[].id",
    // Names as the sources spell them: a name is not translated.
    "people[].name",
    "people[].name_variants[].name",
    "people[].aliases[].name",
    "people[].cases[].judges[].name",
    "people[].cases[].case_number.number",
    // Ids, codes, dates and levels.
    "people[].event_id",
    "people[].destination.place_id",
    "people[].death_penalty.position",
    "people[].death_penalty.as_of",
    "people[].cases[].court_id",
    "people[].cases[].judges[].role",
    "people[].cases[].discrepancy_id",
    "people[].events[].kinds[]",
    "people[].events[].date.precision",
    "people[].events[].date.on",
    "people[].events[].date.month",
    "people[].events[].date.from",
    "people[].events[].date.to",
    "people[].events[].plea",
    "people[].events[].verdict",
    "people[].events[].court_id",
    "people[].events[].confidence",
    "people[].name_source_ids[]",
    "people[].name_variants[].source_ids[]",
    "people[].aliases[].source_ids[]",
    "people[].destination.source_ids[]",
    "people[].alleged_organization.source_ids[]",
    "people[].charges.source_ids[]",
    "people[].death_penalty.source_ids[]",
    "people[].cases[].source_ids[]",
    "people[].cases[].judges[].source_ids[]",
    "people[].cases[].case_number.source_ids[]",
    "people[].events[].source_ids[]",
  ],
  "courts.json": [
    "courts[].id",
    "courts[].system",
    "courts[].district",
    // A courthouse's name and street address as the source prints them.
    "courts[].seat.building",
    "courts[].seat.address",
    "courts[].seat.source_ids[]",
    "courts[].seat.coordinates.source_ids[]",
    "courts[].division.source_ids[]",
  ],
  "timeline.json": [
    "reviewed_on",
    "entries[].id",
    "entries[].date",
    "entries[].date_precision",
    "entries[].kind",
    "entries[].source_ids[]",
    "entries[].government_change",
    "entries[].confidence",
    "entries[].event_id",
    "entries[].claim_ids[]",
    "entries[].person_ids[]",
  ],
  "changelog.json": ["entries[].id", "entries[].applied_on", "entries[].series", "entries[].source_id", "entries[].data_to", "entries[].new_months[]", "entries[].revised[].month", "entries[].revised[].scope", "entries[].removed[].month", "entries[].removed[].scope"],
};

const isLocalized = (x: unknown): x is { en: string; es: string } =>
  x !== null && typeof x === "object" && !Array.isArray(x) && Object.keys(x).sort().join(",") === "en,es";

/** The path of every localized text and of every other string in a JSON value. */
function textPaths(root: unknown): { localized: Set<string>; strings: Set<string> } {
  const localized = new Set<string>();
  const strings = new Set<string>();
  const walk = (x: unknown, path: string) => {
    if (isLocalized(x)) localized.add(path);
    else if (Array.isArray(x)) x.forEach((v) => walk(v, `${path}[]`));
    else if (x !== null && typeof x === "object") for (const [k, v] of Object.entries(x)) walk(v, path ? `${path}.${k}` : k);
    else if (typeof x === "string") strings.add(path);
  };
  walk(root, "");
  return { localized, strings };
}

const JSON_FILES = Object.values(DATA_FILES).filter((f) => f.endsWith(".json"));

describe("reader-facing texts of data/", () => {
  it("lists every JSON data file in both inventories", () => {
    expect(Object.keys(READER_TEXTS).sort()).toEqual([...JSON_FILES].sort());
    expect(Object.keys(OTHER_STRINGS).sort()).toEqual([...JSON_FILES].sort());
  });

  for (const file of JSON_FILES) {
    const { localized, strings } = textPaths(JSON.parse(readFileSync(join(process.cwd(), "data", file), "utf8")));
    it(`${file}: every string outside the reader texts is a listed id, code, citation or provenance field`, () => {
      const unlisted = [...strings].filter((p) => !OTHER_STRINGS[file]!.includes(p));
      expect({ file, unlisted }).toEqual({ file, unlisted: [] });
    });
    it(`${file}: every reader text is a text in both languages, and every one listed is present`, () => {
      const plain = READER_TEXTS[file]!.filter((p) => strings.has(p));
      const missing = READER_TEXTS[file]!.filter((p) => !localized.has(p));
      const unlisted = [...localized].filter((p) => !READER_TEXTS[file]!.includes(p));
      expect({ file, plain, missing, unlisted }).toEqual({ file, plain: [], missing: [], unlisted: [] });
    });
  }

  it("homicides-annual.csv, the one CSV with prose a reader sees (the INEGI note), has a Spanish column", () => {
    const header = readFileSync(join(process.cwd(), "data", DATA_FILES.homicidesAnnual), "utf8").split("\n")[0];
    expect(header).toBe("year,series,victims,source_id,note,note_es");
  });
});
