import { confidenceFrom, isAtMost } from "../sources/trust";
import type { Dataset } from "./dataset";
import { DATA_FILES } from "./files";
import { describeFound, type DataIssue } from "./issue";
import { requireAuthority } from "./source-authority";

/**
 * The timeline's cross-file rules: ids unique; a month-precision entry dated the 1st; its
 * transfer, claims and people exist (a transfer entry names its transfer, and no other kind
 * does); every source has an authority; the confidence is at most what the sources give
 * (lower only with a note), and never "low": an entry resting only on low-authority sources
 * stays out of data/; a change of government is kind "other" and confirmed ("high"), since the
 * charts draw it as a line across every time chart.
 */
export function checkTimeline(d: Pick<Dataset, "timeline" | "sources" | "events" | "claims" | "people">, issues: DataIssue[]): void {
  const file = DATA_FILES.timeline;
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const eventIds = new Set(d.events.map((e) => e.id));
  const claimIds = new Set(d.claims.map((c) => c.id));
  const personIds = new Set(d.people.map((p) => p.id));
  const seen = new Set<string>();
  const push = (record: string, field: string, expected: string, found: unknown) => issues.push({ file, record, field, expected, found: describeFound(found) });
  for (const e of d.timeline) {
    if (seen.has(e.id)) push(e.id, "id", "an id used once", e.id);
    seen.add(e.id);
    if (!e.id.startsWith(`tl-${e.date}-`)) push(e.id, "id", `an id starting with "tl-${e.date}-" (its date)`, e.id);
    if (e.date_precision === "month" && !e.date.endsWith("-01")) push(e.id, "date", "the 1st of the month for an entry known only to the month", e.date);
    if (e.kind === "transfer" && e.event_id === undefined) push(e.id, "event_id", "the transfer of the 92 this entry is", undefined);
    if (e.event_id !== undefined && e.kind !== "transfer") push(e.id, "event_id", 'no event_id: only a "transfer" entry is one of the 92 transfers', e.event_id);
    if (e.event_id !== undefined && !eventIds.has(e.event_id)) push(e.id, "event_id", "an event id listed in data/transfers.json", e.event_id);
    (e.claim_ids ?? []).forEach((id, i) => claimIds.has(id) || push(e.id, `claim_ids[${i}]`, "a claim id listed in data/claims.json", id));
    (e.person_ids ?? []).forEach((id, i) => personIds.has(id) || push(e.id, `person_ids[${i}]`, "a person id listed in data/people.json", id));
    if (e.government_change && e.kind !== "other") push(e.id, "government_change", 'only on an entry of kind "other" (a president takes office)', e.kind);
    if (e.government_change && e.confidence !== "high") push(e.id, "government_change", 'only on an entry of confidence "high"', e.confidence);
    requireAuthority(sources, { file, record: e.id, field: "source_ids" }, e.source_ids, issues);
    const allowed = confidenceFrom(e.source_ids.map((id) => sources.get(id)).filter((s) => s !== undefined));
    if (allowed === "low") push(e.id, "source_ids", "a primary source or a major outlet: an entry resting only on low-authority sources stays out", e.source_ids);
    else if (!isAtMost(e.confidence, allowed)) push(e.id, "confidence", `at most "${allowed}", what its sources give`, e.confidence);
    else if (e.confidence !== allowed && !e.confidence_note) push(e.id, "confidence_note", `a note saying why the confidence is lower than the sources' "${allowed}"`, undefined);
  }
}
