/** @jest-environment node */
import type { CaseEvent, Person } from "@/lib/schema/people";
import { countPeople } from "@/lib/people/counts";
import { makeCourt, makeEvent, makePerson, testTrust } from "./builders";

const court = makeCourt;
const ev = (court_id: string, kinds: CaseEvent["kinds"], extra: Partial<CaseEvent> = {}): CaseEvent => makeEvent("2025-03-01", kinds, { court_id, ...extra });
const person = (id: string, courts: string[], events: CaseEvent[], caseSources = ["ok"]): Person =>
  makePerson(
    { id, events },
    courts.map((c) => [c, caseSources[0]!]),
  );
const caseTrust = testTrust;

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
    { ...person("named-by-one-outlet", [], []), name_source_ids: ["one"] },
    { ...person("official-list-copy", [], []), name_source_ids: ["blog"], official_list: { en: "A list", es: "Una lista" } },
  ];
  const counts = countPeople(people, courts, caseTrust);

  it("counts each step once per person and system, confirmed apart from unconfirmed", () => {
    expect(counts.named).toEqual({ all: 7, unconfirmed: 1, reported: 1 });
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
