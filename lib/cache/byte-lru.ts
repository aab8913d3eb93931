/**
 * A least-recently-used cache bounded by the bytes of its values, not their count: one entry of a
 * page can weigh a hundred times another. Reading an entry makes it the newest; adding past the
 * budget drops the oldest until the new one fits. A value larger than the whole budget is not kept.
 *
 *   const lru = new ByteLru<{ bytes: number }>(1_000);
 *   lru.set("a", { bytes: 600 }); lru.set("b", { bytes: 600 }); // "a" is dropped
 */
export interface Weighed {
  readonly bytes: number;
}

export interface LruStats {
  entries: number;
  bytes: number;
  maxBytes: number;
  hits: number;
  misses: number;
  evictions: number;
}

export class ByteLru<V extends Weighed> {
  // A Map iterates in insertion order: the first key is the least recently used.
  private readonly entries = new Map<string, V>();
  private usedBytes = 0;
  private hits = 0;
  private misses = 0;
  private evictions = 0;

  constructor(readonly maxBytes: number) {
    if (!(maxBytes >= 0)) throw new RangeError(`ByteLru: maxBytes must be >= 0, got ${maxBytes}`);
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** Looks without counting a hit or refreshing the entry. */
  peek(key: string): V | undefined {
    return this.entries.get(key);
  }

  /** Returns false when the value alone is over budget (nothing is stored or dropped then). */
  set(key: string, value: V): boolean {
    this.delete(key);
    if (value.bytes > this.maxBytes) return false;
    while (this.usedBytes + value.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value as string;
      this.delete(oldest);
      this.evictions++;
    }
    this.entries.set(key, value);
    this.usedBytes += value.bytes;
    return true;
  }

  delete(key: string): boolean {
    const value = this.entries.get(key);
    if (value === undefined) return false;
    this.entries.delete(key);
    this.usedBytes -= value.bytes;
    return true;
  }

  stats(): LruStats {
    return { entries: this.entries.size, bytes: this.usedBytes, maxBytes: this.maxBytes, hits: this.hits, misses: this.misses, evictions: this.evictions };
  }
}
