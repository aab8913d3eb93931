import type { Browser, Page } from "playwright-core";
import { BASE_URL, launchBrowser, VIEWPORTS } from "./support/browser";
import { runAxe } from "./support/axe";
import { waitForMapReady } from "./support/map";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("accessibility (axe-core)", () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    for (const path of ["/", "/sources", "/claims?lang=es", "/?v=2&event=2026-01&place=us_houston&chart=annual&table=1", "/no-such-page?lang=es"]) {
      it(`finds no violation on ${path} (${name})`, async () => {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        await page.goto(`${BASE_URL}${path}`);
        if (path.startsWith("/?") || path === "/") {
          await waitForMapReady(page);
          await page.locator("#charts-title").scrollIntoViewIfNeeded();
          await page.locator('[data-plot="fiscal"] [data-chart-picture]').waitFor();
        }
        expect(await runAxe(page)).toEqual([]);
        await context.close();
      });
    }
  }
});

/** Tabs forward until the focused element matches, up to `limit` presses; returns the presses. */
async function tabTo(page: Page, selector: string, limit = 250): Promise<number> {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function focusRing(page: Page): Promise<string> {
  return page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return `${s.outlineStyle} ${s.outlineWidth}`;
  });
}

describe("keyboard", () => {
  it("reaches the event filter, the places list, a chart's export menu and table link, each with a visible focus ring", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    await waitForMapReady(page);
    for (const selector of [".event-filter__option", ".place-list__item", "#chart-transfers details.export > summary"]) {
      await tabTo(page, selector);
      const ring = await focusRing(page);
      expect({ selector, ring }).toEqual({ selector, ring: expect.stringMatching(/^(solid|auto) [1-9]/) });
    }
    await page.keyboard.press("Enter");
    await page.locator("#chart-transfers details.export[open]").waitFor();
    // The table link comes after the menu's controls.
    await tabTo(page, "#chart-transfers a.chart__table-toggle");
    expect(await focusRing(page)).toMatch(/^(solid|auto) [1-9]/);
    await context.close();
  });
});
