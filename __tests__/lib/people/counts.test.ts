/** @jest-environment node */
import type { Court } from "@/lib/schema/courts";
import type { CaseEvent, Person } from "@/lib/schema/people";
import { countPeople } from "@/lib/people/counts";
import type { Trust } from "@/lib/people/confidence";

const court = (id: string, system: Court["system"]): Court => ({
  id,
  system,
  name: { en: id, es: id },
  short_name: { en: id, es: id },
  district: null,
  division: null,
  seat: null,
});
const ev = (court_id: string, kinds: CaseEvent["kinds"], extra: Partial<CaseEvent> = {}): CaseEvent => ({
  kinds,
  date: { precision: "day", on: "2025-03-01" },
  scheduled: false,
  court_id,
  text: { en: "x", es: "x" },
  source_ids: ["s1"],
  confidence: "high",
  ...extra,
});
const person = (id: string, courts: string[], events: CaseEvent[], caseSources = ["ok"]): Person => ({
  id,
  name: id,
  name_source_ids: ["s1"],
  name_variants: [],
  aliases: [],
  event_id: "ev2025-02",
  destination: null,
  alleged_organization: null,
  charges: null,
  death_penalty: null,
  cases: courts.map((court_id) => ({ court_id, source_ids: caseSources, judges: [], case_number: null })),
  events,
});
// A case's sources: "ok" are confirmed, "one" a single major outlet, "blog" low-authority.
const caseTrust = (ids: readonly string[]): Trust => (ids.includes("ok") ? "shown" : ids.includes("one") ? "unconfirmed" : "omitted");

describe("the people page's counts", () => {
  const courts = [court("fed-edny", "federal"), court("fed-mdnc", "federal"), court("state-wake", "state")];
  const people = [
    person(
      "caro-quintero",
      ["fed-edny"],
      [ev("fed-edny", ["arraignment", "plea"], { plea: "not_guilty" }), ev("fed-edny", ["trial_date_set"]), ev("fed-edny", ["trial"], { scheduled: true })],
    ),
    person("marin-sotelo", ["fed-mdnc", "state-wake"], [ev("fed-mdnc", ["plea"], { plea: "guilty" }), ev("state-wake", ["sentence"])]),
    person("one-outlet", ["fed-edny"], [ev("fed-edny", ["arraignment"], { confidence: "medium" })], ["one"]),
    person("blog-only", ["fed-edny"], [ev("fed-edny", ["plea"], { plea: "not_guilty", confidence: "low" })], ["blog"]),
    person("no-court", [], []),
  ];
  const counts = countPeople(people, courts, caseTrust);

  it("counts each step once per person and system, confirmed apart from unconfirmed", () => {
    expect(counts.named).toBe(5);
    expect(counts.bySystem.federal.court_known).toEqual({ confirmed: 2, unconfirmed: 1 });
    expect(counts.bySystem.federal.arraigned).toEqual({ confirmed: 1, unconfirmed: 1 });
    expect(counts.bySystem.federal.pleaded_not_guilty).toEqual({ confirmed: 1, unconfirmed: 0 });
    expect(counts.bySystem.federal.trial_date_set).toEqual({ confirmed: 1, unconfirmed: 0 });
    expect(counts.bySystem.federal.pleaded_guilty).toEqual({ confirmed: 1, unconfirmed: 0 });
  });

  it("a state sentence counts as a state conviction and sentence, never a federal one; a scheduled trial counts nothing", () => {
    expect(counts.bySystem.state.court_known).toEqual({ confirmed: 1, unconfirmed: 0 });
    expect(counts.bySystem.state.convicted).toEqual({ confirmed: 1, unconfirmed: 0 });
    expect(counts.bySystem.state.sentenced).toEqual({ confirmed: 1, unconfirmed: 0 });
    expect(counts.bySystem.federal.convicted).toEqual({ confirmed: 0, unconfirmed: 0 });
    expect(counts.bySystem.federal.sentenced).toEqual({ confirmed: 0, unconfirmed: 0 });
  });
});
