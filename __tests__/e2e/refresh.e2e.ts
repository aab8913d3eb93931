// A refresh reaches the page with no code change: a copy of the project gets CBP's April 2026
// release plus one new month (May 2026) through `npm run refresh`, is built as a deploy would build
// it, and its server shows the new month in the chart, its table, the fiscal year, /sources and the
// CSV download.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Browser } from "playwright-core";
import { startAppServer, type AppServer } from "../../scripts/app-server.mjs";
import { cbpReleaseWith, MAY_2026_ROWS } from "../fixtures/refresh/releases";
import { launchBrowser, saveScreenshot, VIEWPORTS } from "./support/browser";

const ROOT = process.cwd();
/** What a clone holds, less what the build makes: node_modules is hard-linked, not copied. */
const SKIP = /^(node_modules|\.next|\.git|test-results|bench\/results)(\/|$)/;

let browser: Browser;
let work: string;
let server: AppServer | undefined;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "atlas-refresh-e2e-"));
  cpSync(ROOT, work, { recursive: true, filter: (src) => !SKIP.test(relative(ROOT, src)) });
  // Hard links: a full copy of node_modules takes minutes. Turbopack refuses a symlink out of the project.
  const link = spawnSync("cp", ["-al", join(ROOT, "node_modules"), join(work, "node_modules")]);
  if (link.status !== 0) cpSync(join(ROOT, "node_modules"), join(work, "node_modules"), { recursive: true });
  const release = join(work, "nationwide-drugs-fy23-fy26-may.csv");
  writeFileSync(release, cbpReleaseWith(MAY_2026_ROWS));
  execFileSync("npm", ["run", "-s", "refresh", "--", "cbp", release, "--date", "2026-06-15"], { cwd: work, stdio: "pipe" });
  const build = spawnSync("npm", ["run", "build"], { cwd: work, encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error(`the refreshed copy did not build:\n${build.stdout}\n${build.stderr}`);
  server = await startAppServer({ cwd: work, env: { WARM: "0" }, stdio: "ignore" });
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("a refresh reaches the page", () => {
  it("shows May 2026 in the fentanyl chart, its table, the partial fiscal year, /sources and the CSV", async () => {
    const base = server!.baseUrl;
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/?v=2&chart=fentanyl&table=1`);
    const fentanyl = page.locator("#chart-fentanyl");
    await expect(fentanyl.locator(".chart__meta").textContent()).resolves.toContain("Data as of May 2026");
    await expect(fentanyl.textContent()).resolves.toContain("from October 2018 to May 2026");
    const lastRow = await page.locator("table[data-table=fentanyl] tbody tr").last().locator("th, td").allTextContents();
    expect(lastRow).toEqual(["May 2026", "453.00"]);
    await page.goto(`${base}/?v=2&chart=fiscal&table=1`);
    const fy2026 = await page.locator("table[data-table=fiscal] tbody tr").last().locator("th, td").allTextContents();
    expect(fy2026).toEqual(["FY2026", "6,715.41", "partial: Oct 2025 – May 2026"]);
    await page.goto(`${base}/sources`);
    const update = page.locator(".data-updates li").first();
    await expect(update.textContent()).resolves.toContain("CBP release with data to May 2026: 1 new month, 0 revised");
    await expect(page.locator("[id^=src-cbp_drugs_2026-05_] .source__file").textContent()).resolves.toMatch(
      /^File nationwide-drugs-fy23-fy26-may\.csv, SHA-256 [0-9a-f]{64}, read June 15, 2026$/,
    );
    await saveScreenshot(page, "sources-after-refresh");
    const csv = await (await fetch(`${base}/data/fentanyl-monthly.csv`)).text();
    expect(csv).toMatch(/\n2026-05,swb,453\.00,cbp_drugs_2026-05_[0-9a-f]{8}\n/);
    await context.close();
  });
});
