import { confidenceFrom, isAtMost } from "../sources/trust";
import type { Dataset } from "./dataset";
import { DATA_FILES } from "./files";
import { describeFound, type DataIssue } from "./issue";
import { requireAuthority } from "./source-authority";

/** Days between two ISO dates. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** After this many days without a review, `npm run check-data` and the build warn (never fail). */
export const REVIEW_WARNING_DAYS = 90;

/**
 * The people file's cross-file rules: each person's transfer, landing place, courts and
 * discrepancies exist; names and ids are unique; every source a person or court cites has an
 * authority; an event's court is one of the person's cases; an event claims no more confidence than
 * its sources give (lower only with a note); no transfer has more named people than it carried.
 */
export function checkPeople(d: Dataset, issues: DataIssue[]): void {
  const file = DATA_FILES.people;
  const eventIds = new Set(d.events.map((e) => e.id));
  const placeIds = new Set(d.places.map((p) => p.id));
  const courtIds = new Set(d.courts.map((c) => c.id));
  const discIds = new Set(d.discrepancies.map((x) => x.id));
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const seenNames = new Map<string, string>();
  const seenIds = new Set<string>();
  const push = (record: string, field: string, expected: string, found: unknown) => issues.push({ file, record, field, expected, found: describeFound(found) });
  const needAuthority = (fileName: string, record: string, field: string, ids: readonly string[]) => requireAuthority(sources, { file: fileName, record, field }, ids, issues);

  for (const p of d.people) {
    if (seenIds.has(p.id)) push(p.id, "id", "an id used once", p.id);
    seenIds.add(p.id);
    const key = p.name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    if (seenNames.has(key)) push(p.id, "name", `a name used once (also ${seenNames.get(key)})`, p.name);
    seenNames.set(key, p.id);
    if (!eventIds.has(p.event_id)) push(p.id, "event_id", "an event id listed in data/transfers.json", p.event_id);
    const named = confidenceFrom(p.name_source_ids.map((id) => sources.get(id)).filter((s) => s !== undefined));
    if (named === "low" && p.official_list === undefined)
      push(p.id, "name_source_ids", 'a primary source or a major outlet naming the person, or, for low-authority copies of an official list, "official_list" saying which list', p.name_source_ids);
    if (named !== "low" && p.official_list !== undefined) push(p.id, "official_list", `no official_list: the name rests on sources rated "${named}", so it is shown as any fact is`, "an official_list");
    if (p.destination && !placeIds.has(p.destination.place_id)) push(p.id, "destination.place_id", "a place id listed in data/places.json", p.destination.place_id);
    const cases = new Set(p.cases.map((c) => c.court_id));
    p.cases.forEach((c, i) => {
      if (!courtIds.has(c.court_id)) push(p.id, `cases[${i}].court_id`, "a court id listed in data/courts.json", c.court_id);
      if (c.discrepancy_id !== undefined && !discIds.has(c.discrepancy_id)) push(p.id, `cases[${i}].discrepancy_id`, "a discrepancy id listed in data/discrepancies.json", c.discrepancy_id);
    });
    p.events.forEach((e, i) => {
      if (!cases.has(e.court_id)) push(p.id, `events[${i}].court_id`, `one of the person's cases (${[...cases].join(", ") || "none"})`, e.court_id);
      const cited = e.source_ids.map((id) => sources.get(id)).filter((s) => s !== undefined);
      const allowed = confidenceFrom(cited);
      if (!isAtMost(e.confidence, allowed)) push(p.id, `events[${i}].confidence`, `at most "${allowed}", what its sources give (a primary source or two independent major outlets for "high")`, e.confidence);
      else if (e.confidence !== allowed && !e.confidence_note) push(p.id, `events[${i}].confidence_note`, `a note saying why the confidence is lower than the sources' "${allowed}"`, undefined);
    });
    for (const ref of personSourceRefs(p)) needAuthority(file, p.id, ref.field, ref.ids);
  }
  const usedCourts = new Set(d.people.flatMap((p) => p.cases.map((c) => c.court_id)));
  for (const c of d.courts) {
    if (!usedCourts.has(c.id)) issues.push({ file: DATA_FILES.courts, record: c.id, field: "id", expected: "a court that some person's case names (data/people.json › cases[].court_id)", found: describeFound(c.id) });
    if (c.division) needAuthority(DATA_FILES.courts, c.id, "division.source_ids", c.division.source_ids);
    if (c.seat) needAuthority(DATA_FILES.courts, c.id, "seat.source_ids", c.seat.source_ids);
    if (c.seat?.coordinates) needAuthority(DATA_FILES.courts, c.id, "seat.coordinates.source_ids", c.seat.coordinates.source_ids);
  }
  for (const ev of d.events) {
    const named = d.people.filter((p) => p.event_id === ev.id).length;
    if (named > ev.people_count.value) push(ev.id, "people", `at most ${ev.people_count.value} people named for ${ev.id} (its people_count)`, named);
  }
}

/** Every list of source ids in a person's record, with its field. */
function personSourceRefs(p: Dataset["people"][number]): { field: string; ids: readonly string[] }[] {
  return [
    { field: "name_source_ids", ids: p.name_source_ids },
    ...p.name_variants.map((v, i) => ({ field: `name_variants[${i}].source_ids`, ids: v.source_ids })),
    ...p.aliases.map((v, i) => ({ field: `aliases[${i}].source_ids`, ids: v.source_ids })),
    ...(p.destination ? [{ field: "destination.source_ids", ids: p.destination.source_ids }] : []),
    ...(p.alleged_organization ? [{ field: "alleged_organization.source_ids", ids: p.alleged_organization.source_ids }] : []),
    ...(p.charges ? [{ field: "charges.source_ids", ids: p.charges.source_ids }] : []),
    ...(p.death_penalty ? [{ field: "death_penalty.source_ids", ids: p.death_penalty.source_ids }] : []),
    ...p.cases.flatMap((c, i) => [
      { field: `cases[${i}].source_ids`, ids: c.source_ids },
      ...c.judges.map((j, k) => ({ field: `cases[${i}].judges[${k}].source_ids`, ids: j.source_ids })),
      ...(c.case_number ? [{ field: `cases[${i}].case_number.source_ids`, ids: c.case_number.source_ids }] : []),
    ]),
    ...p.events.map((e, i) => ({ field: `events[${i}].source_ids`, ids: e.source_ids })),
  ];
}

/** The review warning: none while the review is fresh. `today` is the build's date, "YYYY-MM-DD". */
export function reviewWarning(reviewedOn: string, today: string): string | undefined {
  const age = daysBetween(reviewedOn, today);
  return age > REVIEW_WARNING_DAYS
    ? `data/${DATA_FILES.people} was last reviewed on ${reviewedOn}, ${age} days before ${today} (more than ${REVIEW_WARNING_DAYS}): check the people's court cases against new reporting and update reviewed_on and covers_to`
    : undefined;
}
