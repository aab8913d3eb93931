/**
 * At most `max` tasks at a time; the rest wait in arrival order. Bounds how many renders a server
 * runs at once, so a burst of distinct URLs queues instead of exhausting memory.
 *
 *   const limit = new Limiter(2);
 *   await limit.run(() => render(path));
 */
export class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly max: number) {
    if (!(Number.isInteger(max) && max >= 1)) throw new RangeError(`Limiter: max must be a whole number >= 1, got ${max}`);
  }

  /** Tasks running now. */
  get running(): number {
    return this.active;
  }

  /** Tasks waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Whether a task would start at once. */
  get hasRoom(): boolean {
    return this.active < this.max;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter (active stays the same), or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
