/** @jest-environment node */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expectSnapshotFile, normalizeMarkup } from "./snapshot-file";

describe("normalizeMarkup", () => {
  it("rounds decimals to 2 places, writes colours as full lower-case hex, sorts attributes, re-indexes ids with their references and puts one tag on a line", () => {
    const markup =
      '<svg><defs><pattern id="hatch-r1"/></defs><rect x="1.23456" fill="url(#hatch-r1)" stroke="#FFF"/><g style="fill: rgb(102, 102, 102)"/><p aria-describedby="x desc-r2" id="desc-r2">-0.005</p></svg>';
    expect(normalizeMarkup(markup)).toBe(
      '<svg>\n<defs>\n<pattern id="id-0"/>\n</defs>\n<rect fill="url(#id-0)" stroke="#ffffff" x="1.23"/>\n<g style="fill: #666666"/>\n<p aria-describedby="x id-1" id="id-1">-0.01</p>\n</svg>\n',
    );
  });
});

describe("expectSnapshotFile", () => {
  const ci = process.env.CI;
  afterEach(() => {
    process.env.CI = ci;
  });

  it("passes when the output equals the file, and on a change fails naming the line and writes the new output beside the old", () => {
    const dir = mkdtempSync(join(tmpdir(), "snap-"));
    writeFileSync(join(dir, "a.svg"), "<svg>\n<g/>\n</svg>\n");
    expect(() => expectSnapshotFile("a.svg", "<svg>\n<g/>\n</svg>\n", dir)).not.toThrow();
    expect(() => expectSnapshotFile("a.svg", "<svg>\n<path/>\n</svg>\n", dir)).toThrow(/changed at line 2:\n {2}was: <g\/>\n {2}now: <path\/>/);
    expect(readFileSync(join(dir, "a.changed.svg"), "utf8")).toBe("<svg>\n<path/>\n</svg>\n");
    expect(readFileSync(join(dir, "a.svg"), "utf8")).toBe("<svg>\n<g/>\n</svg>\n");
  });

  it("writes a missing snapshot on a developer's machine but fails under CI=true", () => {
    const dir = mkdtempSync(join(tmpdir(), "snap-"));
    process.env.CI = "true";
    expect(() => expectSnapshotFile("b.csv", "x\n", dir)).toThrow(/snapshot b.csv is missing/);
    expect(existsSync(join(dir, "b.csv"))).toBe(false);
    process.env.CI = "";
    expectSnapshotFile("b.csv", "x\n", dir);
    expect(readFileSync(join(dir, "b.csv"), "utf8")).toBe("x\n");
  });
});
