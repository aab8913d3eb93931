/** @jest-environment node */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SNAPSHOT_DIR } from "../fixtures/dataset-snapshot";
import { cbpReleaseWith, MAY_2026_ROWS } from "../fixtures/refresh/releases";

const ROOT = process.cwd();
const TSX = join(ROOT, "node_modules/.bin/tsx");
const CLI = join(ROOT, "scripts/refresh/cli.ts");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run refresh -- ...args` (the same script) and collects its output. */
function refresh(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [CLI, ...args], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Every file under a folder with its bytes, to compare a folder before and after. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), "base64")]));
}

let work: string;
let dataDir: string;
let mayFile: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "atlas-refresh-"));
  dataDir = join(work, "data");
  cpSync(SNAPSHOT_DIR, dataDir, { recursive: true });
  mayFile = join(work, "nationwide-drugs-fy23-fy26-may.csv");
  writeFileSync(mayFile, cbpReleaseWith(MAY_2026_ROWS));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe("npm run refresh", () => {
  it("refresh --dry-run prints the change and writes nothing", async () => {
    const before = snapshot(dataDir);
    const run = await refresh(["cbp", mayFile, "--data-dir", dataDir, "--date", "2026-06-15", "--dry-run"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("new months (1):");
    expect(run.stdout).toContain("May 2026 swb: 453.00");
    expect(run.stdout).toContain('change log: "CBP release with data to May 2026: 1 new month, 0 revised"');
    expect(run.stdout).toMatch(/dry run: would write 5 file\(s\) .*; nothing written/);
    expect(snapshot(dataDir)).toEqual(before);
  }, 30_000);

  it("refresh writes the new month, and a second identical run leaves data/ byte-identical", async () => {
    const first = await refresh(["cbp", mayFile, "--data-dir", dataDir, "--date", "2026-06-15"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/wrote 5 file\(s\) in .* \(validated as a whole\)/);
    expect(readFileSync(join(dataDir, "fentanyl-monthly.csv"), "utf8")).toContain("2026-05,swb,453.00,");
    const after = snapshot(dataDir);
    const second = await refresh(["cbp", mayFile, "--data-dir", dataDir, "--date", "2026-07-01"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("already recorded: same SHA-256");
    expect(second.stdout).toContain("no change:");
    expect(snapshot(dataDir)).toEqual(after);
    expect(readdirSync(work).sort()).toEqual(["data", "nationwide-drugs-fy23-fy26-may.csv"]); // no staging folder left
  }, 30_000);

  it("refresh refuses a broken file with file, line and column, exits 1 and leaves git status clean", async () => {
    execFileSync("git", ["init", "-q"], { cwd: work });
    execFileSync("git", ["add", "data"], { cwd: work });
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "data"], { cwd: work });
    const broken = join(work, "broken.csv");
    writeFileSync(broken, readFileSync(mayFile, "utf8").replace(/\n(2026 \(FYTD\),APR,[^\n]*),([\d.]+)\n/, "\n$1,12 lbs\n"));
    const run = await refresh(["cbp", broken, "--data-dir", dataDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^refused: 1 problem\(s\); .* untouched\n {2}broken\.csv:\d+:9 \(Sum Qty \(lbs\)\): expected a number of pounds >= 0, found "12 lbs"\n$/,
    );
    expect(execFileSync("git", ["status", "--porcelain", "--", "data"], { cwd: work, encoding: "utf8" })).toBe("");
    expect(
      execFileSync("git", ["status", "--porcelain", "--ignored"], { cwd: work, encoding: "utf8" })
        .split("\n")
        .filter((l) => l && !/ (broken|nationwide)[^/]*\.csv$/.test(l)),
    ).toEqual([]);
  }, 30_000);

  it("refresh rejects a bad command line with usage and exit code 2", async () => {
    const run = await refresh(["ine", mayFile]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("usage: npm run refresh -- cbp|sesnsp <file-or-url>");
  }, 30_000);

  describe("from a URL", () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      const may = cbpReleaseWith(MAY_2026_ROWS);
      server = createServer((req, res) => {
        if (req.url === "/may.csv") res.end(may);
        else if (req.url === "/slow.csv") setTimeout(() => res.end(may), 10_000).unref();
        else if (req.url === "/huge.csv") {
          res.writeHead(200); // no content-length: the limit must hold while streaming
          res.end(Buffer.alloc(3 * 1024 * 1024, 65));
        } else res.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    );

    it("refresh downloads a release and records its URL in the new source", async () => {
      const run = await refresh(["cbp", `${base}/may.csv`, "--data-dir", dataDir, "--date", "2026-06-15"]);
      expect(run.code).toBe(0);
      const sources = JSON.parse(readFileSync(join(dataDir, "sources.json"), "utf8")).sources;
      expect(sources.at(-1)).toMatchObject({ url: `${base}/may.csv`, file: { name: "may.csv", retrieved: "2026-06-15" } });
    }, 30_000);

    it("refresh gives up on a slow server, an oversized file and a 404, leaving data/ untouched", async () => {
      const before = snapshot(dataDir);
      const slow = await refresh(["cbp", `${base}/slow.csv`, "--data-dir", dataDir, "--timeout-s", "0.5"]);
      expect(slow).toMatchObject({ code: 1, stderr: expect.stringContaining("no answer within 0.5 s; data/ untouched") });
      const huge = await refresh(["cbp", `${base}/huge.csv`, "--data-dir", dataDir, "--max-mb", "1"]);
      expect(huge).toMatchObject({ code: 1, stderr: expect.stringContaining("passed the 1048576-byte limit (--max-mb) while downloading") });
      const missing = await refresh(["cbp", `${base}/gone.csv`, "--data-dir", dataDir]);
      expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining("the server answered 404 Not Found") });
      expect(snapshot(dataDir)).toEqual(before);
    }, 30_000);
  });
});
