/** @jest-environment node */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildDecision, buildFingerprint, readManifest, writeManifest } from "../../scripts/build-manifest.mjs";

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), text);
};
const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "ignore" });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "atlas-manifest-"));
  write("package-lock.json", "{}");
  write("app/page.tsx", "export default 1;");
  write("README.md", "# x");
  write("__tests__/a.test.ts", "it('x', () => {});");
  git("init", "-q");
  git("add", "-A");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("buildFingerprint", () => {
  it("buildFingerprint changes when a source or the lockfile changes, committed or not", () => {
    const first = buildFingerprint(root);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    write("app/page.tsx", "export default 2;");
    const second = buildFingerprint(root);
    expect(second).not.toBe(first);
    write("package-lock.json", '{"lockfileVersion":3}');
    expect(buildFingerprint(root)).not.toBe(second);
  });

  it("buildFingerprint ignores what the build does not read: tests, prose, untracked files", () => {
    const first = buildFingerprint(root);
    write("README.md", "# changed");
    write("__tests__/a.test.ts", "it('y', () => {});");
    write("notes.txt", "untracked");
    expect(buildFingerprint(root)).toBe(first);
  });

  it("buildFingerprint is null where git cannot list the tracked files", () => {
    rmSync(join(root, ".git"), { recursive: true });
    expect(buildFingerprint(root)).toBeNull();
  });
});

describe("buildDecision", () => {
  it.each([
    ["no manifest", null, "f1", true],
    ["an incomplete manifest", { complete: false, fingerprint: "f1" }, "f1", true],
    ["changed sources", { complete: true, fingerprint: "f0" }, "f1", true],
    ["a build made without git, now in a clone", { complete: true, fingerprint: null }, "f1", true],
    ["matching sources", { complete: true, fingerprint: "f1" }, "f1", false],
    ["no git to compare with", { complete: true, fingerprint: "f0" }, null, false],
  ])("buildDecision with %s: build is %s", (_case, manifest, fingerprint, build) => {
    expect(buildDecision(manifest, fingerprint).build).toBe(build);
  });
});

describe("writeManifest", () => {
  it("writeManifest records a complete build of the tree as it is, and readManifest reads it back", () => {
    write(".next/BUILD_ID", "abc\n");
    const manifest = writeManifest(root);
    expect(manifest).toMatchObject({ complete: true, buildId: "abc", fingerprint: buildFingerprint(root) });
    expect(readManifest(root)).toEqual(manifest);
    expect(buildDecision(readManifest(root), buildFingerprint(root)).build).toBe(false);
  });

  it("readManifest is null for a missing or broken file", () => {
    expect(readManifest(root)).toBeNull();
    write(".next/atlas-build.json", "{broken");
    expect(readManifest(root)).toBeNull();
  });
});
