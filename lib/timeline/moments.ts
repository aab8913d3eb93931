import type { ClaimResults } from "../stats/claim-check";
import type { LocalizedText } from "../i18n/localized";
import type { TimelineEntry, TimelineKind } from "../schema/timeline";
import { statedPct } from "../texts/claim-outcome-text";

/**
 * One mark on the timeline: an entry of data/timeline.json, or a statement of an official claim
 * (data/claims.json, as the claims page shows it), so a claim is entered once and appears in both.
 */
export interface Moment {
  /** The entry's id, or "claim-<claim id>-<date>" for a statement. */
  id: string;
  date: string;
  datePrecision: "day" | "month";
  kind: TimelineKind;
  title: LocalizedText;
  sourceIds: readonly string[];
  /** "unconfirmed": one major outlet (a claim statement rated so, or an entry of medium confidence). */
  trust: "shown" | "unconfirmed";
  entry?: TimelineEntry;
  claim?: { claimId: string; valuePct: number };
}

/** The moment id of a claim's statement on a date: "claim-cl-hom-40-2026-03-10". */
export const claimMomentId = (claimId: string, date: string): string => `claim-${claimId}-${date}`;

/** A claim statement's title: "−44%: intentional homicides in Mexico" in each language. */
const claimTitle = (valuePct: number, topic: LocalizedText): LocalizedText => ({
  en: `${statedPct("en", valuePct)}: ${topic.en}`,
  es: `${statedPct("es", valuePct)}: ${topic.es}`,
});

/**
 * Every moment of the timeline, oldest first (ties keep entries before claims, then data order):
 * the entries, and each statement the claims page shows, as kind "claim".
 */
export function buildMoments(entries: readonly TimelineEntry[], claims: readonly ClaimResults[]): Moment[] {
  const fromEntries: Moment[] = entries.map((e) => ({
    id: e.id,
    date: e.date,
    datePrecision: e.date_precision,
    kind: e.kind,
    title: e.title,
    sourceIds: e.source_ids,
    trust: e.confidence === "high" ? "shown" : "unconfirmed",
    entry: e,
  }));
  const fromClaims: Moment[] = claims.flatMap(({ claim, statements }) =>
    statements.map(({ statement, trust }) => ({
      id: claimMomentId(claim.id, statement.date),
      date: statement.date,
      datePrecision: "day" as const,
      kind: "claim" as const,
      title: claimTitle(statement.value_pct, claim.topic),
      sourceIds: statement.source_ids,
      trust,
      claim: { claimId: claim.id, valuePct: statement.value_pct },
    })),
  );
  return [...fromEntries, ...fromClaims]
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.date < b.m.date ? -1 : a.m.date > b.m.date ? 1 : a.i - b.i))
    .map(({ m }) => m);
}

/** The moments of one kind, or all of them. */
export const momentsOfKind = (moments: readonly Moment[], kind: TimelineKind | null): Moment[] =>
  kind ? moments.filter((m) => m.kind === kind) : [...moments];

/** The moments dated within a month range (inclusive). */
export const momentsInMonths = (moments: readonly Moment[], { from, to }: { from: string; to: string }): Moment[] =>
  moments.filter((m) => m.date.slice(0, 7) >= from && m.date.slice(0, 7) <= to);
