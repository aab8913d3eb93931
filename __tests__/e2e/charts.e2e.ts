import type { Browser } from "playwright-core";
import { BASE_URL, launchBrowser, saveScreenshot, trackForeignRequests, VIEWPORTS } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PLOTS = ["transfers", "homicides", "annual", "fentanyl", "fiscal"];

describe("charts", () => {
  it("server-renders every chart's title, legend, table and source line before any script runs", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    for (const id of PLOTS) await expect(page.locator(`[data-plot="${id}"]`).count()).resolves.toBe(1);
    await expect(page.locator("table[data-table=homicides] tbody tr").count()).resolves.toBe(98);
    await expect(page.locator("table[data-table=fentanyl] tbody tr").count()).resolves.toBe(91);
    await expect(page.locator("table[data-table=fiscal] tbody tr").count()).resolves.toBe(8);
    await expect(page.locator("#chart-fiscal").textContent()).resolves.toContain("partial: Oct 2025 – Apr 2026");
    await expect(page.locator("#chart-fentanyl .chart__source").textContent()).resolves.toContain("Data as of April 2026");
    await context.close();
  });

  it("draws each plot into its reserved box without shifting the layout", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const foreign = trackForeignRequests(context);
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(`${BASE_URL}/`);
    const boxesBefore = await page.locator(".plot-slot").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    await page.locator("#charts-title").scrollIntoViewIfNeeded();
    for (const id of PLOTS) await page.locator(`[data-plot="${id}"] svg.recharts-surface`).first().waitFor();
    const boxesAfter = await page.locator(".plot-slot").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(boxesAfter).toEqual(boxesBefore);
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.05);
    // The homicide plot draws 90 SESNSP points and 13 stated ones; four annotation lines.
    await expect(page.locator('[data-plot="homicides"] .point--counted').count()).resolves.toBe(90);
    await expect(page.locator('[data-plot="homicides"] .point--stated').count()).resolves.toBe(13);
    await expect(page.locator('[data-plot="homicides"] .recharts-reference-line').count()).resolves.toBe(4);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("opens a data table with the keyboard and shows a tooltip on keyboard focus", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    const summary = page.locator("#chart-annual details.chart__table summary");
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#chart-annual details.chart__table").getAttribute("open")).resolves.toBe("");
    await expect(page.locator("table[data-table=annual]").isVisible()).resolves.toBe(true);
    await expect(page.locator("table[data-table=annual] tbody tr").last().textContent()).resolves.toContain("30,046");
    // recharts' accessibility layer: the chart surface takes focus, arrow keys move the tooltip.
    await page.locator('[data-plot="annual"] svg.recharts-surface').first().waitFor();
    const surface = page.locator('[data-plot="annual"] .recharts-wrapper svg[tabindex="0"], [data-plot="annual"] [tabindex="0"]').first();
    await surface.focus();
    await page.keyboard.press("ArrowRight");
    const tooltip = page.locator('[data-plot="annual"] .recharts-tooltip-wrapper');
    await page.waitForFunction(() => {
      const el = document.querySelector<HTMLElement>('[data-plot="annual"] .recharts-tooltip-wrapper');
      return !!el && getComputedStyle(el).visibility !== "hidden" && (el.textContent ?? "").length > 0;
    });
    await expect(tooltip.textContent()).resolves.toMatch(/SESNSP/);
    await context.close();
  });

  it("switches the fentanyl scope through the URL and updates chart and table", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    const firstRow = page.locator("table[data-table=fiscal] tbody tr").filter({ hasText: "FY2025" });
    await expect(firstRow.textContent()).resolves.toContain("11,488.28");
    await page.locator("#chart-fentanyl").getByRole("link", { name: "Nationwide", exact: true }).click();
    await page.waitForURL(/scope=nationwide/);
    await page.waitForFunction(() => document.querySelector("#chart-fentanyl")?.textContent?.includes("nationwide"));
    await expect(firstRow.textContent()).resolves.toContain("12,027.28");
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes("scope="));
    await expect(firstRow.textContent()).resolves.toContain("11,488.28");
    await context.close();
  });

  it("saves desktop and phone screenshots of the charts", async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${BASE_URL}/`);
      await page.locator("#charts-title").scrollIntoViewIfNeeded();
      for (const id of PLOTS) await page.locator(`[data-plot="${id}"] svg.recharts-surface`).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.locator("section.charts").screenshot({ path: `${process.cwd()}/test-results/screenshots/charts-${name}.png` });
      await saveScreenshot(page, `page-${name}`);
      await context.close();
    }
  });
});
