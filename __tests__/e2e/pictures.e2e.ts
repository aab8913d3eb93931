import type { Browser, Page } from "playwright-core";
import { checkClientBundle } from "../../scripts/check-client-bundle.mjs";
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
    add("map filter", document.querySelector(".map-section .event-filter"));
    add("map side", document.querySelector(".map-side"));
    add("map legend", document.querySelector(".map-legend"));
    for (const chart of document.querySelectorAll<HTMLElement>("figure[id^='chart-']")) {
      add(`${chart.id} picture`, chart.querySelector("[data-chart-picture]"));
      add(`${chart.id} legend`, chart.querySelector(".chart__legend"));
      add(`${chart.id} caption`, chart.querySelector("figcaption"));
      add(`${chart.id} source line`, chart.querySelector(".chart__source"));
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

/** The picture addresses the page fetches (a client-side view change), in order, without the build segment. */
function watchPictureRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith("/pictures/")) requested.push(url.pathname.replace(/^\/pictures\/[^/]+\//, "") + url.search);
  });
  return requested;
}

/** The page's HTML as sent, and the inline payload React hydrates from (its `self.__next_f.push` scripts). */
async function documentOf(path: string): Promise<{ html: string; payload: string }> {
  const html = await (await fetch(`${BASE_URL}${path}`)).text();
  const payload = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .filter((s) => s.includes("__next_f"))
    .join("\n");
  return { html, payload };
}

describe("server-drawn pictures", () => {
  it("keeps the pictures' generator out of the browser's JavaScript of the build being served", () => {
    expect(checkClientBundle(".next")).toEqual([]);
  });

  it("sends each picture and long text once: its markup in the HTML, not in the inline payload", async () => {
    const { html, payload } = await documentOf("/?v=2&event=2026-01");
    const count = (text: string, what: string) => text.split(what).length - 1;
    expect({ map: count(html, "map-picture__fit"), charts: count(html, "chart-picture__marks"), legends: count(html, 'class="chart__legend"') }).toEqual({
      map: 1,
      charts: 5,
      legends: 5,
    });
    expect({ map: count(payload, "map-picture__"), charts: count(payload, "chart-picture__"), legends: count(payload, "chart__legend") }).toEqual({
      map: 0,
      charts: 0,
      legends: 0,
    });
    // The long texts too: the latest transfer, the table of transfers, the claim checks.
    const texts = ["latest-title", "all-transfers-title", "claims-title"];
    expect(texts.map((id) => count(html, `id="${id}"`))).toEqual([1, 1, 1]);
    expect(texts.map((id) => count(payload, id))).toEqual([0, 0, 0]);
    expect(count(payload, "charts-title")).toBeGreaterThan(0); // the check can see an id in the payload
    // What the payload carries instead: each part's key, and once the base they are fetched from.
    expect(count(payload, "/pictures/")).toBe(1);
    // The parts in the HTML: the inks; the headline; the map's picture, filter, side and legend; the charts' heading; each chart's caption, legend, picture and notes; 3 texts.
    expect(count(html, "data-static-src=")).toBe(1 + 1 + 4 + 1 + 4 * 5 + 3);
  });

  it("keeps every picture as the server drew it through hydration and client-side view changes (transfer filter, place list, back), fetching only the pictures that change, with no error", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const requested = watchPictureRequests(page);
    await page.goto(`${BASE_URL}/?v=2`);
    await page.locator("button[data-map-start]").waitFor(); // only there once hydrated
    const home = await serverPictures("/?v=2");
    expect(Object.keys(home).length).toBeGreaterThanOrEqual(4 + 4 * 5);
    expect(await picturesOf(page)).toEqual(home);
    expect(requested).toEqual([]);

    // The transfer filter, then the place list: client-side view changes; only the map's parts change
    // (picture, filter, side), never the charts, legends or texts.
    const byEvent = await follow(page, ".event-filter a[href*='event='] >> nth=-1");
    expect(byEvent).toMatch(/event=/);
    expect(await picturesOf(page)).toEqual(await serverPictures(byEvent));
    const query = (href: string) => href.slice(1);
    expect([...requested].sort()).toEqual([`map-filter${query(byEvent)}`, `map-side${query(byEvent)}`, `map${query(byEvent)}`]);
    const byPlace = await follow(page, ".place-list a >> nth=0");
    expect(byPlace).toMatch(/place=/);
    expect(await picturesOf(page)).toEqual(await serverPictures(byPlace));
    // The filter drops the place from its links: it stays.
    expect(requested.slice(3).sort()).toEqual([`map-side${query(byPlace)}`, `map${query(byPlace)}`]);

    // Back twice: the pictures of each earlier view again, from what the tab already has.
    await page.goBack();
    await untilViewIs(page, byEvent);
    expect(await picturesOf(page)).toEqual(await serverPictures(byEvent));
    await page.goBack();
    await page.waitForURL((url) => url.search === "?v=2", { timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector(".event-filter a[aria-current='true'][href*='event=']"), undefined, { timeout: 30_000 });
    expect(await picturesOf(page)).toEqual(home);
    expect(requested).toHaveLength(5);

    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps every picture when a hydration error elsewhere makes React render the page anew", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const requested = watchPictureRequests(page);
    // Change a text React renders (the map section's title) as soon as it is parsed, before React hydrates: a mismatch.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        const title = document.querySelector("#map-title");
        if (title?.nextElementSibling) {
          title.textContent = "Changed before hydration.";
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${BASE_URL}/?v=2`);
    // React reports the mismatch and renders the page on the client, which puts the title back.
    await page.waitForFunction(() => document.querySelector("#map-title")?.textContent !== "Changed before hydration.", undefined, { timeout: 30_000 });
    await page.locator("button[data-map-start]").waitFor();
    // React error #418: the server HTML did not match (production builds report the number only).
    expect(errors.join("\n")).toMatch(/react.dev\/errors\/418/);
    expect(await picturesOf(page)).toEqual(await serverPictures("/?v=2"));
    expect(requested).toEqual([]);
    await context.close();
  });
});
