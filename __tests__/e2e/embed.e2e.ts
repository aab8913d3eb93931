import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { BASE_URL, launchBrowser, saveScreenshot } from "./support/browser";

let browser: Browser;
let otherSite: Server;
let otherOrigin: string;

/** A second local origin (localhost, not 127.0.0.1) serving a page that frames our pages. */
beforeAll(async () => {
  browser = await launchBrowser();
  otherSite = createServer((req, res) => {
    const target = new URL(req.url ?? "/", "http://x").searchParams.get("src") ?? "/";
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(`<!doctype html><title>Newsroom</title><h1>Newsroom article</h1><iframe id="f" src="${BASE_URL}${target}" width="900" height="700"></iframe>`);
  });
  await new Promise<void>((resolve) => otherSite.listen(0, "localhost", resolve));
  otherOrigin = `http://localhost:${(otherSite.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => otherSite?.close(resolve));
});

async function framed(path: string) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${otherOrigin}/?src=${encodeURIComponent(path)}`);
  const frame = (await (await page.locator("iframe").elementHandle())?.contentFrame()) ?? undefined;
  await frame?.waitForLoadState();
  return { context, page, frame };
}

describe("embedding", () => {
  it("shows /embed/map inside an iframe on another origin, with a link back to the full view", async () => {
    const { context, page, frame } = await framed("/embed/map?v=2&event=2026-01");
    expect(frame).toBeDefined();
    // The map's picture is there at once; a reader's click starts the live map inside the frame too.
    await expect(frame!.locator("[data-map-picture] .pin").count()).resolves.toBeGreaterThan(0);
    await frame!.locator("button[data-map-start]").click();
    await frame!.waitForFunction(() => document.querySelector<HTMLElement>(".maplibregl-map")?.dataset.ready === "true", undefined, { timeout: 60_000 });
    const back = frame!.locator(".embed__back a");
    await expect(back.getAttribute("href")).resolves.toBe("/?v=2&event=2026-01");
    await expect(back.getAttribute("target")).resolves.toBe("_top");
    await saveScreenshot(page, "embed-map-in-iframe");
    await context.close();
  });

  it("shows one chart alone at /embed/chart/<id>", async () => {
    const { context, frame } = await framed("/embed/chart/fentanyl?v=2&scope=nationwide");
    await frame!.locator('[data-plot="fentanyl"] [data-chart-picture]').waitFor({ timeout: 60_000 });
    await frame!.locator('[data-plot="fentanyl"]').hover();
    await frame!.locator('[data-plot="fentanyl"] .recharts-wrapper > svg').waitFor({ timeout: 60_000 });
    await expect(frame!.locator("figure.chart").count()).resolves.toBe(1);
    await expect(frame!.locator("#chart-fentanyl .chart__subtitle").textContent()).resolves.toContain("nationwide");
    await context.close();
  });

  it("shows the people table at /embed/people inside an iframe: its filters, sort and people stay in the frame, other pages open outside", async () => {
    const { context, page, frame } = await framed("/embed/people?v=2&event=2025-08&sort=name");
    expect(frame).toBeDefined();
    await expect(frame!.locator(".people-table tbody tr").count()).resolves.toBe(11);
    await expect(frame!.locator("form.people-filter").getAttribute("action")).resolves.toBe("/embed/people");
    const back = frame!.locator(".embed__back a");
    await expect(back.getAttribute("href")).resolves.toBe("/people?v=2&event=2025-08&sort=name");
    await expect(back.getAttribute("target")).resolves.toBe("_top");
    await expect(frame!.locator('a[href^="/people.csv"]').getAttribute("target")).resolves.toBe("_top");
    await saveScreenshot(page, "embed-people-in-iframe");
    // A person opens in the frame, as the case embed; its way back stays in the frame too.
    await frame!.locator(".people-table tbody a", { hasText: "Abigael González Valencia" }).click();
    await frame!.waitForURL((u) => u.pathname === "/embed/people" && u.searchParams.get("person") === "abigael-gonzalez-valencia");
    await expect(frame!.locator("h1").textContent()).resolves.toBe("Abigael González Valencia");
    await expect(frame!.locator(".person a", { hasText: "All named people" }).getAttribute("href")).resolves.toMatch(/^\/embed\/people\?/);
    // Sources and the map are other pages: they open outside the frame.
    const cite = frame!.locator(".person .cite a").first();
    await expect(cite.getAttribute("target")).resolves.toBe("_top");
    await expect(frame!.locator(".person a", { hasText: "See the transfer on the map" }).getAttribute("target")).resolves.toBe("_top");
    await expect(page.url()).toMatch(new RegExp(`^${otherOrigin}/`));
    await saveScreenshot(page, "embed-person-in-iframe");
    await context.close();
  });

  it("refuses to be framed anywhere but /embed (frame-ancestors 'none' on /)", async () => {
    const res = await fetch(`${BASE_URL}/`);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const embed = await fetch(`${BASE_URL}/embed/map`);
    expect(embed.headers.get("content-security-policy")).toContain("frame-ancestors http://localhost:*");
    const { context, frame } = await framed("/");
    // Chromium replaces a refused frame with its error page: our page never loads in it.
    const loaded = await frame!.evaluate(() => !!document.querySelector("h1#headline")).catch(() => false);
    expect(loaded).toBe(false);
    expect(frame!.url()).not.toBe(`${BASE_URL}/`);
    await context.close();
  });
});
