// Statistics of repeated timings: the bench reports medians, with min and max for the spread.
import { round1 } from "./timing.mjs";

/** Median of the numbers among `values` (mean of the middle two for an even count); null when there are none. */
export function medianOf(values) {
  const sorted = values.filter((v) => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median, min and max, in ms with one decimal. */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { medianMs: round1(medianOf(values)), minMs: round1(sorted[0]), maxMs: round1(sorted.at(-1)), runs: values.map(round1) };
}
