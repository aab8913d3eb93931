import type { ConfidenceLevel } from "../schema/common";

const RANK: Record<ConfidenceLevel, number> = { high: 0, medium: 1, low: 2 };

/** The level a free-text confidence starts with: "medium (omitted by AFP; see disc-04)" -> "medium". */
export function toConfidenceLevel(text: string): ConfidenceLevel {
  const level = /^(high|medium|low)\b/.exec(text)?.[1];
  if (!level) throw new Error(`confidence "${text}" does not start with high, medium or low`);
  return level as ConfidenceLevel;
}

/** Orders records from most to least confident, keeping data order among equals. */
export function byConfidence<T extends { confidence: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => RANK[toConfidenceLevel(a.confidence)] - RANK[toConfidenceLevel(b.confidence)]);
}

/** Discrepancy ids a text refers to: "see disc-04" -> ["disc-04"]. */
export function discrepancyRefs(text: string | undefined): string[] {
  return text ? [...new Set(text.match(/disc-\d{2}/g) ?? [])] : [];
}

/** A place's name without its parenthetical caveat: "Houston, Texas (landing airport not reported; ...)" -> "Houston, Texas". */
export function shortPlaceName(name: string): string {
  return name.split(" (")[0]!.trim();
}
