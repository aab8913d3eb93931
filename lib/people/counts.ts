import type { Court } from "../schema/courts";
import type { CaseEvent, Person } from "../schema/people";
import { nameTrustOf } from "./confidence";
import { trustOf, type Trust } from "../sources/trust";
import type { CourtSystem } from "./status";

/** What the people page counts, in the order a case moves. */
export const COUNTED = ["court_known", "arraigned", "pleaded_not_guilty", "trial_date_set", "pleaded_guilty", "convicted", "sentenced"] as const;
export type Counted = (typeof COUNTED)[number];

/** People counted on confirmed facts, and those counted only on facts shown as unconfirmed. */
export interface Tally {
  confirmed: number;
  unconfirmed: number;
}

export interface PeopleCounts {
  /**
   * Named people with a record (of the transfers' total): `unconfirmed` of them named by one major
   * outlet only, `reported` only by low-authority copies of an official list.
   */
  named: { all: number; unconfirmed: number; reported: number };
  bySystem: Record<CourtSystem, Record<Counted, Tally>>;
}

/** Whether a (non-scheduled) event shows a counted step. A sentence implies a conviction. */
function shows(e: CaseEvent, what: Counted): boolean {
  if (e.scheduled) return false;
  switch (what) {
    case "court_known":
      return false;
    case "arraigned":
      return e.kinds.includes("arraignment");
    case "pleaded_not_guilty":
      return e.plea === "not_guilty";
    case "pleaded_guilty":
      return e.plea === "guilty";
    case "trial_date_set":
      return e.kinds.includes("trial_date_set");
    case "convicted":
      return (e.kinds.includes("verdict") && e.verdict !== "not_guilty") || e.kinds.includes("sentence");
    case "sentenced":
      return e.kinds.includes("sentence");
  }
}

/**
 * The page's counts, split by court system: a person counts once per step and system, as confirmed
 * when a confirmed fact shows the step, else as unconfirmed when an unconfirmed one does; facts
 * resting only on low-authority sources are not counted. `caseTrust` rates a list of sources.
 */
export function countPeople(people: readonly Person[], courts: readonly Court[], caseTrust: (sourceIds: readonly string[]) => Trust): PeopleCounts {
  const system = new Map(courts.map((c) => [c.id, c.system]));
  const empty = () => Object.fromEntries(COUNTED.map((k) => [k, { confirmed: 0, unconfirmed: 0 }])) as Record<Counted, Tally>;
  const bySystem: Record<CourtSystem, Record<Counted, Tally>> = { federal: empty(), state: empty() };
  for (const p of people) {
    for (const sys of ["federal", "state"] as const) {
      for (const what of COUNTED) {
        const trusts: Trust[] =
          what === "court_known"
            ? p.cases.filter((c) => system.get(c.court_id) === sys).map((c) => caseTrust(c.source_ids))
            : p.events.filter((e) => system.get(e.court_id) === sys && shows(e, what)).map((e) => trustOf(e.confidence));
        if (trusts.includes("shown")) bySystem[sys][what].confirmed++;
        else if (trusts.includes("unconfirmed")) bySystem[sys][what].unconfirmed++;
      }
    }
  }
  const names = people.map((p) => nameTrustOf(p, caseTrust));
  return {
    named: { all: people.length, unconfirmed: names.filter((t) => t === "unconfirmed").length, reported: names.filter((t) => t === "reported").length },
    bySystem,
  };
}
