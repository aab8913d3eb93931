/** @jest-environment node */
import { selectParts } from "../../bench/parts.mjs";
import { buildMeta, mergeResults, SCHEMA_VERSION } from "../../bench/results.mjs";

/** A run as bench/run.mjs describes it to buildMeta. */
const makeRun = (date: string, commit: string) => ({
  date,
  commit,
  dirty: false,
  chromium: "156.0",
  chromePath: "/usr/bin/chromium",
  build: { built: false, buildId: `build-${commit}`, builtAt: date, changedDuringRun: false },
});

/** A results file written by a whole run before meta.parts existed, with the scale test merged in. */
const makePreviousFile = () => ({
  meta: { schemaVersion: SCHEMA_VERSION, date: "2026-01-01T00:00:00.000Z", gitCommit: "aaa1111", gitDirty: false, runs: 5, build: { buildId: "old" } },
  html: { home: { rawBytes: 200_000 } },
  exports: { chartPng2x: { medianMs: 100 } },
  targets: { scaleFailover: { label: "scale-test", group: "load", met: true } },
  scaleTest: { connections: 100 },
});

describe("selectParts", () => {
  it("selectParts returns the named parts in the bench's order, whatever the order given", () => {
    expect(selectParts(["exports", "html", "map"]).map((p: { name: string }) => p.name)).toEqual(["map", "exports", "html"]);
  });

  it("selectParts returns every part when none is named", () => {
    expect(selectParts([]).length).toBeGreaterThan(10);
  });

  it("selectParts names an unknown part and lists the parts", () => {
    expect(() => selectParts(["html", "htlm"])).toThrow(/unknown part "htlm".*\n.*first-load-js/s);
  });
});

describe("mergeResults", () => {
  const previous = makePreviousFile();
  const ran = [{ name: "html", keys: ["html"], durationSeconds: 0.2 }];
  const meta = buildMeta(makeRun("2026-02-02T00:00:00.000Z", "bbb2222"), ran, previous);
  const merged = mergeResults(previous, meta, { html: { home: { rawBytes: 90_000, inlinePayloadBytes: 25_000 } } });

  it("mergeResults replaces the sections measured and keeps the others and the scale test", () => {
    expect(merged.html.home.rawBytes).toBe(90_000);
    expect(merged.exports).toEqual(previous.exports);
    expect(merged.scaleTest).toEqual(previous.scaleTest);
  });

  it("mergeResults recomputes the targets from the merged sections and keeps targets computed elsewhere", () => {
    expect(merged.targets.htmlHomeBytes).toMatchObject({ measured: 90_000, met: true });
    expect(merged.targets.payloadHomeBytes).toMatchObject({ measured: 25_000, target: 20_480, met: false });
    expect(merged.targets.scaleFailover).toEqual(previous.targets.scaleFailover);
  });

  it("buildMeta records the run that measured each part, taking an older file's parts from its meta", () => {
    expect(merged.meta.parts.html).toMatchObject({ keys: ["html"], date: "2026-02-02T00:00:00.000Z", gitCommit: "bbb2222", buildId: "build-bbb2222" });
    expect(merged.meta.parts.exports).toMatchObject({ date: "2026-01-01T00:00:00.000Z", gitCommit: "aaa1111", buildId: "old", runs: 5 });
    expect(merged.meta.parts.map).toBeUndefined(); // the older file holds no map section
    expect(merged.meta.lastRunParts).toEqual(["html"]);
  });

  it("mergeResults without a previous file holds only this run's sections and their targets", () => {
    const fresh = mergeResults(null, buildMeta(makeRun("2026-02-02T00:00:00.000Z", "bbb2222"), ran, null), { html: { home: { rawBytes: 90_000 } } });
    expect(Object.keys(fresh)).toEqual(["meta", "html", "targets"]);
    expect(fresh.targets.scaleFailover).toBeUndefined();
    expect(Object.keys(fresh.meta.parts)).toEqual(["html"]);
  });
});
