import type { Browser, Page } from "playwright-core";
import { formatPartialDate } from "@/lib/format/format";
import { buildHomicideRows } from "@/lib/series/homicides";
import { BASE_URL, launchBrowser, saveScreenshot, trackForeignRequests, VIEWPORTS } from "./support/browser";
import { liveDataset } from "./support/live-data";

const data = liveDataset();
const fentanylAsOf = formatPartialDate("en", data.seriesMeta.find((m) => m.id === "fentanyl")!.as_of);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PLOTS = ["transfers", "homicides", "annual", "fentanyl", "fiscal"];

/** Sums layout shifts not caused by input, from the first paint on (read with readCls). */
async function trackCls(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}
const readCls = (page: Page) => page.evaluate(() => (window as unknown as { __cls: number }).__cls);

const boxOf = (page: Page, id: string) =>
  page.locator(`[data-plot="${id}"]`).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height) };
  });

/** The box of the chart `id` turns interactive: recharts' chart is drawn in it. */
const waitForRecharts = (page: Page, id: string) => page.locator(`[data-plot="${id}"] .recharts-wrapper > svg`).waitFor();

describe("charts", () => {
  it("draws every chart as a server picture with JavaScript off, and no loading text anywhere", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    for (const id of PLOTS) {
      await expect(page.locator(`[data-plot="${id}"] [data-chart-picture]`).count()).resolves.toBe(1);
      // The picture is named by the chart's description (role="img").
      const name = await page
        .locator(`[data-plot="${id}"] [data-chart-picture]`)
        .evaluate((el) => document.getElementById(el.getAttribute("aria-labelledby")!)?.textContent ?? "");
      expect({ id, named: name.length > 40 }).toEqual({ id, named: true });
    }
    await expect(page.locator('[data-plot="homicides"] .point--counted').getAttribute("d")).resolves.toMatch(/^M[\d.]+ [\d.]+h0/);
    await expect(page.locator('[data-plot="fiscal"] .bar--partial').count()).resolves.toBe(1);
    // The changes of government and the transfers as lines; every tariff, designation and agreement entry as a shape above the plot.
    await expect(page.locator('[data-plot="homicides"] line.annotation').count()).resolves.toBe(5);
    for (const kind of ["tariff", "designation", "agreement"] as const) {
      const drawn = await page.locator(`[data-plot="homicides"] svg.annotation--${kind}`).count();
      expect({ kind, drawn }).toEqual({ kind, drawn: data.timeline.filter((e) => e.kind === kind).length });
    }
    // The claims' marks: one per month a shown statement measured to (lib/series/claim-annotations.ts).
    await expect(page.locator('[data-plot="homicides"] .annotation--claim').count()).resolves.toBe(10);
    // (The map, outside this section, still says "Loading the map…" without JavaScript.)
    expect((await page.locator("body").textContent()) ?? "").not.toMatch(/Drawing the chart/);
    expect((await page.locator("section.charts").textContent()) ?? "").not.toMatch(/Drawing|Loading/);
    await expect(page.locator(".recharts-wrapper").count()).resolves.toBe(0);
    // Tables are in the page only when the URL asks for one.
    await expect(page.locator("table[data-table]").count()).resolves.toBe(0);
    await expect(page.locator("#chart-fentanyl .chart__meta").textContent()).resolves.toContain(`Data as of ${fentanylAsOf}`);
    await context.close();
  });

  it("keeps every source line under a chart within two lines at 1280 px, in both languages", async () => {
    for (const lang of ["en", "es"]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${BASE_URL}/?lang=${lang}`);
      const lines = await page.locator(".chart__source").evaluateAll((els) =>
        els.map((el) => {
          const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
          return { chart: el.closest("figure")?.id, lines: Math.round(el.getBoundingClientRect().height / lineHeight) };
        }),
      );
      expect(lines).toHaveLength(5);
      expect({ lang, over: lines.filter((l) => l.lines > 2) }).toEqual({ lang, over: [] });
      // The long file descriptions stay on /sources; the line under the chart names publisher and title.
      await expect(page.locator("#chart-fentanyl .chart__source").textContent()).resolves.not.toContain("Area of Responsibility");
      await context.close();
    }
  });

  it("loads recharts into a chart's box only when the box is reached, at the same size", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const foreign = trackForeignRequests(context);
    const page = await context.newPage();
    await trackCls(page);
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
    await page.goto(`${BASE_URL}/`);
    await page.waitForLoadState("load");
    await page.locator("#charts-title").scrollIntoViewIfNeeded();
    await expect(page.locator(".recharts-wrapper").count()).resolves.toBe(0);
    const before = await Promise.all(PLOTS.map((id) => boxOf(page, id)));
    for (const id of PLOTS) {
      await page.locator(`[data-plot="${id}"]`).hover();
      await waitForRecharts(page, id);
    }
    const after = await Promise.all(PLOTS.map((id) => boxOf(page, id)));
    expect(after).toEqual(before);
    await expect(page.locator("[data-chart-picture]").count()).resolves.toBe(0);
    expect(await readCls(page)).toBeLessThan(0.02);
    // The homicide plot draws one point per SESNSP month (90 in the curated data) and the stated ones; five annotation lines.
    await expect(page.locator('[data-plot="homicides"] .point--counted').count()).resolves.toBe(data.homicidesMonthly.length);
    await expect(page.locator('[data-plot="homicides"] .point--stated').count()).resolves.toBe(new Set(data.homicidesStated.map((r) => r.month)).size);
    // The two changes of government and the three transfers; the policy marks and claims are shapes above the plot.
    await expect(page.locator('[data-plot="homicides"] .recharts-reference-line').count()).resolves.toBe(5);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("focusing a chart with the keyboard loads it and arrow keys move the tooltip", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    const box = page.locator('[data-plot="annual"]');
    await box.focus();
    await waitForRecharts(page, "annual");
    // Focus moved into recharts' accessibility layer: the chart surface.
    await page.waitForFunction(
      () => document.activeElement?.closest('[data-plot="annual"]') !== null && document.activeElement?.tagName.toLowerCase() === "svg",
    );
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => {
      const el = document.querySelector<HTMLElement>('[data-plot="annual"] .recharts-tooltip-wrapper');
      return !!el && getComputedStyle(el).visibility !== "hidden" && (el.textContent ?? "").length > 0;
    });
    await expect(page.locator('[data-plot="annual"] .recharts-tooltip-wrapper').textContent()).resolves.toMatch(/SESNSP/);
    await context.close();
  });

  it("opens a chart's table through its link, with and without JavaScript, and closes it", async () => {
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ viewport: VIEWPORTS.desktop, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${BASE_URL}/`);
      await page.locator("#chart-homicides").getByRole("link", { name: "Show the data as a table" }).click();
      await page.waitForURL(/chart=homicides&table=1/);
      await page.locator("table[data-table=homicides] tbody tr").first().waitFor();
      await expect(page.locator("table[data-table=homicides] tbody tr").count()).resolves.toBe(buildHomicideRows(data).length);
      await expect(page.locator("table[data-table]").count()).resolves.toBe(1);
      await page.locator("#chart-homicides").getByRole("link", { name: "Hide the table" }).click();
      await page.waitForURL((url) => !url.search.includes("table=1"));
      await page.locator("table[data-table=homicides]").waitFor({ state: "detached" });
      await context.close();
    }
  });

  it("switches the fentanyl scope through the URL: the server draws the other scope, and back", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/?v=2&chart=fiscal&table=1`);
    const fy2025 = page.locator("table[data-table=fiscal] tbody tr").filter({ hasText: "FY2025" });
    await expect(fy2025.textContent()).resolves.toContain("11,488.28");
    const barsBefore = await page.locator('[data-plot="fentanyl"] path.bars').getAttribute("d");
    await page.locator("#chart-fentanyl").getByRole("link", { name: "Nationwide", exact: true }).click();
    await page.waitForURL(/scope=nationwide/);
    await page.waitForFunction(() => document.querySelector("#chart-fentanyl")?.textContent?.includes("nationwide"));
    await expect(fy2025.textContent()).resolves.toContain("12,027.28");
    await expect(page.locator('[data-plot="fentanyl"] path.bars').getAttribute("d")).resolves.not.toBe(barsBefore);
    await page.goBack();
    await page.waitForFunction(
      () => !location.search.includes("scope=") && !!document.querySelector("#chart-fentanyl")?.textContent?.includes("southwest border"),
    );
    await expect(fy2025.textContent()).resolves.toContain("11,488.28");
    await expect(page.locator('[data-plot="fentanyl"] path.bars').getAttribute("d")).resolves.toBe(barsBefore);
    await context.close();
  });

  it("saves desktop and phone screenshots of the charts, English and Spanish, before and after recharts", async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      for (const lang of ["en", "es"]) {
        const context = await browser.newContext({ viewport, hasTouch: name === "phone" });
        const page = await context.newPage();
        await page.goto(`${BASE_URL}/${lang === "es" ? "?v=2&lang=es" : ""}`);
        await page.locator("#charts-title").scrollIntoViewIfNeeded();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.locator("section.charts").screenshot({ path: `${process.cwd()}/test-results/screenshots/charts-${name}-${lang}-picture.png` });
        if (lang === "en") await saveScreenshot(page, `page-${name}`);
        for (const id of PLOTS) {
          await page.locator(`[data-plot="${id}"]`).dispatchEvent("pointerover");
          await waitForRecharts(page, id);
        }
        await page.mouse.move(0, 0);
        await page.locator("section.charts").screenshot({ path: `${process.cwd()}/test-results/screenshots/charts-${name}-${lang}-recharts.png` });
        await context.close();
      }
    }
  });
});
