import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { getMessages } from "@/lib/i18n/messages";
import { BASE_URL, launchBrowser, saveScreenshot, VIEWPORTS } from "./support/browser";
import { waitForMapReady } from "./support/map";
import { liveCounts } from "./support/live-data";
import { pageTexts } from "./support/page-texts";
import { englishFound, englishStrings } from "../support/english-text";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("languages", () => {
  it("renders / and /sources in Spanish with lang, hreflang and no English string once the map and a lazy chart have drawn", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    const english = englishStrings();
    for (const path of ["/?v=2&lang=es", "/sources?v=2&lang=es"]) {
      await page.goto(`${BASE_URL}${path}`);
      await expect(page.locator("html").getAttribute("lang")).resolves.toBe("es");
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => l.getAttribute("hreflang")));
      expect(alternates).toEqual(expect.arrayContaining(["en-US", "es-MX"]));
      if (path.startsWith("/?")) {
        await waitForMapReady(page);
        await page.locator("#charts-title").scrollIntoViewIfNeeded();
        await page.locator('[data-plot="fiscal"] [data-chart-picture]').waitFor();
      }
      expect({ path, untranslated: englishFound(english, await pageTexts(page)) }).toEqual({ path, untranslated: [] });
    }
    await page.goto(`${BASE_URL}/?v=2&lang=es`);
    const { people, transfers } = liveCounts();
    await expect(page.locator("h1").textContent()).resolves.toBe(`${people} personas enviadas a Estados Unidos en ${transfers} traslados masivos`);
    await expect(page.locator("section[aria-labelledby=latest-title]").textContent()).resolves.toContain("20 de enero de 2026");
    await saveScreenshot(page, "overview-es-desktop");
    await context.close();
  });

  it("switches language from the header and keeps the view", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/?v=2&event=2026-01&place=us_houston`);
    // With the live map running: it holds its camera write-backs while a link's navigation runs
    // (a replaceState landing then would cancel the navigation in Chromium).
    await waitForMapReady(page);
    await page.locator(".lang-switch a", { hasText: "Español" }).click();
    await page.waitForURL(/lang=es/);
    expect(new URL(page.url()).searchParams.get("event")).toBe("2026-01");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("es");
    await expect(page.locator(".place-detail h3").first().textContent()).resolves.toBe("Houston, Texas");
    await page.locator(".lang-switch a", { hasText: "English" }).click();
    await page.waitForURL((url) => !url.search.includes("lang=es"));
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await saveScreenshot(page, "overview-es-phone-back-to-en");
    await context.close();
  });

  it("exports a Spanish chart with a Spanish title and Spanish CSV headers", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/?v=2&lang=es`);
    const es = getMessages("es");
    const menu = page.locator("#chart-fiscal details.export");
    await menu.locator("summary").click();
    const [svg] = await Promise.all([page.waitForEvent("download"), menu.locator('[data-export="svg"]').click()]);
    const svgText = readFileSync((await svg.path())!, "utf8");
    expect(svgText).toContain(es.charts.fiscal.title);
    expect(svgText).toContain(es.charts.dataAsOfLabel);
    const [csv] = await Promise.all([page.waitForEvent("download"), menu.locator('[data-export="csv"]').click()]);
    const header = readFileSync((await csv.path())!, "utf8")
      .split(/\r?\n/)
      .find((l) => !l.startsWith("#"));
    expect(header).toBe(`${es.export.csvHeaders.fiscalYear},${es.export.csvHeaders.pounds},${es.export.csvHeaders.isPartial}`);
    await context.close();
  });
});
