import type { Browser } from "playwright-core";
import { readDataFiles } from "@/lib/data/read-files";
import { validateDataset } from "@/lib/data/validate";
import { CHART_IDS } from "@/lib/url/view-state";
import { BASE_URL, launchBrowser, VIEWPORTS } from "./support/browser";

/**
 * No link breaks a page: a seeded mix of links the parser accepts (extreme cameras, ranges inside,
 * across and outside the data, every transfer, place, chart, scope, table flag and language, some
 * junk beside them) on / and every /embed/* route. Each must answer 200, raise no page error, and
 * show every section of its route. The seed is printed; replay with FUZZ_SEED=<seed>.
 */
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const COUNT = Number(process.env.FUZZ_COUNT ?? 210);

/** mulberry32: a small seeded generator, so a failing list can be replayed exactly. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const data = (() => {
  const result = validateDataset(readDataFiles());
  if (!result.ok) throw new Error("data/ is invalid");
  return result.dataset;
})();
const EVENTS = data.events.map((e) => e.id.replace(/^ev/, ""));
const PLACES = data.places.map((p) => p.id);

function links(count: number, rnd: () => number): string[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const maybe = (p: number) => rnd() < p;
  const num = (min: number, max: number, digits: number) => (min + rnd() * (max - min)).toFixed(digits);
  const month = () => `${1990 + Math.floor(rnd() * 46)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}`;
  const routes = ["/", "/", "/", "/embed/map", ...CHART_IDS.map((id) => `/embed/chart/${id}`)];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const q = new URLSearchParams({ v: "2" });
    if (maybe(0.5)) {
      const extreme = maybe(0.5);
      const zoom = extreme ? pick(["0", "22", "0.01", "21.99"]) : num(1, 9, 2);
      const lat = extreme ? pick(["85.0511", "-85.0511", "0"]) : num(-60, 70, 4);
      const lon = extreme ? pick(["180", "-180", "0"]) : num(-180, 180, 4);
      q.set("map", maybe(0.3) ? `${zoom}/${lat}/${lon}/${num(-180, 180, 1)}/${num(0, 85, 1)}` : `${zoom}/${lat}/${lon}`);
    }
    if (maybe(0.6)) q.set("event", pick(EVENTS));
    if (maybe(0.5)) q.set("place", pick(PLACES));
    if (maybe(0.4)) q.set("chart", pick(CHART_IDS));
    if (maybe(0.4)) q.set("scope", pick(["swb", "nationwide"]));
    if (maybe(0.5)) {
      const [a, b] = [month(), month()].sort();
      q.set("range", `${a}..${b}`);
    }
    if (maybe(0.3)) q.set("table", pick(["0", "1"]));
    if (maybe(0.4)) q.set("lang", pick(["en", "es"]));
    if (maybe(0.15)) q.set(pick(["utm_source", "fbclid", "junk"]), "x");
    out.push(`${pick(routes)}?${q.toString().replaceAll("%2F", "/")}`);
  }
  return out;
}

/** What every page of a route shows. */
function sectionsOf(path: string): string[] {
  if (path.startsWith("/embed/map")) return [".map-section", "[data-map-picture]", ".place-list"];
  const chart = /^\/embed\/chart\/(\w+)/.exec(path)?.[1];
  if (chart) return [`#chart-${chart}`, `#chart-${chart} [data-chart-picture]`];
  return [
    "h1#headline",
    ".map-section [data-map-picture]",
    "#latest-title",
    "#claims-title",
    "#charts-title",
    ...CHART_IDS.map((id) => `#chart-${id} [data-chart-picture]`),
  ];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe(`links the parser accepts (seed ${SEED})`, () => {
  it(`opens ${COUNT} of them on / and the embeds: 200, no page error, every section there`, async () => {
    console.log(`fuzz-links: seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const problems: string[] = [];
    for (const path of links(COUNT, random(SEED))) {
      errors.length = 0;
      const res = await page.goto(`${BASE_URL}${path}`, { waitUntil: "load" });
      if (res?.status() !== 200) problems.push(`${path}: HTTP ${res?.status()}`);
      for (const selector of sectionsOf(path)) if ((await page.locator(selector).count()) === 0) problems.push(`${path}: no ${selector}`);
      // Hydration and the lazy chunks run after load: wait until the network is quiet before reading errors.
      await page.waitForLoadState("networkidle");
      for (const e of errors) problems.push(`${path}: page error ${e}`);
    }
    expect({ seed: SEED, problems }).toEqual({ seed: SEED, problems: [] });
    await context.close();
  }, 900_000);
});
