import type { Browser, BrowserContext, Page } from "playwright-core";
import { BASE_URL, launchBrowser, saveScreenshot, trackForeignRequests, VIEWPORTS } from "./support/browser";
import { countColor, distinctColors, renderedArcs, waitForArcsOf, waitForMapIdleAgain, waitForMapReady } from "./support/map";
import { liveCounts } from "./support/live-data";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openMap(options: Parameters<Browser["newContext"]>[0] = {}, path = "/"): Promise<{ context: BrowserContext; page: Page; foreign: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, ...options });
  const foreign = trackForeignRequests(context);
  const page = await context.newPage();
  await page.goto(`${BASE_URL}${path}`);
  await waitForMapReady(page);
  return { context, page, foreign };
}

const list = (page: Page, placeId: string) => page.locator(`.place-list li[data-place="${placeId}"] a`);

describe("transfer map", () => {
  it("draws the basemap, the arcs and the markers on a real WebGL canvas", async () => {
    const { context, page, foreign } = await openMap();
    const state = await page.evaluate(() => {
      const map = window.__atlasMap!;
      return {
        arcsLoaded: map.isSourceLoaded("arcs"),
        arcCount: map.querySourceFeatures("arcs").length,
        fonts: Object.keys(map.getStyle()["font-faces"] ?? {}),
      };
    });
    expect(state.arcsLoaded).toBe(true);
    expect(state.arcCount).toBeGreaterThan(0);
    expect(state.fonts).toContain("Inter Regular");
    // One arc per reported departure and destination of each transfer (33 with the data of Nov 2026: 2 x 8 + 5 + 2 x 6).
    expect(await renderedArcs(page)).toHaveLength(liveCounts().arcs());
    const png = await page.locator(".map-frame canvas").screenshot();
    expect(distinctColors(png)).toBeGreaterThan(200);
    expect(countColor(png, [0x00, 0x72, 0xb2], 30)).toBeGreaterThan(50); // Feb 2025 blue
    expect(countColor(png, [0xd5, 0x5e, 0x00], 30)).toBeGreaterThan(50); // Aug 2025 vermillion
    expect(countColor(png, [0x00, 0x9e, 0x73], 30)).toBeGreaterThan(50); // Jan 2026 green
    await expect(page.locator(".maplibregl-ctrl-attrib").textContent()).resolves.toContain("Natural Earth");
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("redraws only the chosen transfer's arcs when the event filter changes", async () => {
    const { context, page, foreign } = await openMap();
    await page.getByRole("link", { name: "Aug 12, 2025", exact: true }).click();
    await page.waitForURL(/event=2025-08/);
    await waitForArcsOf(page, "ev2025-08");
    expect(await renderedArcs(page)).toEqual([
      "ev2025-08 mx_aifa->us_hpn",
      "ev2025-08 mx_aifa->us_iad",
      "ev2025-08 mx_aifa->us_jfk",
      "ev2025-08 mx_aifa->us_phx",
      "ev2025-08 mx_aifa->us_san",
    ]);
    await page.getByRole("link", { name: "Jan 20, 2026", exact: true }).click();
    await page.waitForURL(/event=2026-01/);
    await waitForArcsOf(page, "ev2026-01");
    await page.waitForFunction(() => window.__atlasMap!.getLayoutProperty("pa-hatch", "visibility") === "visible");
    const jan = await renderedArcs(page);
    expect(jan.every((a) => a.startsWith("ev2026-01 "))).toBe(true);
    expect(jan).toContain("ev2026-01 mx_tlc->us_houston");
    // Houston is disputed in Jan 2026: its arc is in the dashed layer, San Antonio's in the solid one.
    const layers = await page.evaluate(() => {
      const map = window.__atlasMap!;
      const of = (layer: string) => map.queryRenderedFeatures({ layers: [layer] }).map((f) => `${f.properties.departureId}->${f.properties.placeId}`);
      return { dashed: of("arcs-dashed"), solid: of("arcs-solid"), pa: map.getLayoutProperty("pa-hatch", "visibility") };
    });
    expect(layers.dashed).toContain("mx_tlc->us_houston");
    expect(layers.solid).toContain("mx_tlc->us_sat");
    expect(layers.solid).not.toContain("mx_tlc->us_houston");
    expect(layers.pa).toBe("visible");
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("selects a place from the list: the map frames and highlights it and the panel opens", async () => {
    const { context, page } = await openMap();
    const before = await page.evaluate(() => window.__atlasMap!.getCenter().toArray());
    await list(page, "us_san").click();
    await page.waitForURL(/place=us_san/);
    await waitForMapIdleAgain(page);
    await page.locator(`.place-list li[data-place="${"us_san"}"] a[aria-current="true"]`).waitFor();
    await expect(page.locator(".place-detail h3").first().textContent()).resolves.toBe("San Diego, California");
    await expect(page.locator(".place-detail").textContent()).resolves.toContain("Pedro Inzunza Noriega");
    const after = await page.evaluate(() => ({
      center: window.__atlasMap!.getCenter().toArray(),
      opacity: JSON.stringify(window.__atlasMap!.getPaintProperty("arcs-solid", "line-opacity")),
    }));
    expect(after.center).not.toEqual(before);
    expect(after.opacity).toContain("us_san");
    await context.close();
  });

  it("selects a place by clicking its marker on the canvas, and the list follows", async () => {
    const { context, page } = await openMap({}, "/?event=2025-08");
    await page.locator(".map-frame").scrollIntoViewIfNeeded();
    const point = await page.evaluate(() => {
      const map = window.__atlasMap!;
      const feature = map.querySourceFeatures("places").find((f) => f.properties.id === "us_phx")!;
      const [lon, lat] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
      const p = map.project([lon, lat]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(/place=us_phx/);
    await page.locator(`.place-list li[data-place="${"us_phx"}"] a[aria-current="true"]`).waitFor();
    await expect(page.locator(".place-detail h3").first().textContent()).resolves.toBe("Phoenix, Arizona");
    await expect(page.locator(".place-detail").textContent()).resolves.toContain("6 people");
    await context.close();
  });

  it("reaches every place with the keyboard and selects one with Enter", async () => {
    const { context, page } = await openMap();
    const items = page.locator(".place-list a");
    const count = await items.count();
    expect(count).toBe(liveCounts().markers()); // every departure and destination of the three transfers
    await items.nth(0).focus();
    for (let i = 1; i < 3; i++) await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.closest("li")?.getAttribute("data-place"));
    expect(focused).toBeTruthy();
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`place=${focused}`));
    await page.locator(`.place-list li[data-place="${focused!}"] a[aria-current="true"]`).waitFor();
    await context.close();
  });

  it("describes the map to screen readers and shows the proxy and state-only caveats", async () => {
    const { context, page } = await openMap({}, "/?event=2026-01&place=us_pa");
    const region = page.getByRole("region", { name: "Map of the transfer flights" });
    await expect(region.count()).resolves.toBe(1);
    await expect(page.locator("#map-description").textContent()).resolves.toContain("January 20, 2026");
    const panel = page.locator(".place-detail");
    await expect(panel.textContent()).resolves.toContain("location within the state not reported");
    await expect(panel.textContent()).resolves.toContain("none confirmed");
    await context.close();
  });

  it("jumps without animation when the user prefers reduced motion, and animates otherwise", async () => {
    // Measured in time, not frames: a loaded machine drops frames but an animation still lasts its duration.
    async function moveDurationMs(reducedMotion: "reduce" | "no-preference"): Promise<number> {
      const { context, page } = await openMap({ reducedMotion });
      await page.evaluate(() => {
        const w = window as unknown as { __move: Promise<number> };
        w.__move = new Promise((resolve) => {
          const map = window.__atlasMap!;
          map.once("movestart", () => {
            const t0 = performance.now();
            map.once("moveend", () => resolve(performance.now() - t0));
          });
        });
      });
      await page.getByRole("link", { name: "Aug 12, 2025", exact: true }).click();
      const ms = await page.evaluate(() => (window as unknown as { __move: Promise<number> }).__move);
      await context.close();
      return ms;
    }
    expect(await moveDurationMs("reduce")).toBeLessThan(100);
    expect(await moveDurationMs("no-preference")).toBeGreaterThan(400);
  });

  it("stacks map and panel on a phone, without overflow, and pans by touch", async () => {
    const { context, page } = await openMap({ viewport: VIEWPORTS.phone, hasTouch: true, isMobile: true });
    const layout = await page.evaluate(() => {
      const frame = document.querySelector(".map-frame")!.getBoundingClientRect();
      const side = document.querySelector(".map-side")!.getBoundingClientRect();
      return { overflow: document.documentElement.scrollWidth - window.innerWidth, sideBelowMap: side.top >= frame.bottom - 1, frameWidth: frame.width };
    });
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.sideBelowMap).toBe(true);
    expect(layout.frameWidth).toBeGreaterThan(300);
    await page.locator(".map-frame").scrollIntoViewIfNeeded();
    const box = (await page.locator(".map-frame canvas").boundingBox())!;
    const before = await page.evaluate(() => window.__atlasMap!.getCenter().toArray());
    const cdp = await context.newCDPSession(page);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: x - i * 12, y: y - i * 6 }] });
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await waitForMapIdleAgain(page);
    const after = await page.evaluate(() => window.__atlasMap!.getCenter().toArray());
    expect(after[0]).toBeGreaterThan(before[0]!); // dragged left: the map moves east
    await context.close();
  });

  it("saves desktop and phone screenshots of the map with a place selected", async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const { context, page, foreign } = await openMap({ viewport }, "/?event=2026-01&place=us_houston");
      await page.locator(".map-section").scrollIntoViewIfNeeded();
      await saveScreenshot(page, `map-${name}`);
      expect(foreign).toEqual([]);
      await context.close();
    }
  });
});
