import type { LocalizedText } from "../i18n/localized";
import type { ConfidenceLevel } from "../schema/common";

const RANK: Record<ConfidenceLevel, number> = { high: 0, medium: 1, low: 2 };

/** Orders records from most to least confident, keeping data order among equals. */
export function byConfidence<T extends { confidence: ConfidenceLevel }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => RANK[a.confidence] - RANK[b.confidence]);
}

/** Discrepancy ids a text refers to: "see disc-04" -> ["disc-04"] (ids read the same in both languages: pass the English). */
export function discrepancyRefs(text: string | undefined): string[] {
  return text ? [...new Set(text.match(/disc-\d{2}/g) ?? [])] : [];
}

/** A place's name without its parenthetical caveat: "Houston, Texas (landing airport not reported; ...)" -> "Houston, Texas". */
export function shortPlaceName(name: string): string {
  return name.split(" (")[0]!.trim();
}

/** Both languages' short names of a place: { en: "New York, New York (...)", es: "Nueva York, Nueva York (...)" } -> { en: "New York, New York", es: "Nueva York, Nueva York" }. */
export function shortPlaceNames(name: LocalizedText): LocalizedText {
  return { en: shortPlaceName(name.en), es: shortPlaceName(name.es) };
}
