/**
 * Trailing rolling mean over `window` values. The first window - 1 positions are null, as is any
 * position whose window contains a null: a gap is never averaged over.
 * rollingMean([1, 2, 3, 4], 2) -> [null, 1.5, 2.5, 3.5]
 */
export function rollingMean(values: readonly (number | null)[], window: number): (number | null)[] {
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`window must be a positive integer, got ${window}`);
  return values.map((_, i) => {
    if (i + 1 < window) return null;
    let sum = 0;
    for (let j = i + 1 - window; j <= i; j++) {
      const v = values[j];
      if (v === null || v === undefined) return null;
      sum += v;
    }
    return sum / window;
  });
}
