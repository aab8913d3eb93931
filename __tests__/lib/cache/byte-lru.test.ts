/** @jest-environment node */
import fc from "fast-check";
import { ByteLru } from "@/lib/cache/byte-lru";

const item = (bytes: number) => ({ bytes });

describe("ByteLru", () => {
  it("drops the least recently used entries until a new one fits the byte budget", () => {
    const lru = new ByteLru(1_000);
    lru.set("a", item(400));
    lru.set("b", item(400));
    lru.get("a"); // "b" is now the oldest
    lru.set("c", item(400));
    expect(lru.peek("a")).toBeDefined();
    expect(lru.peek("b")).toBeUndefined();
    expect(lru.peek("c")).toBeDefined();
    expect(lru.stats()).toMatchObject({ entries: 2, bytes: 800, evictions: 1 });
  });

  it("keeps nothing larger than the whole budget, and drops nothing for it", () => {
    const lru = new ByteLru(1_000);
    lru.set("a", item(600));
    expect(lru.set("huge", item(1_001))).toBe(false);
    expect(lru.peek("a")).toBeDefined();
    expect(lru.stats().bytes).toBe(600);
  });

  it("replacing a key counts its bytes once", () => {
    const lru = new ByteLru(1_000);
    lru.set("a", item(600));
    lru.set("a", item(700));
    expect(lru.stats()).toMatchObject({ entries: 1, bytes: 700, evictions: 0 });
  });

  it("counts hits and misses, and peek counts neither", () => {
    const lru = new ByteLru(10);
    lru.set("a", item(1));
    lru.get("a");
    lru.get("b");
    lru.peek("a");
    expect(lru.stats()).toMatchObject({ hits: 1, misses: 1 });
  });

  it("never holds more bytes than its budget, whatever the sequence of operations", () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant("set" as const), key: fc.integer({ min: 0, max: 20 }), bytes: fc.integer({ min: 0, max: 700 }) }),
      fc.record({ kind: fc.constant("get" as const), key: fc.integer({ min: 0, max: 20 }) }),
      fc.record({ kind: fc.constant("delete" as const), key: fc.integer({ min: 0, max: 20 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const lru = new ByteLru<{ bytes: number }>(1_000);
        const model = new Map<string, number>();
        for (const o of ops) {
          const key = String(o.key);
          if (o.kind === "set") {
            if (lru.set(key, item(o.bytes))) model.set(key, o.bytes);
            else model.delete(key);
          } else if (o.kind === "delete") lru.delete(key);
          else lru.get(key);
          const { bytes, entries } = lru.stats();
          if (bytes > 1_000 || bytes < 0) return false;
          // The byte count always equals the sum of what is held.
          let sum = 0;
          let held = 0;
          for (const k of model.keys()) {
            const v = lru.peek(k);
            if (v) {
              sum += v.bytes;
              held++;
            }
          }
          if (sum !== bytes || held !== entries) return false;
        }
        return true;
      }),
    );
  });

  it("refuses a budget that is not a number", () => {
    expect(() => new ByteLru(Number.NaN)).toThrow(/maxBytes/);
  });
});
