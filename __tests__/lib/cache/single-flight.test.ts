/** @jest-environment node */
import { SingleFlight } from "@/lib/cache/single-flight";

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

describe("SingleFlight", () => {
  it("runs the work once for concurrent calls on one key, and hands every caller its result", async () => {
    const flight = new SingleFlight<string>();
    const gate = deferred<string>();
    let calls = 0;
    const work = () => {
      calls++;
      return gate.promise;
    };
    const first = flight.run("k", work);
    const second = flight.run("k", work);
    const other = flight.run("other", async () => "other");
    expect(first.shared).toBe(false);
    expect(second.shared).toBe(true);
    expect(other.shared).toBe(false);
    gate.resolve("page");
    await expect(first.result).resolves.toBe("page");
    await expect(second.result).resolves.toBe("page");
    await expect(other.result).resolves.toBe("other");
    expect(calls).toBe(1);
    expect(flight.size).toBe(0);
  });

  it("passes a failure to every waiter and forgets it, so the next call tries again", async () => {
    const flight = new SingleFlight<string>();
    const gate = deferred<string>();
    const a = flight.run("k", () => gate.promise);
    const b = flight.run("k", () => gate.promise);
    gate.reject(new Error("render failed"));
    await expect(a.result).rejects.toThrow("render failed");
    await expect(b.result).rejects.toThrow("render failed");
    expect(flight.isRunning("k")).toBe(false);
    await expect(flight.run("k", async () => "second try").result).resolves.toBe("second try");
  });
});
