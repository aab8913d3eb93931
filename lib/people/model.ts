import type { Dataset } from "../data/dataset";
import type { Court } from "../schema/courts";
import { buildEventColors } from "../theme/event-colors";
import { makeSourceTrust, type Trust } from "../sources/trust";
import { countPeople, type PeopleCounts } from "./counts";
import { peopleRows, type PersonRow } from "./table";

/** Everything the people page draws from, derived once from the dataset. */
export interface PeopleModel {
  rows: PersonRow[];
  counts: PeopleCounts;
  /** People transferred in all: the sum of the transfers' counts (92). */
  total: number;
  courts: ReadonlyMap<string, Court>;
  /** Courts of some case the page shows, for the court filter, in file order. */
  courtChoices: Court[];
  events: { id: string; date: string; color: string }[];
  trust: (ids: readonly string[]) => Trust;
  reviewedOn: string;
  coversTo: string;
}

export function buildPeopleModel(d: Pick<Dataset, "people" | "courts" | "events" | "sources" | "peopleReview">): PeopleModel {
  const trust = makeSourceTrust(d.sources);
  const rows = peopleRows({ people: d.people, courts: d.courts, events: d.events, trust });
  const used = new Set(rows.flatMap((r) => r.courts.map((c) => c.court.id)));
  const colors = buildEventColors(d.events.map((e) => e.id));
  return {
    rows,
    counts: countPeople(d.people, d.courts, trust),
    total: d.events.reduce((n, e) => n + e.people_count.value, 0),
    courts: new Map(d.courts.map((c) => [c.id, c])),
    courtChoices: d.courts.filter((c) => used.has(c.id)),
    events: d.events.map((e) => ({ id: e.id, date: e.date, color: colors.get(e.id)! })),
    trust,
    reviewedOn: d.peopleReview.reviewed_on,
    coversTo: d.peopleReview.covers_to,
  };
}
