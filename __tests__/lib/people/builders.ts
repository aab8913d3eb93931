import type { Trust } from "@/lib/sources/trust";
import type { Court } from "@/lib/schema/courts";
import type { CaseEvent, Person } from "@/lib/schema/people";

/** A court record named `short` everywhere. */
export const makeCourt = (id: string, system: Court["system"], short = id): Court => ({
  id,
  system,
  name: { en: short, es: short },
  short_name: { en: short, es: short },
  district: null,
  division: null,
  seat: null,
});

/** A court event on a day, high confidence, in E.D.N.Y. unless `extra` says otherwise. */
export const makeEvent = (on: string, kinds: CaseEvent["kinds"], extra: Partial<CaseEvent> = {}): CaseEvent => ({
  kinds,
  date: { precision: "day", on },
  scheduled: false,
  court_id: "fed-edny",
  text: { en: "x", es: "x" },
  source_ids: ["ok"],
  confidence: "high",
  ...extra,
});

/** A person of Feb 2025 with nothing reported but what `over` gives; `cases` as [court id, its one source]. */
export const makePerson = (over: Partial<Person> & { id: string }, cases: [string, string][] = []): Person => ({
  name: over.id,
  name_source_ids: ["ok"],
  name_variants: [],
  aliases: [],
  event_id: "ev2025-02",
  destination: null,
  alleged_organization: null,
  charges: null,
  death_penalty: null,
  cases: cases.map(([court_id, source]) => ({ court_id, source_ids: [source], judges: [], case_number: null })),
  events: [],
  ...over,
});

/** How the tests' sources rate: "ok" confirmed, "one" a single major outlet, anything else low-authority. */
export const testTrust = (ids: readonly string[]): Trust => (ids.includes("ok") ? "shown" : ids.includes("one") ? "unconfirmed" : "omitted");
