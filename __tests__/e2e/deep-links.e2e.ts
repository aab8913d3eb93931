import type { Browser, Page } from "playwright-core";
import { BASE_URL, launchBrowser, VIEWPORTS } from "./support/browser";
import { waitForArcsOf, waitForMapIdleAgain, waitForMapReady } from "./support/map";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DEEP = "/?v=2&map=5.5/31.2/-99.4&event=2026-01&place=us_sat&chart=fiscal&scope=nationwide&table=1";

const camera = (page: Page) =>
  page.evaluate(() => {
    const map = window.__atlasMap!;
    return { zoom: map.getZoom(), lat: map.getCenter().lat, lon: map.getCenter().lng };
  });
const param = async (page: Page, name: string) => page.evaluate((n) => new URLSearchParams(location.search).get(n), name);

describe("deep links", () => {
  it("server-renders the linked view: panel open and chart option applied, before any script", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}${DEEP}`);
    await expect(page.locator(".place-detail h3").textContent()).resolves.toBe("San Antonio, Texas");
    await expect(page.locator('.event-filter a[aria-current="true"]').first().textContent()).resolves.toContain("Jan 20, 2026");
    await expect(page.locator("#chart-fentanyl .chart__subtitle").textContent()).resolves.toContain("nationwide");
    await expect(page.locator("table[data-table=fiscal] tbody tr").filter({ hasText: "FY2025" }).textContent()).resolves.toContain("12,027.28");
    await context.close();
  });

  it("opens the map at the linked camera", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}${DEEP}`);
    await waitForMapReady(page);
    const c = await camera(page);
    expect(c.zoom).toBeCloseTo(5.5, 2);
    expect(c.lat).toBeCloseTo(31.2, 3);
    expect(c.lon).toBeCloseTo(-99.4, 3);
    await context.close();
  });

  it("writes pan and zoom to the URL with replaceState, and choices with pushState; Back and Forward restore views", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    await waitForMapReady(page);
    const historyAtStart = await page.evaluate(() => history.length);
    await page.evaluate(() => window.__atlasMap!.jumpTo({ center: [-100, 35], zoom: 4.25 }));
    await page.waitForFunction(() => new URLSearchParams(location.search).get("map") === "4.25/35/-100");
    expect(await page.evaluate(() => history.length)).toBe(historyAtStart);

    await page.getByRole("link", { name: "Aug 12, 2025", exact: true }).click();
    await page.waitForURL(/event=2025-08/);
    await waitForArcsOf(page, "ev2025-08");
    expect(await page.evaluate(() => history.length)).toBe(historyAtStart + 1);
    await page.locator('.place-list li[data-place="us_phx"] a').click();
    await page.waitForURL(/place=us_phx/);
    await page.locator(".place-detail[data-place=us_phx]").waitFor();

    await page.goBack();
    await page.waitForFunction(() => !location.search.includes("place="));
    await page.locator(".place-detail--empty").waitFor();
    expect(await param(page, "event")).toBe("2025-08");

    await page.goBack();
    await page.waitForFunction(() => !location.search.includes("event="));
    await page.locator('.event-filter a[aria-current="true"]', { hasText: "All three" }).waitFor();
    // The camera of that entry (the pan above) comes back with it.
    await waitForMapIdleAgain(page);
    await page.waitForFunction(() => Math.abs(window.__atlasMap!.getZoom() - 4.25) < 0.01);
    const c = await camera(page);
    expect(c.lat).toBeCloseTo(35, 3);
    expect(c.lon).toBeCloseTo(-100, 3);

    await page.goForward();
    await page.waitForURL(/event=2025-08/);
    await waitForArcsOf(page, "ev2025-08");
    expect(await param(page, "place")).toBeNull();
    await context.close();
  });

  it("a choice is a soft navigation: the server takes the router state Next's client sends (200, a React payload), and the page is not reloaded", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    const routerAnswers: { url: string; status: number; type: string }[] = [];
    page.on("response", async (res) => {
      if ((await res.request().headerValue("rsc")) === "1")
        routerAnswers.push({ url: res.url(), status: res.status(), type: (await res.headerValue("content-type")) ?? "" });
    });
    await page.goto(`${BASE_URL}/?v=2&lang=es`);
    await page.evaluate(() => Object.assign(window, { __notReloaded: true }));
    await page.getByRole("link", { name: "12 ago 2025", exact: true }).click();
    await page.waitForURL(/event=2025-08/);
    await page.locator('.place-list li[data-place="us_phx"] a').click();
    await page.waitForURL(/place=us_phx/);
    await page.locator(".place-detail[data-place=us_phx]").waitFor();
    expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
    expect(routerAnswers.length).toBeGreaterThanOrEqual(2);
    for (const answer of routerAnswers) expect(answer).toEqual({ url: answer.url, status: 200, type: "text/x-component" });
    await context.close();
  });

  it("opens the default view with a notice for garbage parameters, and executes nothing", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    const payloads = {
      map: "abc",
      event: "<script>window.__xss=1</script>",
      place: `"><img src=x onerror="window.__xss=2">`,
      chart: "javascript:alert(1)",
      scope: "x".repeat(10_000),
    };
    const query = new URLSearchParams(payloads).toString();
    const res = await page.goto(`${BASE_URL}/?${query}`);
    expect(res?.status()).toBe(200);
    const html = await res!.text();
    expect(html).not.toContain("<script>window.__xss");
    expect(html).not.toContain('<img src=x onerror="window.__xss');
    const notice = page.locator(".url-notice");
    await notice.waitFor();
    const text = (await notice.textContent()) ?? "";
    for (const name of Object.keys(payloads)) expect(text).toContain(name);
    expect(text).toContain("too long");
    await waitForMapReady(page);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toBe(0);
    await page.locator('.event-filter a[aria-current="true"]', { hasText: "All three" }).waitFor();
    // The address is cleaned so the garbage is not shared further; the notice can be dismissed.
    await page.waitForFunction(() => location.search === "");
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await expect(page.locator(".url-notice").count()).resolves.toBe(0);
    await context.close();
  });

  it("copies the link with the Clipboard API, and shows the link to copy by hand when refused", async () => {
    const allowed = await browser.newContext({ viewport: VIEWPORTS.desktop, permissions: ["clipboard-read", "clipboard-write"] });
    const page = await allowed.newPage();
    await page.goto(`${BASE_URL}/?v=2&event=2026-01`);
    await page.locator(".share").getByRole("button", { name: "Copy link" }).click();
    await page.locator(".share__status", { hasText: "Link copied" }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.evaluate(() => location.href));
    await allowed.close();

    const refused = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page2 = await refused.newPage();
    await page2.goto(`${BASE_URL}/?v=2&event=2026-01`);
    await page2.evaluate(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
    });
    await page2.locator(".share").getByRole("button", { name: "Copy link" }).click();
    const input = page2.locator(".share__manual input");
    await input.waitFor();
    expect(await input.inputValue()).toContain("event=2026-01");
    await refused.close();
  });
});
