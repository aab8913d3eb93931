import type { Page } from "playwright-core";
import { PNG } from "pngjs";

/** Presses "Explore the map" (shown once the page is interactive), as a reader does to start MapLibre. */
export async function startMap(page: Page): Promise<void> {
  await page.locator("button[data-map-start]").click();
}

/**
 * Starts the live map if only the picture shows, then waits until it reports ready: its GeoJSON
 * sources loaded and the map idle after them.
 */
export async function waitForMapReady(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.waitForFunction(() => !!document.querySelector("button[data-map-start], .maplibregl-map"), undefined, { timeout: timeoutMs });
  if ((await page.locator(".maplibregl-map").count()) === 0) await startMap(page);
  await page.waitForFunction(() => document.querySelector<HTMLElement>(".maplibregl-map")?.dataset.ready === "true", undefined, { timeout: timeoutMs });
}

/** Each picture marker's centre minus where MapLibre draws the same place, in CSS px ("not drawn" when off the canvas). */
export async function markerOffsets(page: Page): Promise<Record<string, { dx: number; dy: number } | "not drawn">> {
  return page.evaluate(() => {
    const map = window.__atlasMap!;
    const box = map.getContainer().getBoundingClientRect();
    const drawn = map.queryRenderedFeatures({ layers: ["places"] });
    const out: Record<string, { dx: number; dy: number } | "not drawn"> = {};
    for (const pin of document.querySelectorAll<HTMLElement>("[data-map-picture] .pin")) {
      const id = pin.dataset.place!;
      const feature = drawn.find((f) => f.properties.id === id);
      if (!feature) {
        out[id] = "not drawn";
        continue;
      }
      const p = map.project((feature.geometry as GeoJSON.Point).coordinates as [number, number]);
      const r = pin.getBoundingClientRect();
      out[id] = { dx: r.left + r.width / 2 - box.left - p.x, dy: r.top + r.height / 2 - box.top - p.y };
    }
    return out;
  });
}

/** Waits for the next ready after an interaction that changes what the map draws. */
export async function waitForMapIdleAgain(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.__atlasMap;
    return !!map && !map.isMoving() && map.loaded() && document.querySelector<HTMLElement>(".maplibregl-map")?.dataset.ready === "true";
  });
}

/** The arcs MapLibre actually rendered in the viewport: "eventId departureId->placeId" strings, sorted, unique. */
export async function renderedArcs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__atlasMap!;
    const features = map.queryRenderedFeatures({ layers: ["arcs-solid", "arcs-dashed"] });
    return [...new Set(features.map((f) => `${f.properties.eventId} ${f.properties.departureId}->${f.properties.placeId}`))].sort();
  });
}

/** Decodes a PNG screenshot and counts pixels near an RGB colour (per-channel tolerance). */
export function countColor(png: Buffer, rgb: [number, number, number], tolerance = 40): number {
  const image = PNG.sync.read(png);
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (
      Math.abs(image.data[i]! - rgb[0]) <= tolerance &&
      Math.abs(image.data[i + 1]! - rgb[1]) <= tolerance &&
      Math.abs(image.data[i + 2]! - rgb[2]) <= tolerance
    )
      count++;
  }
  return count;
}

/** Number of distinct colours in a PNG (a blank canvas has one or two). */
export function distinctColors(png: Buffer): number {
  const image = PNG.sync.read(png);
  const seen = new Set<number>();
  for (let i = 0; i < image.data.length; i += 4) seen.add((image.data[i]! << 16) | (image.data[i + 1]! << 8) | image.data[i + 2]!);
  return seen.size;
}

/** Waits until every arc MapLibre renders belongs to `eventId` (after a filter change). */
export async function waitForArcsOf(page: Page, eventId: string): Promise<void> {
  await page.waitForFunction((id) => {
    const map = window.__atlasMap;
    if (!map || map.isMoving() || !map.loaded()) return false;
    const features = map.queryRenderedFeatures({ layers: ["arcs-solid", "arcs-dashed"] });
    return features.length > 0 && features.every((f) => f.properties.eventId === id);
  }, eventId);
}
