/** @jest-environment node */
import type { Court } from "@/lib/schema/courts";
import type { CaseEvent, Person } from "@/lib/schema/people";
import { getMessages } from "@/lib/i18n/messages";
import { peopleCsv } from "@/lib/people/csv";
import { filterRows, peopleRows, sortRows } from "@/lib/people/table";
import { makeCourt, makeEvent, makePerson, testTrust } from "./builders";

const court = (id: string, short: string, system: Court["system"] = "federal"): Court => ({ ...makeCourt(id, system, short), district: short });
const ev = makeEvent;
const person = (id: string, name: string, event_id: string, cases: [string, string][], events: CaseEvent[] = []): Person =>
  makePerson({ id, name, event_id, events }, cases);
const trust = testTrust;

const courts = [court("fed-edny", "E.D.N.Y."), court("fed-sdca", "S.D. Cal."), court("state-wake", "Wake County", "state")];
const events = [
  { id: "ev2025-02", sequence: 1 },
  { id: "ev2026-01", sequence: 3 },
];
const people = [
  person("zeta-one", "Zeta One", "ev2026-01", [["fed-sdca", "ok"]], [ev("2026-01-21", ["first_appearance"], { court_id: "fed-sdca" })]),
  person(
    "alfa-uno",
    "Álfa Uno",
    "ev2025-02",
    [["fed-edny", "ok"]],
    [ev("2025-02-28", ["arraignment", "plea"], { plea: "not_guilty" }), ev("2027-03-08", ["trial"], { scheduled: true })],
  ),
  person("beta-dos", "Beta Dos", "ev2026-01", [
    ["fed-edny", "one"],
    ["state-wake", "blog"],
  ]),
  person("nadie-tres", "Nadie Tres", "ev2025-02", []),
];
const rows = peopleRows({ people, courts, events, trust });
const es = new Intl.Collator("es-MX");
const names = (rs: { person: Person }[]) => rs.map((r) => r.person.id);

describe("the people table", () => {
  it("shows a case's court plainly, as unconfirmed, or not at all, by its sources", () => {
    const beta = rows.find((r) => r.person.id === "beta-dos")!;
    expect(beta.courts.map((c) => [c.court.id, c.trust])).toEqual([["fed-edny", "unconfirmed"]]);
    expect(beta.status.stage).toBe("court_known");
    expect(rows.find((r) => r.person.id === "nadie-tres")!.status.stage).toBe("no_court_reported");
  });

  it("the latest event is the newest that happened: a scheduled trial date is not one", () => {
    expect(rows.find((r) => r.person.id === "alfa-uno")!.latest).toBe("2025-02-28");
    expect(rows.find((r) => r.person.id === "beta-dos")!.latest).toBeNull();
  });

  it("filters by transfer, court and status, each alone and together", () => {
    expect(names(filterRows(rows, { event: "ev2026-01", court: null, status: null }))).toEqual(["zeta-one", "beta-dos"]);
    expect(names(filterRows(rows, { event: "all", court: "fed-edny", status: null }))).toEqual(["alfa-uno", "beta-dos"]);
    expect(names(filterRows(rows, { event: "all", court: "state-wake", status: null }))).toEqual([]);
    expect(names(filterRows(rows, { event: "all", court: "fed-edny", status: "pleaded_not_guilty" }))).toEqual(["alfa-uno"]);
  });

  it("sorts by transfer, name (as Spanish sorts accents), court, status and latest event", () => {
    expect(names(sortRows(rows, "transfer", es))).toEqual(["alfa-uno", "nadie-tres", "beta-dos", "zeta-one"]);
    expect(names(sortRows(rows, "name", es))).toEqual(["alfa-uno", "beta-dos", "nadie-tres", "zeta-one"]);
    expect(names(sortRows(rows, "court", es))).toEqual(["alfa-uno", "beta-dos", "zeta-one", "nadie-tres"]);
    expect(names(sortRows(rows, "status", es))).toEqual(["alfa-uno", "zeta-one", "beta-dos", "nadie-tres"]);
    expect(names(sortRows(rows, "latest", es))).toEqual(["zeta-one", "alfa-uno", "beta-dos", "nadie-tres"]);
  });

  it("marks a name by its sources in the rows and the CSV: unconfirmed, or reported from an official list's copy", () => {
    const named = [
      makePerson({ id: "por-un-medio", name: "Por Un Medio", name_source_ids: ["one"] }),
      makePerson({ id: "en-la-lista", name: "En La Lista", name_source_ids: ["blog"], official_list: { en: "A list", es: "Una lista" } }),
      makePerson({ id: "confirmada", name: "Confirmada" }),
    ];
    const namedRows = peopleRows({ people: named, courts, events, trust });
    expect(namedRows.map((r) => r.nameTrust)).toEqual(["unconfirmed", "reported", "shown"]);
    const csv = peopleCsv({
      rows: namedRows,
      events: [{ id: "ev2025-02", date: "2025-02-27" }],
      sources: new Map(),
      trust,
      personUrl: (id) => `https://atlas.example/people?person=${id}`,
      preamble: [],
      locale: "en",
      t: getMessages("en"),
    });
    const nameCells = csv
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(",")[1]);
    expect(nameCells).toEqual(["Por Un Medio (unconfirmed)", "En La Lista (reported)", "Confirmada"]);
  });
});
