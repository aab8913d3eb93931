import type { ConfidenceLevel } from "../schema/common";
import type { Source } from "../schema/sources";

/** What the confidence rule needs of a source record. */
export type AuthoritySource = Pick<Source, "id" | "publisher" | "authority" | "wire_origin">;

/**
 * The confidence a fact (about a person, or that an official said something) may claim from its sources: high = a primary source, or two
 * independent major outlets (copies of one wire report are one outlet: its `wire_origin`); medium =
 * one major outlet; low = low-authority sources only (or sources with no authority recorded).
 */
export function confidenceFrom(sources: readonly AuthoritySource[]): ConfidenceLevel {
  if (sources.some((s) => s.authority === "primary")) return "high";
  const outlets = new Set(sources.filter((s) => s.authority === "major outlet").map((s) => s.wire_origin ?? s.publisher));
  if (outlets.size >= 2) return "high";
  return outlets.size === 1 ? "medium" : "low";
}

const RANK: Record<ConfidenceLevel, number> = { low: 0, medium: 1, high: 2 };

/** True when `level` claims no more than `allowed`. */
export function isAtMost(level: ConfidenceLevel, allowed: ConfidenceLevel): boolean {
  return RANK[level] <= RANK[allowed];
}

/**
 * How the page shows a fact of this confidence: plainly, marked as unconfirmed, or not at all
 * (resting only on low-authority sources).
 */
export type Trust = "shown" | "unconfirmed" | "omitted";
export function trustOf(level: ConfidenceLevel): Trust {
  return level === "high" ? "shown" : level === "medium" ? "unconfirmed" : "omitted";
}

/** How the page shows a fact cited by `ids`, rated by the records in `sources`. */
export function makeSourceTrust(sources: readonly AuthoritySource[]): (ids: readonly string[]) => Trust {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (ids) => trustOf(confidenceFrom(ids.map((id) => byId.get(id)).filter((s) => s !== undefined)));
}

/** The fact if the page shows it (plainly or as unconfirmed), else null: one resting only on low-authority sources. */
export function shownFact<T extends { source_ids: readonly string[] }>(fact: T | null, trust: (ids: readonly string[]) => Trust): T | null {
  return fact !== null && trust(fact.source_ids) !== "omitted" ? fact : null;
}
