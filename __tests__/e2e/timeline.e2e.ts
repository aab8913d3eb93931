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

  it("opens a chart mark's entry: the live chart's agreement mark lands on the Rubio visit, highlighted and in view", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    const agreement = data.timeline.find((e) => e.kind === "agreement")!;
    await page.goto(`${BASE_URL}/?v=2&chart=homicides&range=2025-01..2025-12`);
    const plot = page.locator('[data-plot="homicides"]');
    await plot.scrollIntoViewIfNeeded();
    await plot.hover();
    const mark = plot.locator(".recharts-surface a", { has: page.locator("path.annotation--agreement") });
    await mark.waitFor();
    await expect(mark.locator("title").textContent()).resolves.toBe(`Sep 3, 2025: ${agreement.title.en}`);
    await Promise.all([page.waitForURL(/\/timeline\?/), mark.locator("path").click()]);
    expect(new URL(page.url()).searchParams.get("entry")).toBe(agreement.id);
    const opened = page.locator(".chrono-entry.is-open");
    await expect(opened.getAttribute("id")).resolves.toBe(`entry-${agreement.id}`);
    await expect(opened.locator(".chrono-entry__title").textContent()).resolves.toBe(agreement.title.en);
    await page.waitForFunction(() => {
      const box = document.querySelector(".chrono-entry.is-open")?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.top < window.innerHeight;
    });
    await context.close();
  });

  it("reaches every chart mark's entry without JavaScript: the legend's links by kind and entry, the table's list, in Spanish", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/timeline?lang=es`);
    const entries = new Set(await page.locator(".chrono-entry").evaluateAll((es) => es.map((e) => e.id)));
    await page.goto(`${BASE_URL}/?v=2&chart=fentanyl&table=1&lang=es`);
    const figure = page.locator("#chart-fentanyl");
    const legend = await figure.locator(".chart__legend a").evaluateAll((as) => as.map((a) => [a.textContent?.trim(), a.getAttribute("href")]));
    expect(legend).toEqual(
      expect.arrayContaining([
        ["Nuevo gobierno en México (1 oct 2024)", expect.stringMatching(/^\/timeline\?v=2&entry=tl-2024-10-01-[a-z0-9-]+&lang=es#entry-tl-2024-10-01-/)],
        ["Nuevo gobierno en EE.UU. (20 ene 2025)", expect.stringMatching(/entry=tl-2025-01-20-trump-takes-office&lang=es#/)],
        ["Aranceles", "/timeline?v=2&kind=tariff&lang=es"],
        ["Acuerdo de seguridad", "/timeline?v=2&kind=agreement&lang=es"],
      ]),
    );
    // Under the table, every mark of the chart as a link to its entry on the timeline.
    const list = figure.locator(".chart__marks");
    await expect(list.locator("h4").textContent()).resolves.toBe("Marcado en este gráfico (cada marca abre su entrada en la cronología)");
    const hrefs = await list.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    const policy = data.timeline.filter((e) => ["tariff", "designation", "agreement"].includes(e.kind) || e.government_change || e.kind === "transfer");
    expect(hrefs.length).toBeGreaterThan(policy.length);
    for (const href of hrefs) {
      expect(href).toContain("&lang=es#entry-");
      expect({ href, onTimeline: entries.has(href.split("#")[1]!) }).toEqual({ href, onTimeline: true });
    }
    await list.locator("a").first().click();
    await expect(page.locator(".chrono-entry.is-open .chrono-entry__title").textContent()).resolves.toBe(
      data.timeline.find((e) => e.government_change === "mexico")!.title.es,
    );
    await context.close();
  });

  it("downloads the moments a link shows as CSV, with their sources, in its language, cached as a data file", async () => {
    const res = await fetch(`${BASE_URL}/timeline.csv?v=2&kind=tariff&lang=es&entry=tl-1999-01-01-nope`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="extradition-atlas_timeline_tariff_es.csv"');
    expect(res.headers.get("cache-control")).toMatch(/public, max-age=/);
    const lines = (await res.text()).split("\r\n").filter((l) => l && !l.startsWith("# "));
    expect(lines[0]!.split(",").slice(0, 4)).toEqual(["id", "fecha", "precision_fecha", "tipo"]);
    const tariffs = data.timeline.filter((e) => e.kind === "tariff");
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(tariffs.map((e) => e.id));
    expect(lines.every((l, i) => i === 0 || l.includes("https://"))).toBe(true);
    // The page links to the same file for its view.
    const html = await (await fetch(`${BASE_URL}/timeline?v=2&kind=tariff&lang=es`)).text();
    expect(html).toContain('href="/timeline.csv?v=2&amp;kind=tariff&amp;lang=es" download=""');
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
