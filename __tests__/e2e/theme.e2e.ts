import type { Browser, BrowserContext, Page } from "playwright-core";
import { INK, MAP_PALETTES } from "@/lib/theme/palette";
import { THEME_STORAGE_KEY } from "@/lib/theme/theme-script";
import { runAxe } from "./support/axe";
import { BASE_URL, launchBrowser, saveScreenshot, VIEWPORTS } from "./support/browser";
import { waitForMapReady } from "./support/map";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** "#0d1117" -> "rgb(13, 17, 23)", as getComputedStyle reports colours. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/**
 * Records, in the page, what the first painted frame showed: <html data-theme> and the body's
 * background at the first "first-paint" entry. The init script is the only thing that sets the
 * attribute before a reader clicks, so this is the scheme of the first frame.
 */
async function recordFirstPaint(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntries().some((e) => e.name === "first-paint")) return;
      observer.disconnect();
      (window as unknown as { __firstPaint: object }).__firstPaint = {
        theme: document.documentElement.dataset.theme ?? null,
        background: getComputedStyle(document.body ?? document.documentElement).backgroundColor,
      };
    }).observe({ type: "paint", buffered: true });
  });
}

const firstPaint = (page: Page) =>
  page
    .waitForFunction(() => (window as unknown as { __firstPaint?: object }).__firstPaint)
    .then((h) => h.jsonValue() as Promise<{ theme: string | null; background: string }>);

describe("dark scheme from the system (prefers-color-scheme: dark)", () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    for (const path of ["/", "/sources"]) {
      it(`${path} (${name}) is dark, and axe (contrast included) finds nothing`, async () => {
        const context = await browser.newContext({ viewport, colorScheme: "dark" });
        const page = await context.newPage();
        await page.goto(`${BASE_URL}${path}`);
        expect(await bodyBackground(page)).toBe(rgb(INK.dark.bg));
        if (path === "/") {
          await waitForMapReady(page);
          // MapLibre draws with the dark palette too (its colours are not CSS).
          expect(await page.evaluate(() => window.__atlasMap!.getPaintProperty("water", "background-color"))).toBe(MAP_PALETTES.dark.water);
          await page.locator("#charts-title").scrollIntoViewIfNeeded();
          await page.locator('[data-plot="fiscal"] [data-chart-picture]').waitFor();
        }
        expect(await runAxe(page)).toEqual([]);
        await saveScreenshot(page, `dark${path === "/" ? "" : path.replace("/", "-")}-${name}`);
        await context.close();
      });
    }
  }
});

describe("the header's theme switch", () => {
  it("switches a light-system page to dark, live map included, and the choice survives a reload with the first frame already dark", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, colorScheme: "light" });
    await recordFirstPaint(context);
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    expect(await firstPaint(page)).toEqual({ theme: null, background: rgb(INK.light.bg) });
    await waitForMapReady(page);
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await toggle.click();
    await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    expect(await bodyBackground(page)).toBe(rgb(INK.dark.bg));
    await page.waitForFunction((water) => window.__atlasMap!.getPaintProperty("water", "background-color") === water, MAP_PALETTES.dark.water);
    // The button now offers the other scheme.
    await page.getByRole("button", { name: "Light theme" }).waitFor();
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).toBe("dark");

    await page.reload();
    expect(await firstPaint(page)).toEqual({ theme: "dark", background: rgb(INK.dark.bg) });
    await page.goto(`${BASE_URL}/sources?lang=es`);
    expect(await firstPaint(page)).toEqual({ theme: "dark", background: rgb(INK.dark.bg) });
    await page.getByRole("button", { name: "Tema claro" }).waitFor();
    await context.close();
  });

  it("a light choice wins over a dark system, from the first frame", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, colorScheme: "dark" });
    await recordFirstPaint(context);
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/sources`);
    expect(await firstPaint(page)).toEqual({ theme: null, background: rgb(INK.dark.bg) });
    await page.getByRole("button", { name: "Light theme" }).click();
    await page.reload();
    expect(await firstPaint(page)).toEqual({ theme: "light", background: rgb(INK.light.bg) });
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  });

  it("works where storage is refused: the page still switches, and a reload follows the system again", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, colorScheme: "light" });
    await context.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("blocked", "SecurityError");
        },
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${BASE_URL}/sources`);
    await page.getByRole("button", { name: "Dark theme" }).click();
    expect(await bodyBackground(page)).toBe(rgb(INK.dark.bg));
    await page.reload();
    expect(await bodyBackground(page)).toBe(rgb(INK.light.bg));
    expect(errors).toEqual([]);
    await context.close();
  });
});
