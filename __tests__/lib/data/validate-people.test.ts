/** @jest-environment node */
import { formatIssue, type DataIssue } from "@/lib/data/issue";
import { validateDataset } from "@/lib/data/validate";
import type { RawDataFiles } from "@/lib/data/files";
import { withJsonFiles } from "../../fixtures/data-files";

/** Test sources of each authority: a DOJ release, two copies of one Reuters report, El Universal, a blog, and one with no authority. */
const SOURCES = [
  { id: "t_doj", authority: "primary", publisher: "U.S. Department of Justice" },
  { id: "t_reuters_a", authority: "major outlet", publisher: "The Straits Times (Reuters)", wire_origin: "Reuters" },
  { id: "t_reuters_b", authority: "major outlet", publisher: "Mexico Daily Post (Reuters)", wire_origin: "Reuters" },
  { id: "t_universal", authority: "major outlet", publisher: "El Universal" },
  { id: "t_blog", authority: "low-authority", publisher: "A blog" },
  { id: "t_none", publisher: "No authority recorded" },
].map((s) => ({ url: `https://example.org/${s.id}`, published: "2025-03-01", title: s.id, title_basis: "page", language: "en", topic: "people", ...s }));

const text = { en: "Arraigned; pleaded not guilty.", es: "Lectura de cargos; se declaró no culpable." };

/** A valid person record, to break one field at a time. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a fixture edited at arbitrary paths
const person = (): any => ({
  id: "test-person",
  name: "Test Person",
  name_source_ids: ["t_doj"],
  name_variants: [],
  aliases: [],
  event_id: "ev2025-02",
  destination: null,
  alleged_organization: { text: { en: "Alleged cartel", es: "Presunto cártel" }, source_ids: ["t_universal"] },
  charges: null,
  death_penalty: null,
  cases: [{ court_id: "fed-edny", source_ids: ["t_doj"], judges: [], case_number: null }],
  events: [
    { kinds: ["arraignment", "plea"], plea: "not_guilty", date: { precision: "day", on: "2025-02-28" }, court_id: "fed-edny", text, source_ids: ["t_doj"], confidence: "high" },
  ],
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a fixture edited at arbitrary paths
function withPerson(edit: (p: any, root: any) => void = () => undefined): RawDataFiles {
  return withJsonFiles({
    sources: (root) => root.sources.push(...SOURCES),
    people: (root) => {
      const p = person();
      root.people.push(p);
      edit(p, root);
    },
  });
}

function issuesOf(files: RawDataFiles): DataIssue[] {
  const result = validateDataset(files, { today: "2026-12-05" });
  if (result.ok) throw new Error("expected the broken fixture to fail validation");
  return result.issues;
}

describe("validateDataset: the people's records", () => {
  it("accepts a valid person (the control for every broken fixture below)", () => {
    const result = validateDataset(withPerson(), { today: "2026-12-05" });
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
    expect(result.dataset.people.some((p) => p.id === "test-person")).toBe(true);
  });

  it("rejects a court event without a date, a kind or a source, naming person and field", () => {
    const issues = issuesOf(
      withPerson((p) => {
        delete p.events[0].date;
        p.events[0].kinds = [];
        p.events[0].source_ids = [];
      }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: "people.json", record: "test-person", field: "events[0].date" }),
        expect.objectContaining({ file: "people.json", record: "test-person", field: "events[0].kinds", expected: "at least one kind" }),
        expect.objectContaining({ file: "people.json", record: "test-person", field: "events[0].source_ids", expected: "at least one source id" }),
      ]),
    );
  });

  it("rejects a date of the wrong shape for its precision, and a range that ends before it starts", () => {
    expect(issuesOf(withPerson((p) => (p.events[0].date = { precision: "month", on: "2025-02-28" })))).toContainEqual(
      expect.objectContaining({ record: "test-person", field: expect.stringMatching(/^events\[0\]\.date/) }),
    );
    expect(issuesOf(withPerson((p) => (p.events[0].date = { precision: "range", from: "2025-03-01", to: "2025-02-27" })))).toContainEqual(
      expect.objectContaining({ record: "test-person", field: "events[0].date", expected: "a range whose start is before its end" }),
    );
  });

  it("rejects a plea event without the plea entered", () => {
    expect(issuesOf(withPerson((p) => delete p.events[0].plea))).toContainEqual(expect.objectContaining({ field: "events[0].plea" }));
  });

  it("rejects a confidence its sources do not give: one major outlet is not high, nor are two copies of one wire report", () => {
    const one = issuesOf(withPerson((p) => (p.events[0].source_ids = ["t_universal"])));
    expect(one).toEqual([expect.objectContaining({ record: "test-person", field: "events[0].confidence", expected: expect.stringMatching(/^at most "medium"/), found: '"high"' })]);
    const wire = issuesOf(withPerson((p) => (p.events[0].source_ids = ["t_reuters_a", "t_reuters_b"])));
    expect(wire).toEqual([expect.objectContaining({ field: "events[0].confidence", expected: expect.stringMatching(/^at most "medium"/) })]);
    const accepted = validateDataset(withPerson((p) => (p.events[0].source_ids = ["t_reuters_a", "t_universal"])));
    expect(accepted.ok).toBe(true);
  });

  it("rejects a confidence set lower than the sources give without a note saying why", () => {
    expect(issuesOf(withPerson((p) => (p.events[0].confidence = "medium")))).toEqual([
      expect.objectContaining({ field: "events[0].confidence_note", expected: expect.stringMatching(/lower than the sources' "high"/) }),
    ]);
    const noted = withPerson((p) => {
      p.events[0].confidence = "medium";
      p.events[0].confidence_note = { en: "The date is inferred.", es: "La fecha es una inferencia." };
    });
    expect(validateDataset(noted).ok).toBe(true);
  });

  it("rejects a transfer, court or landing place that does not exist, and an event in a court that is not one of the person's cases", () => {
    const issues = issuesOf(
      withPerson((p) => {
        p.event_id = "ev2024-01";
        p.cases.push({ court_id: "fed-nowhere", source_ids: ["t_doj"] });
        p.events[0].court_id = "fed-sdny";
        p.destination = { place_id: "us_nowhere", source_ids: ["t_doj"] };
      }),
    );
    expect(issues.map((i) => i.field).sort()).toEqual(["cases[1].court_id", "destination.place_id", "event_id", "events[0].court_id"]);
  });

  it("rejects a disputed court that points to no discrepancy", () => {
    expect(issuesOf(withPerson((p) => (p.cases[0].discrepancy_id = "disc-99")))).toEqual([
      expect.objectContaining({ file: "people.json", record: "test-person", field: "cases[0].discrepancy_id", found: '"disc-99"' }),
    ]);
  });

  it("rejects a name used twice, accents and case aside", () => {
    const issues = issuesOf(withPerson((_, root) => root.people.push({ ...person(), id: "test-person-two", name: "TEST PÉRSON" })));
    expect(issues).toContainEqual(expect.objectContaining({ record: "test-person-two", field: "name", expected: "a name used once (also test-person)" }));
  });

  it("rejects a source with no authority cited by a person", () => {
    expect(issuesOf(withPerson((p) => (p.name_source_ids = ["t_doj", "t_none"])))).toEqual([
      expect.objectContaining({ file: "people.json", record: "test-person", field: "name_source_ids[1]", expected: expect.stringMatching(/^a source with an authority/) }),
    ]);
  });

  it("rejects a name resting only on low-authority sources, unless they copy an official list", () => {
    expect(issuesOf(withPerson((p) => (p.name_source_ids = ["t_blog"])))).toEqual([
      expect.objectContaining({ file: "people.json", record: "test-person", field: "name_source_ids", expected: expect.stringMatching(/official_list/) }),
    ]);
    const listed = validateDataset(
      withPerson((p) => {
        p.name_source_ids = ["t_blog"];
        p.official_list = { en: "The DOJ's list, as a blog restates it.", es: "La lista del DOJ, según la reproduce un blog." };
      }),
      { today: "2026-12-05" },
    );
    if (!listed.ok) throw new Error(listed.issues.map(formatIssue).join("\n"));
  });

  it("rejects an official list on a name that a primary source or a major outlet gives", () => {
    const issues = issuesOf(withPerson((p) => (p.official_list = { en: "A list.", es: "Una lista." })));
    expect(issues).toEqual([expect.objectContaining({ file: "people.json", record: "test-person", field: "official_list", expected: expect.stringMatching(/rated "high"/) })]);
  });

  it("rejects a court that no person's case names", () => {
    const issues = issuesOf(
      withJsonFiles({
        courts: (root) => root.courts.push({ ...root.courts[0], id: "fed-unused" }),
      }),
    );
    expect(issues).toEqual([expect.objectContaining({ file: "courts.json", record: "fed-unused", field: "id", expected: expect.stringMatching(/^a court that some person's case names/) })]);
  });

  it("requires an authority for the sources of a court's city and courthouse", () => {
    const issues = issuesOf(
      withJsonFiles({
        sources: (root) => root.sources.push(...SOURCES),
        courts: (root) => {
          const edny = root.courts.find((c: { id: string }) => c.id === "fed-edny");
          edny.division.source_ids = ["t_none"];
          edny.seat.source_ids = ["t_none"];
        },
      }),
    );
    expect(issues.map((i) => i.field).sort()).toEqual(["division.source_ids[0]", "seat.source_ids[0]"]);
  });

  it("requires the review fields, and a period covered that ends by the review", () => {
    const missing = issuesOf(withJsonFiles({ people: (root) => delete root.reviewed_on }));
    expect(missing).toContainEqual(expect.objectContaining({ file: "people.json", field: "reviewed_on", found: "nothing (field missing)" }));
    const late = issuesOf(withJsonFiles({ people: (root) => (root.covers_to = "2030-01-01") }));
    expect(late).toContainEqual(expect.objectContaining({ file: "people.json", field: "covers_to", expected: "covers_to on or before reviewed_on" }));
  });

  it("rejects more named people for a transfer than it carried", () => {
    const issues = issuesOf(
      withPerson((_, root) => {
        for (let i = 0; i < 30; i++) root.people.push({ ...person(), id: `test-person-x${String.fromCharCode(97 + (i % 26))}${i >= 26 ? "z" : ""}`, name: `Test Person ${i}` });
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ file: "people.json", record: "ev2025-02", field: "people", expected: "at most 29 people named for ev2025-02 (its people_count)" }));
  });

  it("warns, and never fails, when the review is more than 90 days old on the build's date", () => {
    const files = withPerson((_, root) => (root.reviewed_on = "2026-09-01"));
    const fresh = validateDataset(files, { today: "2026-11-30" });
    const stale = validateDataset(files, { today: "2026-12-05" });
    expect(fresh.ok && fresh.warnings).toEqual([]);
    expect(stale.ok && stale.warnings).toEqual([expect.stringMatching(/last reviewed on 2026-09-01, 95 days before 2026-12-05 \(more than 90\)/)]);
  });
});
