import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { INK } from "@/lib/theme/palette";
import { ARTIFACTS_DIR, BASE_URL, launchBrowser, VIEWPORTS } from "./support/browser";
import { waitForMapReady } from "./support/map";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A4 less the @page margins of app/globals.css (14 mm top and bottom, 12 mm sides), in CSS px (96 per inch). */
const MM = 96 / 25.4;
const PRINTABLE = { width: Math.floor((210 - 24) * MM), height: Math.floor((297 - 28) * MM) };

/** Lays the page out as Chromium prints it: print media, at the printable width of an A4 sheet. */
async function openForPrint(path: string, { scheme = "light", startMap = false }: { scheme?: "light" | "dark"; startMap?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}${path}`);
  if (startMap) await waitForMapReady(page);
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: PRINTABLE.width, height: PRINTABLE.height });
  return page;
}

/** Controls a printed page must not show, each described by tag, class and text. */
const shownControls = (page: Page) =>
  page.evaluate(() => {
    const selector = "button, select, input, textarea, [role=menu], details.export, .maplibregl-ctrl, .event-filter__option:not([aria-current='true'])";
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden")
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.trim().slice(0, 30)}"`);
  });

/** Figures that could be cut by a page break: too tall for a sheet, or allowed to break inside. */
const breakableFigures = (page: Page, maxHeight: number) =>
  page.evaluate((max) => {
    const figures = [...document.querySelectorAll<HTMLElement>(".chart, .map-frame, .map-legend, table")];
    return {
      count: figures.length,
      problems: figures
        .map((el) => ({ el, height: el.getBoundingClientRect().height, breakInside: getComputedStyle(el).breakInside }))
        .filter(({ height, breakInside }) => height > max || breakInside !== "avoid")
        .map(({ el, height, breakInside }) => `${el.tagName.toLowerCase()}#${el.id || el.className}: ${Math.round(height)} px, break-inside ${breakInside}`),
    };
  }, maxHeight);

describe("printing", () => {
  it("prints / with no button, menu or toggle, every figure whole on one sheet, the map as its picture, in the light scheme", async () => {
    const page = await openForPrint("/", { scheme: "dark", startMap: true });
    expect(await shownControls(page)).toEqual([]);
    const figures = await breakableFigures(page, PRINTABLE.height);
    expect(figures.count).toBeGreaterThanOrEqual(8); // the map, its legend, five charts, the tables
    expect(figures.problems).toEqual([]);
    // The live map's canvas would print blank: the server picture prints instead.
    expect(await page.locator("[data-map-picture]").isVisible()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");
    expect(INK.light.bg).toBe("#ffffff");
    // A filter prints as the choice it shows.
    await expect(page.locator(".map-section .event-filter").innerText()).resolves.toMatch(/Transfer\s+All three/);
    // The headline, claims, latest transfer and charts are all there.
    for (const id of ["#headline", "#latest-title", "#charts-title"]) expect(await page.locator(id).isVisible()).toBe(true);
    // Each claim prints its latest statement; the statements and windows are on /claims.
    expect(await page.locator("article.claim").count()).toBe(5);
    // A real PDF, kept for a person to open (test-results/print/overview.pdf).
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    mkdirSync(join(ARTIFACTS_DIR, "print"), { recursive: true });
    writeFileSync(join(ARTIFACTS_DIR, "print", "overview.pdf"), pdf);
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(5);
    await page.context().close();
  });

  it("prints /claims with every statement row whole and the windows' tables on one sheet each", async () => {
    const page = await openForPrint("/claims");
    expect(await shownControls(page)).toEqual([]);
    const rows = await page.locator(".statements-table tbody tr").evaluateAll((trs) => trs.map((tr) => getComputedStyle(tr).breakInside));
    expect(rows.length).toBeGreaterThan(20);
    expect(new Set(rows)).toEqual(new Set(["avoid"]));
    const windows = await page.locator(".claim-table").evaluateAll((tables) => tables.map((t) => getComputedStyle(t).breakInside));
    expect(windows).toEqual(["avoid", "avoid"]);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    mkdirSync(join(ARTIFACTS_DIR, "print"), { recursive: true });
    writeFileSync(join(ARTIFACTS_DIR, "print", "claims.pdf"), pdf);
    await page.context().close();
  });

  it("prints /sources with every source's web address written after its title", async () => {
    const page = await openForPrint("/sources");
    expect(await shownControls(page)).toEqual([]);
    const links = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>(".sources a[href^='http']")].map((a) => ({
        href: a.href,
        after: getComputedStyle(a, "::after").content,
      })),
    );
    expect(links.length).toBeGreaterThan(100);
    for (const { href, after } of links) expect({ href, after }).toEqual({ href, after: expect.stringContaining(href.slice(0, 20)) });
    await page.context().close();
  });

  it("prints a chart's source line with its addresses", async () => {
    const page = await openForPrint("/");
    const after = await page
      .locator("#chart-fentanyl .chart__source a[href^='http']")
      .first()
      .evaluate((a) => getComputedStyle(a, "::after").content);
    expect(after).toContain("https://");
    await page.context().close();
  });
});
