import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { PNG } from "pngjs";
import { parseCsv } from "@/lib/data/csv";
import { BASE_URL, launchBrowser, trackForeignRequests, VIEWPORTS } from "./support/browser";
import { distinctColors, waitForMapReady } from "./support/map";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a chart's Download menu, sets the options, clicks one format, returns the saved file. */
async function exportChart(
  page: Page,
  chart: string,
  button: string,
  options: { size?: string; background?: string } = {},
): Promise<{ name: string; bytes: Buffer }> {
  const menu = page.locator(`#chart-${chart} details.export`);
  if ((await menu.getAttribute("open")) === null) await menu.locator("summary").click();
  if (options.size) await menu.locator(`#export-${chart}-size`).selectOption(options.size);
  if (options.background) await menu.locator(`#export-${chart}-bg`).selectOption(options.background);
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), menu.locator(`[data-export="${button}"]`).click()]);
  await menu.locator(".export__status--done").waitFor();
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

const decode = (bytes: Buffer) => PNG.sync.read(bytes);

describe("chart and map export", () => {
  it("exports a chart as PNG at 1x, 2x and 4x of the chosen size, not blank, with stable names", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
    const foreign = trackForeignRequests(context);
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    for (const scale of [1, 2, 4]) {
      const file = await exportChart(page, "fiscal", `png-${scale}`, { size: "social" });
      const png = decode(file.bytes);
      expect({ name: file.name, width: png.width, height: png.height }).toEqual({
        name: scale === 1 ? "fiscal_swb_2026-11-30.png" : `fiscal_swb_${scale}x_2026-11-30.png`,
        width: 1200 * scale,
        height: 630 * scale,
      });
      expect(distinctColors(file.bytes)).toBeGreaterThan(40);
    }
    const slide = decode((await exportChart(page, "homicides", "png-1", { size: "slide", background: "dark" })).bytes);
    expect([slide.width, slide.height]).toEqual([1920, 1080]);
    expect(Array.from(slide.data.subarray(0, 3))).toEqual([0x0d, 0x11, 0x17]); // the dark background in the corner
    const clear = decode((await exportChart(page, "annual", "png-1", { size: "social", background: "transparent" })).bytes);
    expect(clear.data[3]).toBe(0); // transparent corner
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("exports a self-contained SVG: title, legend, source, link and embedded font, no external reference", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/?v=2&scope=nationwide`);
    const file = await exportChart(page, "fentanyl", "svg", { size: "social" });
    const svg = file.bytes.toString("utf8");
    expect(file.name).toBe("fentanyl_nationwide_2026-11-30.svg");
    expect(svg).toContain("Fentanyl seized by U.S. Customs and Border Protection");
    expect(svg).toContain("Pounds per month, nationwide");
    expect(svg).toContain("Data as of");
    expect(svg).toContain("chart=fentanyl");
    expect(svg).toContain("data:font/woff2;base64,");
    const references = [...svg.matchAll(/(?:href|src)\s*=\s*"([^"]*)"|url\(\s*['"]?([^'")]*)/g)].map((m) => m[1] ?? m[2] ?? "");
    expect(references.filter((r) => !(r.startsWith("#") || r.startsWith("data:")))).toEqual([]);
    await context.close();
  });

  it("exports CSV of exactly the plotted rows, with units in the header and the sources as comments", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/?v=2&range=2024-09..2025-06&chart=fentanyl&table=1`);
    const file = await exportChart(page, "fentanyl", "csv");
    expect(file.name).toBe("fentanyl_swb_2024-09-2025-06_2026-11-30.csv");
    const text = file.bytes.toString("utf8");
    const comments = text.split(/\r?\n/).filter((l) => l.startsWith("#"));
    expect(comments.join("\n")).toContain("Source");
    const parsed = parseCsv(
      text
        .split(/\r?\n/)
        .filter((l) => !l.startsWith("#"))
        .join("\n"),
    );
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.table.header).toEqual(["month", "pounds_seized_lbs"]);
    // The page's table shows the same months and values (to 2 decimals).
    const shown = await page.locator("table[data-table=fentanyl] tbody tr td").evaluateAll((cells) => cells.map((c) => c.textContent ?? ""));
    expect(parsed.table.rows).toHaveLength(10);
    expect(parsed.table.rows.map((r) => Number(r.pounds_seized_lbs).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }))).toEqual(
      shown,
    );
    await context.close();
  });

  it("exports the map as a PNG of the current view, drawn from the canvas with its legend and attribution", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/?v=2&event=2026-01`);
    await waitForMapReady(page);
    const menu = page.locator("details.export--map");
    await menu.locator("summary").click();
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), menu.locator('[data-export="map-png"]').click()]);
    expect(download.suggestedFilename()).toBe("map_ev2026-01_2026-11-30.png");
    const bytes = readFileSync((await download.path())!);
    const png = decode(bytes);
    const frame = await page.locator(".maplibregl-map").evaluate((el) => ({ w: el.clientWidth, h: el.clientHeight }));
    expect([png.width, png.height]).toEqual([frame.w, frame.h + 64 + 44 + 54]); // header, legend and footer bands
    expect(distinctColors(bytes)).toBeGreaterThan(200);
    await context.close();
  });

  it("draws the map in the export's scheme, not the page's: a light PNG from a dark page and a dark PNG from a light one", async () => {
    /** Mean luminance (0-255) of the map band of an exported PNG: below the 64 px header, above the legend and footer. */
    const mapLuminance = (bytes: Buffer) => {
      const png = decode(bytes);
      let sum = 0;
      let n = 0;
      for (let y = 64 + 10; y < png.height - 44 - 54 - 10; y += 4) {
        for (let x = 10; x < png.width - 10; x += 4) {
          const i = (y * png.width + x) * 4;
          sum += 0.2126 * png.data[i]! + 0.7152 * png.data[i + 1]! + 0.0722 * png.data[i + 2]!;
          n++;
        }
      }
      return sum / n;
    };
    for (const [pageScheme, background] of [
      ["dark", "light"],
      ["light", "dark"],
    ] as const) {
      const context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true, colorScheme: pageScheme });
      const page = await context.newPage();
      await page.goto(`${BASE_URL}/`);
      await waitForMapReady(page);
      const waterBefore = await page.evaluate(() => window.__atlasMap!.getPaintProperty("water", "background-color"));
      const menu = page.locator("details.export--map");
      await menu.locator("summary").click();
      await menu.locator("#export-map-bg").selectOption(background);
      const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), menu.locator('[data-export="map-png"]').click()]);
      const luminance = mapLuminance(readFileSync((await download.path())!));
      expect({ pageScheme, background, luminanceBand: luminance > 150 ? "light" : luminance < 80 ? "dark" : `mid ${luminance}` }).toEqual({
        pageScheme,
        background,
        luminanceBand: background,
      });
      // The page's map keeps the page's scheme.
      expect(await page.evaluate(() => window.__atlasMap!.getPaintProperty("water", "background-color"))).toBe(waterBefore);
      await context.close();
    }
  });

  it("says why when an export cannot be made", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    const menu = page.locator("#chart-annual details.export");
    await menu.locator("summary").click();
    // Simulate a browser that refuses to encode the canvas (e.g. past its size limit).
    await page.evaluate(() => {
      HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
        callback(null);
      };
    });
    await menu.locator('[data-export="png-4"]').click();
    await expect(menu.locator(".export__status--error").textContent()).resolves.toMatch(/Could not export: the browser could not encode a 4800x2520 PNG/);
    await context.close();
  });

  it("exports the people's status picture as PNG and SVG, with its title, legend, source line, review date and link burned in", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
    const foreign = trackForeignRequests(context);
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/people?v=2&lang=es`);
    const menu = page.locator("details.export--people-status");
    await menu.locator("summary").click();
    const save = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), menu.locator(`[data-export="${button}"]`).click()]);
      await menu.locator(".export__status--done").waitFor();
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };
    const svg = await save("svg");
    expect(svg.name).toBe("people-status_es_2026-12-05.svg");
    const text = svg.bytes.toString("utf8");
    expect(text).toContain("En qué punto están las personas nombradas de cada traslado");
    expect(text).toContain("Cotejado con las fuentes");
    expect(text).toContain("5 dic 2026");
    expect(text).toMatch(/Fuentes: expedientes judiciales/);
    expect(text).toContain(`${BASE_URL}/people?v=2&amp;lang=es`);
    expect(text).toContain("Se declaró no culpable");
    expect(text).toMatch(/<rect [^>]*fill="#0072B2"/i);
    const png = await save("png-2");
    expect(png.name).toBe("people-status_es_2x_2026-12-05.png");
    const image = decode(png.bytes);
    expect([image.width, image.height]).toEqual([2400, 1260]);
    expect(distinctColors(png.bytes)).toBeGreaterThan(50);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
