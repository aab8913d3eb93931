/** @jest-environment node */
import { Limiter } from "@/lib/cache/limiter";

describe("Limiter", () => {
  it("runs at most `max` tasks at once and starts the waiting ones in arrival order", async () => {
    const limit = new Limiter(2);
    const started: number[] = [];
    const release: (() => void)[] = [];
    const task = (n: number) => () =>
      new Promise<number>((resolve) => {
        started.push(n);
        release[n] = () => resolve(n);
      });
    const results = [0, 1, 2, 3].map((n) => limit.run(task(n)));
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(limit.running).toBe(2);
    expect(limit.queued).toBe(2);
    release[1]!();
    await results[1];
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2]);
    release[0]!();
    release[2]!();
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2, 3]);
    release[3]!();
    await expect(Promise.all(results)).resolves.toEqual([0, 1, 2, 3]);
    expect(limit.running).toBe(0);
    expect(limit.hasRoom).toBe(true);
  });

  it("frees the slot of a task that fails", async () => {
    const limit = new Limiter(1);
    await expect(limit.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limit.run(async () => "next")).resolves.toBe("next");
    expect(limit.running).toBe(0);
  });

  it("refuses a size that is not a whole number >= 1", () => {
    expect(() => new Limiter(0)).toThrow(/max/);
    expect(() => new Limiter(1.5)).toThrow(/max/);
  });
});
