/**
 * Coalesces concurrent work on one key: while a call for a key is running, later calls for the
 * same key wait for its result instead of starting their own (a thundering herd of requests for
 * a page that is not cached yet costs one render). A failure reaches every waiter and is not
 * remembered: the next call tries again.
 */
export class SingleFlight<V> {
  private readonly running = new Map<string, Promise<V>>();

  /** `shared` is true when this call joined work another call had started. */
  run(key: string, work: () => Promise<V>): { result: Promise<V>; shared: boolean } {
    const existing = this.running.get(key);
    if (existing) return { result: existing, shared: true };
    const result = (async () => {
      try {
        return await work();
      } finally {
        this.running.delete(key);
      }
    })();
    this.running.set(key, result);
    return { result, shared: false };
  }

  isRunning(key: string): boolean {
    return this.running.has(key);
  }

  get size(): number {
    return this.running.size;
  }
}
