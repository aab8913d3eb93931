/** @jest-environment node */
import type { CaseEvent, Person } from "@/lib/schema/people";
import { endOf, isOutcomeNotReported, startOf, statusOf } from "@/lib/people/status";
import { makeEvent, makePerson, testTrust } from "./builders";

const ev = makeEvent;
const person = (events: CaseEvent[], courts = ["fed-edny"], caseSource = "ok"): Person =>
  makePerson(
    { id: "a-b", events },
    courts.map((c) => [c, caseSource]),
  );
const system = (id: string) => (id.startsWith("state-") ? "state" : "federal") as "federal" | "state";

describe("a person's status is derived from the events", () => {
  it("no court, then a court with no event", () => {
    expect(statusOf(person([], []), system, testTrust).stage).toBe("no_court_reported");
    expect(statusOf(person([]), system, testTrust)).toEqual({ stage: "court_known", confidence: "high" });
  });

  it("a court known only from one outlet is unconfirmed; one known only from low-authority sources is not known", () => {
    expect(statusOf(person([], ["fed-edny"], "one"), system, testTrust)).toEqual({ stage: "court_known", confidence: "medium" });
    expect(statusOf(person([], ["fed-edny"], "blog"), system, testTrust)).toEqual({ stage: "no_court_reported" });
  });

  it("the furthest step wins, whatever the order of the file", () => {
    const trial = ev("2026-03-19", ["hearing", "trial_date_set"]);
    const plea = ev("2025-02-28", ["arraignment", "plea"], { plea: "not_guilty" });
    expect(statusOf(person([trial, plea]), system, testTrust)).toMatchObject({ stage: "trial_date_set", event: trial });
    expect(statusOf(person([plea]), system, testTrust).stage).toBe("pleaded_not_guilty");
    expect(statusOf(person([ev("2025-02-28", ["arraignment"])]), system, testTrust).stage).toBe("arraigned");
    expect(statusOf(person([ev("2025-02-28", ["first_appearance"])]), system, testTrust).stage).toBe("appeared");
  });

  it("a scheduled date, an event on low-authority sources only, and a not-guilty verdict set no step", () => {
    const scheduled = ev("2027-03-08", ["trial"], { scheduled: true });
    const low = ev("2025-06-25", ["plea"], { plea: "guilty", confidence: "low" });
    expect(statusOf(person([scheduled, low]), system, testTrust).stage).toBe("court_known");
    expect(statusOf(person([ev("2026-01-01", ["verdict"], { verdict: "not_guilty" })]), system, testTrust).stage).toBe("court_known");
  });

  it("splits by court system: a guilty plea in a federal court, a sentence in a state court", () => {
    const fed = ev("2025-07-08", ["plea"], { plea: "guilty", court_id: "fed-mdnc" });
    const state = ev("2025-09-16", ["sentence"], { court_id: "state-wake" });
    const p = person([fed, state], ["fed-mdnc", "state-wake"]);
    expect(statusOf(p, system, testTrust).stage).toBe("sentenced");
    expect(statusOf(p, system, testTrust, "federal").stage).toBe("pleaded_guilty");
    expect(statusOf(p, system, testTrust, "state").stage).toBe("sentenced");
  });
});

describe("dates of varying precision", () => {
  it("gives each date's first and last day", () => {
    expect([startOf({ precision: "month", month: "2024-02" }), endOf({ precision: "month", month: "2024-02" })]).toEqual(["2024-02-01", "2024-02-29"]);
    expect([
      startOf({ precision: "range", from: "2025-02-27", to: "2025-03-01" }),
      endOf({ precision: "range", from: "2025-02-27", to: "2025-03-01" }),
    ]).toEqual(["2025-02-27", "2025-03-01"]);
    expect(endOf({ precision: "day", on: "2025-12-31" })).toBe("2025-12-31");
  });

  it("a scheduled date passed with nothing reported since reads 'outcome not reported'", () => {
    const hearing = ev("2026-06-17", ["hearing"], { scheduled: true });
    const p = person([ev("2026-03-19", ["trial_date_set"]), hearing]);
    expect(isOutcomeNotReported(hearing, p, "2026-06-17")).toBe(false);
    expect(isOutcomeNotReported(hearing, p, "2026-06-18")).toBe(true);
    const held = person([...p.events, ev("2026-06-17", ["hearing"])]);
    expect(isOutcomeNotReported(hearing, held, "2026-12-04")).toBe(false);
    expect(isOutcomeNotReported(p.events[0]!, p, "2026-12-04")).toBe(false);
  });
});
