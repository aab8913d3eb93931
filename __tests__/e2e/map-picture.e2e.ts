import type { Browser, BrowserContext, Page } from "playwright-core";
import { BASE_URL, launchBrowser, saveScreenshot, trackForeignRequests, VIEWPORTS } from "./support/browser";
import { liveCounts } from "./support/live-data";
import { distinctColors, markerOffsets } from "./support/map";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DEEP_LINK = "/?v=2&event=2026-01&place=us_houston";
const counts = liveCounts();

const isLive = (page: Page) =>
  page.waitForFunction(
    () => document.querySelector<HTMLElement>(".maplibregl-map")?.dataset.ready === "true" && document.querySelector(".map-frame--live"),
    undefined,
    { timeout: 60_000 },
  );
const hasStarted = (page: Page) => page.evaluate(() => !!document.querySelector(".maplibregl-map"));
/** The page is hydrated: the "Explore the map" button only appears then. */
const isInteractive = (page: Page) => page.locator("button[data-map-start]").waitFor();

async function open(
  path: string,
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[]; foreign: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, ...options });
  const foreign = trackForeignRequests(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${BASE_URL}${path}`);
  return { context, page, errors, foreign };
}

/** A point of the picture with no marker on it, in page coordinates (scrolled into view first). */
async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  await page.locator(".map-frame").scrollIntoViewIfNeeded();
  return page.evaluate(() => {
    const r = document.querySelector(".map-frame")!.getBoundingClientRect();
    for (const [fx, fy] of [
      [0.5, 0.9],
      [0.1, 0.1],
      [0.9, 0.1],
      [0.5, 0.5],
    ] as const) {
      const [x, y] = [r.left + r.width * fx, r.top + r.height * fy];
      if (!document.elementFromPoint(x, y)?.closest("a, button")) return { x, y };
    }
    throw new Error("no empty spot on the map picture");
  });
}

describe("map picture", () => {
  it("shows the linked view without JavaScript: arcs, markers as links, the selection, no loading text", async () => {
    const { context, page } = await open(DEEP_LINK, { javaScriptEnabled: false });
    const picture = page.locator("[data-map-picture]");
    await expect(picture.locator("svg[role=img]").getAttribute("aria-label")).resolves.toMatch(/January 20, 2026.*Houston, Texas selected/);
    // Jan 2026: two departures x six destinations.
    await expect(picture.locator("path.arc").count()).resolves.toBe(12);
    // Houston's two routes (from AIFA and from Toluca) stand out.
    await expect(picture.locator("path.arc--highlighted").count()).resolves.toBe(2);
    await expect(picture.locator(".pin").count()).resolves.toBe(8);
    await expect(picture.locator('.pin[aria-current="true"]').getAttribute("data-place")).resolves.toBe("us_houston");
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).not.toMatch(/Loading the map|Drawing the chart/);
    // A marker is a plain link to its place's view.
    await picture.locator('.pin[data-place="mx_tlc"]').click();
    await page.waitForURL(/place=mx_tlc/);
    await expect(page.locator(".place-detail h3").textContent()).resolves.toBe("Toluca International Airport");
    await saveScreenshot(page, "map-picture-nojs-desktop");
    // Pennsylvania, reported only as a state, is hatched whole when the framed view reaches it.
    await page.goto(`${BASE_URL}/?v=2&event=2026-01`);
    await expect(picture.locator(".pennsylvania").count()).resolves.toBe(1);
    await context.close();
  });

  it("follows the transfer filter and the place list before MapLibre has loaded", async () => {
    const { context, page, errors } = await open("/");
    await isInteractive(page);
    await expect(page.locator("[data-map-picture] path.arc").count()).resolves.toBe(counts.arcs());
    await page.getByRole("link", { name: "Aug 12, 2025", exact: true }).click();
    await page.waitForURL(/event=2025-08/);
    await page.waitForFunction((n) => document.querySelectorAll("[data-map-picture] path.arc").length === n, counts.arcs("ev2025-08"));
    await page.locator('.place-list li[data-place="us_phx"] a').click();
    await page.waitForURL(/place=us_phx/);
    await page.locator('[data-map-picture] .pin[data-place="us_phx"][aria-current="true"]').waitFor();
    expect(await hasStarted(page)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("starts MapLibre on a click on the picture, aligned with it and without moving the layout", async () => {
    const { context, page, errors, foreign } = await open("/");
    await isInteractive(page);
    expect(await hasStarted(page)).toBe(false);
    const spot = await emptySpot(page);
    const frameBefore = await page.locator(".map-frame").boundingBox();
    await page.mouse.click(spot.x, spot.y);
    await isLive(page);
    expect(await page.locator(".map-frame").boundingBox()).toEqual(frameBefore);
    const offsets = await markerOffsets(page);
    const drawn = Object.entries(offsets).filter(([, o]) => o !== "not drawn") as [string, { dx: number; dy: number }][];
    expect(drawn.length).toBe(counts.markers());
    for (const [id, o] of drawn) expect({ id, off: Math.hypot(o.dx, o.dy) <= 2 }).toEqual({ id, off: true });
    await expect(page.locator("[data-map-picture]").evaluate((el) => getComputedStyle(el).visibility)).resolves.toBe("hidden");
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("starts MapLibre aligned on a deep link with a camera and on a selection", async () => {
    for (const path of ["/?v=2&map=3.5/29/-96&event=2025-08", DEEP_LINK]) {
      const { context, page } = await open(path);
      await isInteractive(page);
      await page.locator("button[data-map-start]").click();
      await isLive(page);
      const drawn = Object.values(await markerOffsets(page)).filter((o) => o !== "not drawn") as { dx: number; dy: number }[];
      expect(drawn.length).toBeGreaterThan(2);
      expect(Math.max(...drawn.map((o) => Math.hypot(o.dx, o.dy)))).toBeLessThanOrEqual(2);
      await context.close();
    }
  });

  it("starts MapLibre when keyboard focus enters the map", async () => {
    const { context, page } = await open("/");
    await isInteractive(page);
    // The last link before the map is the last transfer filter option; Tab moves into the frame.
    await page.getByRole("link", { name: "Jan 20, 2026", exact: true }).focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest(".map-frame"))).toBe(true);
    await isLive(page);
    // Focus is not lost when the picture hides: it moves to the live map.
    expect(
      await page.evaluate(() => !!document.activeElement?.closest(".map-frame") && getComputedStyle(document.activeElement!).visibility !== "hidden"),
    ).toBe(true);
    await context.close();
  });

  it("starts MapLibre on touch, and on a phone every destination lies inside the map, picture and live map alike", async () => {
    const { context, page } = await open("/", { viewport: VIEWPORTS.phone, hasTouch: true, isMobile: true });
    await isInteractive(page);
    await page.locator(".map-frame").scrollIntoViewIfNeeded();
    const inside = () =>
      page.evaluate(() => {
        const frame = document.querySelector(".map-frame")!.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>("[data-map-picture] .pin")]
          .filter((pin) => {
            const r = pin.getBoundingClientRect();
            const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
            return x < frame.left || x > frame.right || y < frame.top || y > frame.bottom;
          })
          .map((pin) => pin.dataset.place);
      });
    expect(await inside()).toEqual([]);
    const spot = await emptySpot(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [spot] });
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await isLive(page);
    const outside = await page.evaluate(() => {
      const map = window.__atlasMap!;
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      return map
        .querySourceFeatures("places")
        .filter((f) => {
          const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
          return p.x < 0 || p.x > w || p.y < 0 || p.y > h;
        })
        .map((f) => f.properties.id);
    });
    expect(outside).toEqual([]);
    await saveScreenshot(page, "map-live-phone");
    await context.close();
  });

  it("keeps the picture and says so in the page's language when WebGL is unavailable", async () => {
    const noWebgl = await launchBrowser(["--disable-3d-apis"]);
    try {
      for (const [lang, message, retry] of [
        ["en", "The interactive map is unavailable", "Try again"],
        ["es", "El mapa interactivo no está disponible", "Reintentar"],
      ] as const) {
        const context = await noWebgl.newContext({ viewport: VIEWPORTS.desktop });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        await page.goto(`${BASE_URL}/?lang=${lang}`);
        await isInteractive(page);
        await page.locator("button[data-map-start]").click();
        await page.locator(".map-status--failed").waitFor({ timeout: 60_000 });
        await expect(page.locator(".map-status--failed").textContent()).resolves.toContain(message);
        await expect(page.locator("[data-map-picture]").isVisible()).resolves.toBe(true);
        await expect(page.locator("[data-map-picture] .pin").count()).resolves.toBe(counts.markers());
        // The map's boundary offers a retry; here it fails again the same way, and the page stays.
        const retryButton = page.locator("button[data-map-retry]");
        await expect(retryButton.textContent()).resolves.toBe(retry);
        await retryButton.click();
        await page.locator(".map-status--failed button[data-map-retry]").waitFor({ timeout: 60_000 });
        await expect(page.locator("#charts-title").count()).resolves.toBe(1);
        expect(errors).toEqual([]);
        if (lang === "es") await saveScreenshot(page, "map-no-webgl-es");
        await context.close();
      }
    } finally {
      await noWebgl.close();
    }
  });

  it("saves screenshots of the picture and the live map, desktop and phone, English and Spanish", async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      for (const lang of ["en", "es"]) {
        const { context, page } = await open(`${DEEP_LINK}&lang=${lang}`, { viewport });
        await isInteractive(page);
        const picture = await page.locator(".map-section").screenshot({ path: `${process.cwd()}/test-results/screenshots/map-picture-${name}-${lang}.png` });
        await page.locator("button[data-map-start]").click();
        await isLive(page);
        const live = await page.locator(".map-section").screenshot({ path: `${process.cwd()}/test-results/screenshots/map-live-${name}-${lang}.png` });
        // Each is a drawn map (land, water, arcs, labels), not a blank or one-colour box, and the live map keeps the picture's size.
        for (const shot of [picture, live]) expect({ name, lang, colours: distinctColors(shot) > 200 }).toEqual({ name, lang, colours: true });
        const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];
        expect(size(live)).toEqual(size(picture));
        await context.close();
      }
    }
  });
});
