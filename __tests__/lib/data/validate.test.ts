/** @jest-environment node */
import { formatIssue, type DataIssue } from "@/lib/data/issue";
import { readDataFiles } from "@/lib/data/read-files";
import { validateDataset } from "@/lib/data/validate";
import { snapshotFiles, withCsv, withJson } from "../../fixtures/data-files";

function issuesOf(files: ReturnType<typeof snapshotFiles>): DataIssue[] {
  const result = validateDataset(files);
  if (result.ok) throw new Error("expected the broken fixture to fail validation");
  return result.issues;
}

describe("validateDataset", () => {
  it("validateDataset accepts the live data/, whatever refreshes it has had", () => {
    const result = validateDataset(readDataFiles());
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
    expect(result.dataset.events.length).toBeGreaterThanOrEqual(3);
  });

  it("validateDataset accepts the dataset snapshot with its 3 transfers, 92 people and every source linked", () => {
    const result = validateDataset(snapshotFiles());
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
    expect(result.dataset.events.map((e) => e.running_total_after.value)).toEqual([29, 55, 92]);
    expect(result.dataset.sources.length).toBeGreaterThanOrEqual(105);
    expect(result.dataset.fentanylMonthly).toHaveLength(91 * 3);
  });

  it("validateDataset names file, record and field when a required field is missing", () => {
    const issues = issuesOf(withJson("transfers", (root) => delete root.events[2].people_count.value));
    expect(issues).toContainEqual(expect.objectContaining({ file: "transfers.json", record: "ev2026-01", field: "people_count.value", found: "nothing (field missing)" }));
    expect(formatIssue(issues[0]!)).toMatch(/^data\/transfers\.json › ev2026-01 › people_count\.value: expected a number, found nothing/);
  });

  it("validateDataset rejects an unknown source id with its path", () => {
    const issues = issuesOf(withJson("transfers", (root) => (root.events[2].destinations[1].source_ids[0] = "s999")));
    expect(issues).toEqual([
      expect.objectContaining({ file: "transfers.json", record: "ev2026-01", field: "destinations[1].source_ids[0]", found: '"s999"', expected: "a source id listed in data/sources.json" }),
    ]);
  });

  it("validateDataset rejects an unknown source id in a CSV row", () => {
    const issues = issuesOf(withCsv("homicidesMonthly", (lines) => lines.map((l, i) => (i === 3 ? l.replace("sesnsp_victims_202506", "nope") : l))));
    expect(issues).toEqual([expect.objectContaining({ file: "homicides-monthly.csv", record: "row 4", field: "source_id", found: '"nope"' })]);
  });

  it("validateDataset rejects an impossible date (31 April)", () => {
    const issues = issuesOf(withJson("transfers", (root) => (root.events[1].announcements[0].date = "2025-04-31")));
    expect(issues).toEqual([expect.objectContaining({ file: "transfers.json", record: "ev2025-08", field: "announcements[0].date", expected: "a real date as YYYY-MM-DD", found: '"2025-04-31"' })]);
  });

  it("validateDataset rejects a weekday that does not match the date", () => {
    const issues = issuesOf(withJson("transfers", (root) => (root.events[2].weekday = "Wednesday")));
    expect(issues).toEqual([expect.objectContaining({ record: "ev2026-01", field: "weekday", expected: "Tuesday (the weekday of 2026-01-20)" })]);
  });

  it("validateDataset rejects a duplicate month in a monthly series", () => {
    // Row 5 (2018-04) becomes a second 2018-03.
    const issues = issuesOf(withCsv("homicidesMonthly", (lines) => lines.map((l, i) => (i === 4 ? l.replace("2018-04", "2018-03") : l))));
    expect(issues).toContainEqual(expect.objectContaining({ file: "homicides-monthly.csv", record: "row 5", field: "month", found: '"2018-03"' }));
  });

  it("validateDataset rejects a month out of order within one CBP scope", () => {
    const issues = issuesOf(
      withCsv("fentanylMonthly", (lines) => {
        const [a, b] = [lines[1]!, lines[4]!]; // 2018-10,swb and 2018-11,swb
        return lines.map((l, i) => (i === 1 ? b : i === 4 ? a : l));
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ file: "fentanyl-monthly.csv", record: "row 5", field: "month", expected: "a month after 2018-11 for swb (unique, in order)" }));
  });

  it("validateDataset rejects a negative count in JSON and in CSV", () => {
    const json = issuesOf(withJson("transfers", (root) => (root.events[0].destinations[0].people = -7)));
    expect(json).toContainEqual(expect.objectContaining({ record: "ev2025-02", field: "destinations[0].people", expected: "a count >= 0", found: "-7" }));
    const csv = issuesOf(withCsv("fentanylMonthly", (lines) => lines.map((l, i) => (i === 2 ? l.replace(",152.40,", ",-152.40,") : l))));
    expect(csv).toEqual([expect.objectContaining({ file: "fentanyl-monthly.csv", record: "row 3", field: "pounds", expected: "pounds >= 0", found: '"-152.40"' })]);
  });

  it("validateDataset rejects a running total that is not the cumulative sum", () => {
    const issues = issuesOf(withJson("transfers", (root) => (root.events[1].running_total_after.value = 54)));
    expect(issues).toEqual([
      expect.objectContaining({ file: "transfers.json", record: "ev2025-08", field: "running_total_after.value", expected: "55 (the cumulative sum of people_count in sequence order)", found: "54" }),
    ]);
  });

  it("validateDataset rejects per-destination counts that do not add up to the people count", () => {
    const issues = issuesOf(withJson("transfers", (root) => (root.events[1].destinations[0].people = 9)));
    expect(issues).toEqual([expect.objectContaining({ record: "ev2025-08", field: "destinations[].people", found: "27" })]);
  });

  it("validateDataset rejects an unknown place id", () => {
    const issues = issuesOf(withJson("transfers", (root) => (root.events[2].destinations[3].place_id = "us_pittsburgh")));
    expect(issues).toEqual([
      expect.objectContaining({ record: "ev2026-01", field: "destinations[3].place_id", expected: "a place id listed in data/places.json" }),
      // Pennsylvania, no longer used by the leg, still lists the event: the reverse check says so.
      expect.objectContaining({ file: "places.json", record: "us_pa", field: "used_by_events" }),
    ]);
  });

  it("validateDataset rejects a fiscal-year total that disagrees with its months", () => {
    const issues = issuesOf(withCsv("fentanylFiscalYears", (lines) => lines.map((l) => (l.startsWith("2025,nationwide,") ? l.replace("12027.28", "12100.00") : l))));
    expect(issues).toEqual([expect.objectContaining({ file: "fentanyl-fiscal-years.csv", field: "pounds", found: "12100" })]);
  });

  it("validateDataset rejects a link that is not http(s)", () => {
    const issues = issuesOf(withJson("sources", (root) => (root.sources[0].url = "javascript:alert(1)")));
    expect(issues).toEqual([expect.objectContaining({ file: "sources.json", record: "s01", field: "url", expected: "an http(s) URL" })]);
  });

  it("validateDataset reports malformed JSON and CSV with the file name", () => {
    const files = { ...snapshotFiles(), places: "{ not json", homicidesAnnual: 'year,series\n"2015,INEGI\n' };
    const issues = issuesOf(files);
    expect(issues).toContainEqual(expect.objectContaining({ file: "places.json", field: "(syntax)", expected: "valid JSON" }));
    expect(issues).toContainEqual(expect.objectContaining({ file: "homicides-annual.csv", record: "line 2", expected: "well-formed CSV" }));
  });

  it("validateDataset reports every problem, not only the first", () => {
    const files = withJson("transfers", (root) => {
      root.events[0].date = "2025-02-30";
      root.events[2].aircraft.value = -1;
    });
    expect(issuesOf(files).map((i) => `${i.record}:${i.field}`)).toEqual(["ev2025-02:date", "ev2026-01:aircraft.value"]);
  });
});

describe("validateDataset: places", () => {
  it("validateDataset rejects a place that lists an event none of whose legs use it (us_dc and Jan 2026)", () => {
    const issues = issuesOf(withJson("places", (root) => (root.places.find((p: { id: string }) => p.id === "us_dc").used_by_events = ["ev2025-02", "ev2026-01"])));
    expect(issues).toEqual([{ file: "places.json", record: "us_dc", field: "used_by_events", expected: 'the events that use the place: ["ev2025-02"]', found: '["ev2025-02","ev2026-01"]' }]);
  });

  it("validateDataset rejects a place that leaves out an event that uses it", () => {
    const issues = issuesOf(withJson("places", (root) => (root.places.find((p: { id: string }) => p.id === "mx_tlc").used_by_events = ["ev2025-02"])));
    expect(issues).toEqual([expect.objectContaining({ record: "mx_tlc", field: "used_by_events", expected: 'the events that use the place: ["ev2025-02","ev2026-01"]' })]);
  });

});

describe("validateDataset: texts in both languages", () => {
  it("validateDataset rejects a reader-facing text given in one language only, naming file, record and field", () => {
    const issues = issuesOf(withJson("transfers", (root) => (root.events[2].aircraft.detail = "Seven aircraft of the Mexican Armed Forces.")));
    expect(issues).toEqual([
      expect.objectContaining({ file: "transfers.json", record: "ev2026-01", field: "aircraft.detail", expected: 'a text in both languages, {"en": "...", "es": "..."}' }),
    ]);
  });

  it("validateDataset rejects a text whose Spanish is missing or blank", () => {
    const missing = issuesOf(withJson("discrepancies", (root) => delete root.discrepancies[3].assessment.es));
    expect(missing).toEqual([expect.objectContaining({ file: "discrepancies.json", record: "disc-04", field: "assessment.es", expected: "the Spanish text" })]);
    const blank = issuesOf(withJson("places", (root) => (root.places[0].map_note.es = "  ")));
    expect(blank).toEqual([expect.objectContaining({ file: "places.json", record: "mx_aifa", field: "map_note.es", expected: "the Spanish text" })]);
  });

  it("validateDataset rejects a third language or a stray key in a text", () => {
    const issues = issuesOf(withJson("seriesMeta", (root) => (root.series[0].caveats[0].fr = "Les chiffres")));
    expect(issues).toEqual([expect.objectContaining({ file: "series.json", field: "caveats[0]" })]);
  });

  it("validateDataset rejects a quotation that is in one language's text and not in the other's", () => {
    const issues = issuesOf(
      withJson("claims", (root) => {
        root.claims[0].statement_paraphrase.en += " She said {{es:desde que llegamos}} (since we arrived).";
      }),
    );
    expect(issues).toEqual([expect.objectContaining({ file: "claims.json", record: "cl-hom-40", field: "statement_paraphrase", expected: expect.stringMatching(/^the same quotations in "en" and "es"/) })]);
  });

  it("validateDataset rejects a claim statement citing a source with no authority, naming the statement and the source", () => {
    const issues = issuesOf(withJson("sources", (root) => delete root.sources.find((s: { id: string }) => s.id === "c48").authority));
    expect(issues).toEqual([
      expect.objectContaining({
        file: "claims.json",
        record: "cl-fent-57",
        field: "statements[0].source_ids[0]",
        expected: "a source with an authority (data/sources.json › c48 › authority)",
      }),
    ]);
  });

  it("validateDataset rejects a stated figure that disagrees with the stated-averages file for the same month and day (48.8 of Feb 2026 typed as 48.3)", () => {
    const issues = issuesOf(
      withJson("claims", (root) => {
        const march = root.claims[0].statements.find((s: { date: string }) => s.date === "2026-03-10");
        march.check.comparison.value = 48.3;
      }),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        file: "claims.json",
        record: "cl-hom-40",
        field: expect.stringMatching(/^statements\[\d+\]\.check\.comparison\.value$/),
        expected: "48.8, the stated average for 2026-02 in homicides-stated-daily.csv (stated 2026-03-10)",
        found: "48.3",
      }),
    ]);
  });

  it("validateDataset rejects a statement's fentanyl scope the charts do not show (swb_land)", () => {
    const issues = issuesOf(withJson("claims", (root) => (root.claims[2].statements[0].check.scope = "swb_land")));
    expect(issues).toEqual([expect.objectContaining({ file: "claims.json", record: "cl-fent-57" })]);
  });

  it("validateDataset rejects a Spanish note of the annual homicides CSV left blank", () => {
    const issues = issuesOf(withCsv("homicidesAnnual", (lines) => lines.map((l, i) => (i === 1 ? l.replace(/,[^,]*$/, ",") : l))));
    expect(issues).toEqual([expect.objectContaining({ file: "homicides-annual.csv", record: "row 2", field: "note_es", expected: "the Spanish note" })]);
  });
});
