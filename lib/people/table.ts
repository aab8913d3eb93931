import type { Court } from "../schema/courts";
import type { Person } from "../schema/people";
import type { TransferEvent } from "../schema/transfers";
import type { PeopleSort, PeopleStatus } from "../url/view-state";
import { nameTrustOf, type NameTrust } from "./confidence";
import { trustOf, type Trust } from "../sources/trust";
import { endOf, STAGES, statusOf, type PersonStatus } from "./status";

/** One line of the people table: the person, the courts shown for them, their derived status. */
export interface PersonRow {
  person: Person;
  /** How the page shows the name: plainly, unconfirmed, or "reported" (an official list's low-authority copy). */
  nameTrust: NameTrust;
  /** The transfer's order (1, 2, 3), for sorting. */
  sequence: number;
  /** Courts of cases the page shows (plainly or as unconfirmed), with how. */
  courts: { court: Court; trust: Exclude<Trust, "omitted"> }[];
  status: PersonStatus;
  /** The last day of the newest court event that happened and is shown; null when none. */
  latest: string | null;
}

export interface PeopleTableInput {
  people: readonly Person[];
  courts: readonly Court[];
  events: readonly Pick<TransferEvent, "id" | "sequence">[];
  /** Rates the sources of a case (lib/sources/trust.ts makeSourceTrust). */
  trust: (sourceIds: readonly string[]) => Trust;
}

/** Every named person as a table row, in file order. */
export function peopleRows({ people, courts, events, trust }: PeopleTableInput): PersonRow[] {
  const courtById = new Map(courts.map((c) => [c.id, c]));
  const sequence = new Map(events.map((e) => [e.id, e.sequence]));
  const system = (id: string) => courtById.get(id)?.system;
  return people.map((person) => {
    const shownCourts = person.cases.flatMap((c) => {
      const court = courtById.get(c.court_id);
      const t = trust(c.source_ids);
      return court && t !== "omitted" ? [{ court, trust: t }] : [];
    });
    const happened = person.events.filter((e) => !e.scheduled && trustOf(e.confidence) !== "omitted").map((e) => endOf(e.date));
    return {
      person,
      nameTrust: nameTrustOf(person, trust),
      sequence: sequence.get(person.event_id) ?? Number.MAX_SAFE_INTEGER,
      courts: shownCourts,
      status: statusOf(person, system, trust),
      latest: happened.length ? happened.sort().at(-1)! : null,
    };
  });
}

/** The rows a filter keeps: one transfer ("all" for every one), one court, one status (null: any). */
export function filterRows(rows: readonly PersonRow[], filter: { event: string; court: string | null; status: PeopleStatus | null }): PersonRow[] {
  return rows.filter(
    (r) =>
      (filter.event === "all" || r.person.event_id === filter.event) &&
      (filter.court === null || r.courts.some((c) => c.court.id === filter.court)) &&
      (filter.status === null || r.status.stage === filter.status),
  );
}

/**
 * The rows in the table's order: by transfer (then name), name, court (the first court's short
 * name, people without one last), status (furthest first) or latest court event (newest first, none
 * last). Names compare as the reader's language sorts them; ties keep file order.
 */
export function sortRows(rows: readonly PersonRow[], sort: PeopleSort, collator: Intl.Collator): PersonRow[] {
  const byName = (a: PersonRow, b: PersonRow) => collator.compare(a.person.name, b.person.name);
  const courtName = (r: PersonRow) => r.courts[0]?.court.short_name.en;
  const compare: Record<PeopleSort, (a: PersonRow, b: PersonRow) => number> = {
    transfer: (a, b) => a.sequence - b.sequence || byName(a, b),
    name: byName,
    court: (a, b) => {
      const [x, y] = [courtName(a), courtName(b)];
      if (x === y) return byName(a, b);
      if (x === undefined || y === undefined) return x === undefined ? 1 : -1;
      return collator.compare(x, y) || byName(a, b);
    },
    status: (a, b) => STAGES.indexOf(b.status.stage) - STAGES.indexOf(a.status.stage) || byName(a, b),
    latest: (a, b) => {
      if (a.latest === b.latest) return byName(a, b);
      if (a.latest === null || b.latest === null) return a.latest === null ? 1 : -1;
      return a.latest < b.latest ? 1 : -1;
    },
  };
  return [...rows].sort(compare[sort]);
}

/** The rows a view of the table shows: its filters, then its sort (the page and its CSV alike). */
export function rowsOfView(
  rows: readonly PersonRow[],
  view: { event: string; court: string | null; status: PeopleStatus | null; sort: PeopleSort },
  collator: Intl.Collator,
): PersonRow[] {
  return sortRows(filterRows(rows, view), view.sort, collator);
}
