import type { Browser, Page } from "playwright-core";
import { BASE_URL, launchBrowser, VIEWPORTS } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The server-drawn pictures (the map picture, the chart pictures and their legends) as a reader's
 * browser ends up with them: each picture's markup with comments and whitespace between tags taken
 * out, keyed by what it is. A view's pictures must be the same whether the server sent them, React
 * hydrated them, or a client-side view change brought them.
 */
function picturesOf(page: Page): Promise<Record<string, { elements: number; markup: string }>> {
  return page.evaluate(() => {
    const normal = (el: Element) =>
      el.outerHTML
        .replace(/<!--[\s\S]*?-->/g, "")
        .replace(/>\s+</g, "><")
        .trim();
    const out: Record<string, { elements: number; markup: string }> = {};
    const add = (key: string, el: Element | null) => {
      if (el) out[key] = { elements: el.querySelectorAll("*").length + 1, markup: normal(el) };
    };
    add("map", document.querySelector("[data-map-picture]"));
    add("map legend", document.querySelector(".map-legend"));
    for (const chart of document.querySelectorAll<HTMLElement>("figure[id^='chart-']")) {
      add(`${chart.id} picture`, chart.querySelector("[data-chart-picture]"));
      add(`${chart.id} legend`, chart.querySelector(".chart__legend"));
    }
    return out;
  });
}

/** The pictures of `path` as the server sends them (no JavaScript). */
async function serverPictures(path: string) {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}${path}`);
  const pictures = await picturesOf(page);
  await context.close();
  return pictures;
}

/** Fails the test on a page error (a hydration error among them) or any console error. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console.error: ${m.text()}`);
  });
  return errors;
}

/** Clicks a view link and waits until the page shows that view: the URL is its href and the link is marked current. */
async function follow(page: Page, selector: string): Promise<string> {
  const link = page.locator(selector);
  const href = (await link.getAttribute("href"))!;
  await link.click();
  await untilViewIs(page, href);
  return href;
}

/** Waits until the URL is `href` and the server's render of that view is in the page (its link marked current). */
async function untilViewIs(page: Page, href: string) {
  await page.waitForURL((url) => url.pathname + url.search === href, { timeout: 30_000 });
  await page.waitForFunction((h) => document.querySelector(`a[aria-current="true"][href="${h}"]`) !== null, href, { timeout: 30_000 });
}

describe("server-drawn pictures", () => {
  it("keeps every picture as the server drew it through hydration and client-side view changes (transfer filter, place list, back), with no error", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${BASE_URL}/?v=2`);
    await page.locator("button[data-map-start]").waitFor(); // only there once hydrated
    const home = await serverPictures("/?v=2");
    expect(Object.keys(home).length).toBeGreaterThanOrEqual(2 + 2 * 5);
    expect(await picturesOf(page)).toEqual(home);

    // The transfer filter, then the place list: client-side view changes.
    const byEvent = await follow(page, ".event-filter a[href*='event='] >> nth=-1");
    expect(byEvent).toMatch(/event=/);
    expect(await picturesOf(page)).toEqual(await serverPictures(byEvent));
    const byPlace = await follow(page, ".place-list a >> nth=0");
    expect(byPlace).toMatch(/place=/);
    expect(await picturesOf(page)).toEqual(await serverPictures(byPlace));

    // Back twice: the pictures of each earlier view again.
    await page.goBack();
    await untilViewIs(page, byEvent);
    expect(await picturesOf(page)).toEqual(await serverPictures(byEvent));
    await page.goBack();
    await page.waitForURL((url) => url.search === "?v=2", { timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector(".event-filter a[aria-current='true'][href*='event=']"), undefined, { timeout: 30_000 });
    expect(await picturesOf(page)).toEqual(home);

    expect(errors).toEqual([]);
    await context.close();
  });
});
