import type { Browser } from "playwright-core";
import { runAxe } from "./support/axe";
import { BASE_URL, launchBrowser, saveScreenshot, VIEWPORTS } from "./support/browser";
import { liveDataset } from "./support/live-data";

const data = liveDataset();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the timeline", () => {
  it("draws every moment as a mark linking to its entry, with JavaScript off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    expect((await page.goto(`${BASE_URL}/timeline`))?.status()).toBe(200);
    const marks = await page.locator(".chrono-mark").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    const entries = await page.locator(".chrono-entry").evaluateAll((es) => es.map((e) => e.id));
    expect(marks.length).toBe(entries.length);
    expect(marks.length).toBeGreaterThanOrEqual(data.timeline.length);
    for (const href of marks) expect(entries).toContain(href.split("#")[1]);
    await context.close();
  });

  it("filters by kind and opens a deep-linked entry, in Spanish", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    const transfer = data.timeline.find((e) => e.kind === "transfer")!;
    await page.goto(`${BASE_URL}/timeline?v=2&kind=transfer&entry=${transfer.id}&lang=es`);
    await expect(page.locator("h1").textContent()).resolves.toBe("La historia en torno a los traslados");
    await expect(page.locator(".chrono-entry").count()).resolves.toBe(3);
    await expect(page.locator(".chrono-entry.is-open").getAttribute("id")).resolves.toBe(`entry-${transfer.id}`);
    await expect(page.locator(".chrono-filter a[aria-current=page]").textContent()).resolves.toBe("Traslado (3)");
    await saveScreenshot(page, "timeline-es-phone");
    await context.close();
  });

  it("is axe-clean on a desktop and a phone", async () => {
    for (const viewport of Object.values(VIEWPORTS)) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${BASE_URL}/timeline?lang=es`);
      expect(await runAxe(page)).toEqual([]);
      await context.close();
    }
  });
});
