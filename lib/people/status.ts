import type { ConfidenceLevel } from "../schema/common";
import type { Court } from "../schema/courts";
import type { CaseDate, CaseEvent, Person } from "../schema/people";
import { trustOf, type Trust } from "../sources/trust";

/**
 * How far a case has gone, furthest last. Never typed in the data: derived from the events that
 * the page shows (an event resting only on low-authority sources does not move a status).
 */
export const STAGES = [
  "no_court_reported",
  "court_known",
  "appeared",
  "arraigned",
  "pleaded_not_guilty",
  "trial_date_set",
  "pleaded_guilty",
  "convicted",
  "sentenced",
] as const;
export type Stage = (typeof STAGES)[number];
export type CourtSystem = Court["system"];

/** The stage one event shows, if any: a scheduled date shows nothing until it happens. */
export function stageOfEvent(e: CaseEvent): Stage | undefined {
  if (e.scheduled) return undefined;
  const k = new Set(e.kinds);
  if (k.has("sentence")) return "sentenced";
  if (k.has("verdict") && e.verdict !== "not_guilty") return "convicted";
  if (e.plea === "guilty") return "pleaded_guilty";
  if (k.has("trial_date_set")) return "trial_date_set";
  if (e.plea === "not_guilty") return "pleaded_not_guilty";
  if (k.has("arraignment")) return "arraigned";
  if (k.has("first_appearance") || k.has("hearing") || k.has("trial")) return "appeared";
  return undefined;
}

export interface PersonStatus {
  stage: Stage;
  /** The event that set the stage; absent for the two stages without one. */
  event?: CaseEvent;
  /** The confidence the stage rests on: its event's, or its best case's for "court_known"; absent for "no_court_reported". */
  confidence?: ConfidenceLevel;
}

const rank = (s: Stage) => STAGES.indexOf(s);

/**
 * A person's status, from their events (optionally only those in courts of one system). The
 * furthest stage wins; between equal stages the later event does. With no event shown, a court is
 * known only from a case the page shows: `caseTrust` rates a case's sources, and a case resting on
 * one outlet gives "court_known" as unconfirmed.
 */
export function statusOf(
  person: Person,
  courtSystem: (courtId: string) => CourtSystem | undefined,
  caseTrust: (sourceIds: readonly string[]) => Trust,
  only?: CourtSystem,
): PersonStatus {
  const inScope = (courtId: string) => only === undefined || courtSystem(courtId) === only;
  let best: PersonStatus | undefined;
  for (const e of person.events) {
    const stage = stageOfEvent(e);
    if (!stage || trustOf(e.confidence) === "omitted" || !inScope(e.court_id)) continue;
    if (!best || rank(stage) > rank(best.stage) || (rank(stage) === rank(best.stage) && startOf(e.date) >= startOf(best.event!.date)))
      best = { stage, event: e, confidence: e.confidence };
  }
  if (best) return best;
  const known = person.cases.filter((c) => inScope(c.court_id)).map((c) => caseTrust(c.source_ids));
  if (known.includes("shown")) return { stage: "court_known", confidence: "high" };
  if (known.includes("unconfirmed")) return { stage: "court_known", confidence: "medium" };
  return { stage: "no_court_reported" };
}

/** The first day a date can mean: "2025-03" -> "2025-03-01". */
export function startOf(d: CaseDate): string {
  return d.precision === "day" ? d.on : d.precision === "month" ? `${d.month}-01` : d.from;
}

/** The last day a date can mean: "2025-02" -> "2025-02-28". */
export function endOf(d: CaseDate): string {
  if (d.precision === "day") return d.on;
  if (d.precision === "range") return d.to;
  const [y, m] = d.month.split("-").map(Number) as [number, number];
  return `${d.month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

/**
 * True for a scheduled event whose date has passed by `today` (the build's date, "YYYY-MM-DD") with no
 * later event of the same person reported: the page writes "outcome not reported", never a guess.
 */
export function isOutcomeNotReported(e: CaseEvent, person: Person, today: string): boolean {
  if (!e.scheduled || endOf(e.date) >= today) return false;
  return !person.events.some((x) => !x.scheduled && startOf(x.date) >= endOf(e.date));
}
