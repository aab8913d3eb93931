import type { Browser, Page } from "playwright-core";
import { BASE_URL, launchBrowser, VIEWPORTS } from "./support/browser";
import { waitForMapReady } from "./support/map";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The default view, each transfer's view and a selection: the views a link or the filter reaches. */
const VIEWS = ["/", "/?v=2&event=2025-02", "/?v=2&event=2025-08", "/?v=2&event=2026-01", "/?v=2&event=2026-01&place=us_dc"];
/** Phone to wide desktop; heights as on common devices. */
const SIZES = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Circle {
  id: string;
  x: number;
  y: number;
  r: number;
}

/** Every pair of labels that overlap, and every label over a marker other than its own (1 px of tolerance). */
function collisions(labels: Box[], markers: Circle[]): string[] {
  const out: string[] = [];
  const overlap = (a: Box, b: Box) => a.x + 1 < b.x + b.width && b.x + 1 < a.x + a.width && a.y + 1 < b.y + b.height && b.y + 1 < a.y + a.height;
  labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => overlap(a, b) && out.push(`label ${a.id} over label ${b.id}`)));
  for (const l of labels) {
    for (const m of markers) {
      if (m.id === l.id) continue;
      const dx = m.x - Math.max(l.x, Math.min(m.x, l.x + l.width));
      const dy = m.y - Math.max(l.y, Math.min(m.y, l.y + l.height));
      if (Math.hypot(dx, dy) < m.r - 1) out.push(`label ${l.id} over marker ${m.id}`);
    }
  }
  return out;
}

/** The picture's shown labels (text boxes) and markers (circles), in page px. */
const pictureLayout = (page: Page) =>
  page.evaluate(() => {
    const picture = document.querySelector("[data-map-picture]")!;
    const labels = [...picture.querySelectorAll<HTMLElement>(".pin__label")]
      .filter((l) => l.getClientRects().length > 0)
      .map((l) => {
        const r = l.getBoundingClientRect();
        return { id: l.closest<HTMLElement>(".pin")!.dataset.place!, x: r.x, y: r.y, width: r.width, height: r.height };
      });
    const markers = [...picture.querySelectorAll<HTMLElement>(".pin")].map((p) => {
      const r = p.getBoundingClientRect();
      return { id: p.dataset.place!, x: r.x + r.width / 2, y: r.y + r.height / 2, r: r.width / 2 };
    });
    const listed = [...document.querySelectorAll<HTMLElement>(".place-list [data-place]")].map((li) => li.dataset.place!);
    return { labels, markers, listed };
  });

/**
 * The live map's placed labels, found through MapLibre's public API: each label's four possible
 * boxes (its variable anchors) are probed with queryRenderedFeatures, which answers from the
 * boxes MapLibre actually placed; markers are their projected centres and radii.
 */
const liveLayout = (page: Page) =>
  page.evaluate(() => {
    const map = window.__atlasMap!;
    const ctx = document.createElement("canvas").getContext("2d")!;
    ctx.font = "12px Inter";
    const placed = new Map<string, { label: string; x: number; y: number; r: number }>();
    for (const f of map.queryRenderedFeatures({ layers: ["place-labels"] })) {
      const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      placed.set(f.properties.id, { label: f.properties.label, x: p.x, y: p.y, r: f.properties.radiusPx });
    }
    const labels: { id: string; x: number; y: number; width: number; height: number }[] = [];
    const unresolved: string[] = [];
    for (const [id, { label, x, y, r }] of placed) {
      const [w, h, off] = [ctx.measureText(label).width, 14, r + 6];
      const candidates = [
        { x: x + off, y: y - h / 2 },
        { x: x - off - w, y: y - h / 2 },
        { x: x - w / 2, y: y - off - h },
        { x: x - w / 2, y: y + off },
      ];
      const hit = candidates.find((c) =>
        map.queryRenderedFeatures([c.x + w / 2, c.y + h / 2], { layers: ["place-labels"] }).some((g) => g.properties.id === id),
      );
      if (hit) labels.push({ id, ...hit, width: w, height: h });
      else unresolved.push(id);
    }
    const markers = map.queryRenderedFeatures({ layers: ["places"] }).map((f) => {
      const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      return { id: f.properties.id as string, x: p.x, y: p.y, r: f.properties.radiusPx as number };
    });
    return { labels, markers, unresolved };
  });

describe("map labels never collide", () => {
  it("server picture: at 6 widths from 320 to 1440 px and 5 linked views, no label overlaps another label or a marker, and every marker's place is in the list", async () => {
    const problems: string[] = [];
    let labelled = 0;
    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: size, javaScriptEnabled: false });
      const page = await context.newPage();
      for (const view of VIEWS) {
        await page.goto(`${BASE_URL}${view}`);
        const { labels, markers, listed } = await pictureLayout(page);
        labelled += labels.length;
        problems.push(...collisions(labels, markers).map((p) => `${size.width}px ${view}: ${p}`));
        problems.push(...markers.filter((m) => !listed.includes(m.id)).map((m) => `${size.width}px ${view}: ${m.id} is not in the place list`));
      }
      await context.close();
    }
    expect(problems).toEqual([]);
    // Most places are named on the map itself (leaders for crowded spots), not only in the list.
    expect(labelled).toBeGreaterThan(SIZES.length * VIEWS.length * 5);
  });

  it("the check sees an overlap (control case)", () => {
    const a = { id: "a", x: 0, y: 0, width: 50, height: 14 };
    expect(collisions([a, { ...a, id: "b", x: 40 }], [])).toEqual(["label a over label b"]);
    expect(collisions([a], [{ id: "m", x: 55, y: 7, r: 8 }])).toEqual(["label a over marker m"]);
    expect(collisions([a], [{ id: "a", x: 55, y: 7, r: 8 }])).toEqual([]);
  });

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`live map (${name}): at the default view and each transfer's view, no label overlaps another label or a marker`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const view of VIEWS.slice(0, 4)) {
        await page.goto(`${BASE_URL}${view}`);
        await waitForMapReady(page);
        const { labels, markers, unresolved } = await liveLayout(page);
        expect({ view, unresolved }).toEqual({ view, unresolved: [] });
        expect(labels.length).toBeGreaterThanOrEqual(3);
        problems.push(...collisions(labels, markers).map((p) => `${view}: ${p}`));
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
