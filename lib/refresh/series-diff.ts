/** One value of a monthly series; `key` tells series with several values a month apart (CBP scopes), else "". */
export interface SeriesValue {
  month: string;
  key: string;
  value: number;
}

export interface Revision {
  month: string;
  key: string;
  from: number;
  to: number;
}

/** What merging a release into a series changes. Values compare at the precision the series stores. */
export interface SeriesDiff {
  added: SeriesValue[];
  revised: Revision[];
  /** Values the series holds for months the release covers, which the release no longer gives. */
  removed: SeriesValue[];
  unchanged: number;
}

const keyOf = (v: { month: string; key: string }) => `${v.month}\u0000${v.key}`;

/**
 * Compares a release with a series it merges into: the months the release covers (from its first month on) are
 * replaced by the release's values, and older months stay. A value the series holds from the release's
 * first month on that the release does not give is reported as removed; the caller decides whether
 * that is allowed.
 */
export function diffSeries(existing: readonly SeriesValue[], incoming: readonly SeriesValue[]): SeriesDiff {
  if (incoming.length === 0) return { added: [], revised: [], removed: [], unchanged: 0 };
  const first = incoming.reduce((min, v) => (v.month < min ? v.month : min), incoming[0]!.month);
  const before = new Map(existing.map((v) => [keyOf(v), v]));
  const after = new Set(incoming.map(keyOf));
  const added: SeriesValue[] = [];
  const revised: Revision[] = [];
  let unchanged = 0;
  for (const v of incoming) {
    const old = before.get(keyOf(v));
    if (!old) added.push(v);
    else if (old.value !== v.value) revised.push({ month: v.month, key: v.key, from: old.value, to: v.value });
    else unchanged++;
  }
  const removed = existing.filter((v) => v.month >= first && !after.has(keyOf(v)));
  return { added, revised, removed, unchanged };
}
