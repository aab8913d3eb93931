// "The latest transfer": its facts flow without holes at every width a reader uses, from a small
// phone to a wide desktop. A hole is free space above a fact, below the fact before it in the same
// column, of more than one line (measured from the bottom of the fact's text).
import type { Browser } from "playwright-core";
import { BASE_URL, launchBrowser } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const WIDTHS = [320, 360, 390, 414, 600, 768, 900, 1024, 1280, 1440];

describe("the latest transfer's facts", () => {
  it.each(WIDTHS)("leave no hole at %i px, in English and Spanish", async (width) => {
    for (const lang of ["en", "es"]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${BASE_URL}/?lang=${lang}`);
      const boxes = await page.locator("section[aria-labelledby=latest-title] .facts > div").evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          // The bottom of what is written (the dd), not of the box: a grid row stretches its boxes.
          const bottom = el.querySelector("dd")!.getBoundingClientRect().bottom;
          return { left: Math.round(r.left), top: r.top, bottom, lineHeight: parseFloat(getComputedStyle(el).lineHeight) || 24 };
        }),
      );
      const container = await page.locator("section[aria-labelledby=latest-title] .facts").evaluate((el) => el.getBoundingClientRect().top);
      expect(boxes.length).toBeGreaterThanOrEqual(4);
      const holes: string[] = [];
      for (const left of new Set(boxes.map((b) => b.left))) {
        const column = boxes.filter((b) => b.left === left).sort((a, b) => a.top - b.top);
        if (column[0]!.top - container > column[0]!.lineHeight) holes.push(`column at ${left}px starts ${Math.round(column[0]!.top - container)}px down`);
        for (let i = 1; i < column.length; i++) {
          const gap = column[i]!.top - column[i - 1]!.bottom;
          if (gap > column[i]!.lineHeight) holes.push(`column at ${left}px: ${Math.round(gap)}px free above fact ${i + 1}`);
        }
      }
      expect({ width, lang, holes }).toEqual({ width, lang, holes: [] });
      await context.close();
    }
  });
});
