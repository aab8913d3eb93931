import type { Browser } from "playwright-core";
import { BASE_URL, launchBrowser, saveScreenshot, trackForeignRequests, VIEWPORTS } from "./support/browser";
import { liveCounts, liveDataset } from "./support/live-data";

const data = liveDataset();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("overview page /", () => {
  it("renders the headline, the latest transfer and the claim checks with JavaScript disabled", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    const res = await page.goto(`${BASE_URL}/`);
    expect(res?.status()).toBe(200);
    const { people, transfers } = liveCounts();
    await expect(page.locator("h1").textContent()).resolves.toBe(`${people} people sent to the United States in ${transfers} mass transfers`);
    const latest = page.locator("section[aria-labelledby=latest-title]");
    await expect(latest.textContent()).resolves.toContain("Tuesday, January 20, 2026");
    await expect(latest.locator(".facts .figure").allTextContents()).resolves.toEqual(["37", "7"]);
    // Houston and Pennsylvania are flagged, each linked to the discrepancy that lists the versions.
    const houston = latest.locator("li.destination", { hasText: "Houston, Texas" });
    await expect(houston.locator(".badge--disputed").textContent()).resolves.toBe("reported by some sources, not others");
    await expect(houston.locator("a.disc-link").getAttribute("href")).resolves.toBe("/sources#disc-04");
    await expect(latest.locator("li.destination", { hasText: "San Antonio" }).locator(".badge--disputed").count()).resolves.toBe(0);
    await expect(latest.locator(".dispute").textContent()).resolves.toContain("Five, without Houston");
    // The claims: each claim's latest statement, not the -40% of January 2026 as current.
    await expect(page.locator("#claim-cl-hom-40 .claim__value").textContent()).resolves.toBe("-44%");
    await context.close();
  });

  it("links every citation on / to an entry on /sources", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    const targets = new Set((await page.locator(".cite a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).map(String));
    expect(targets.size).toBeGreaterThan(20);
    await page.goto(`${BASE_URL}/sources`);
    const anchors = new Set(await page.locator("[id^=src-]").evaluateAll((els) => els.map((e) => `/sources#${e.id}`)));
    expect([...targets].filter((t) => !anchors.has(t))).toEqual([]);
    await context.close();
  });

  it("makes no request outside its own origin and saves desktop and phone screenshots", async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const context = await browser.newContext({ viewport });
      const foreign = trackForeignRequests(context);
      const page = await context.newPage();
      await page.goto(`${BASE_URL}/`, { waitUntil: "networkidle" });
      await page.evaluate(() => document.fonts.ready);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `overview-${name}`);
      expect(foreign).toEqual([]);
      await context.close();
    }
  });
});

describe("sources page /sources", () => {
  it("lists every source and every discrepancy with at least two versions", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/sources`);
    await expect(page.locator("[id^=src-]").count()).resolves.toBe(data.sources.length);
    await expect(page.locator("article.discrepancy").count()).resolves.toBe(data.discrepancies.length);
    const versionCounts = await page.locator("article.discrepancy").evaluateAll((els) => els.map((e) => e.querySelectorAll("li").length));
    expect(Math.min(...versionCounts)).toBeGreaterThanOrEqual(2);
    const hrefs = await page.locator(".sources a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.every((h) => /^https?:\/\//.test(h))).toBe(true);
    await saveScreenshot(page, "sources-phone");
    await context.close();
  });
});
