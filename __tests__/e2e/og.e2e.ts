import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { ARTIFACTS_DIR, BASE_URL } from "./support/browser";
import { countColor, distinctColors } from "./support/map";

/** Fetches a preview image and decodes it; saves it under test-results/screenshots/ for a person to look at. */
async function fetchPreview(path: string, name: string): Promise<{ res: Response; png: Buffer; image: PNG }> {
  const res = await fetch(`${BASE_URL}${path}`);
  const png = Buffer.from(await res.arrayBuffer());
  const dir = join(ARTIFACTS_DIR, "screenshots");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `og-${name}.png`), png);
  return { res, png, image: PNG.sync.read(png) };
}

/** Share of pixels whose colour differs by more than `tolerance` on some channel; images of equal size. */
function differingShare(a: PNG, b: PNG, tolerance = 24): number {
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if ([0, 1, 2].some((c) => Math.abs(a.data[i + c]! - b.data[i + c]!) > tolerance)) differing++;
  }
  return differing / (a.width * a.height);
}

describe("link preview image /og", () => {
  it("/og answers a 1200x630 PNG with long-lived caching, drawn with map colours and text", async () => {
    const { res, png, image } = await fetchPreview("/og", "default");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("cache-control")).toMatch(/public.*max-age=86400/);
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(distinctColors(png)).toBeGreaterThan(200);
    expect(countColor(png, [0xdf, 0xe9, 0xf0], 6)).toBeGreaterThan(10_000); // water of the basemap
    expect(countColor(png, [0x1b, 0x1f, 0x24], 30)).toBeGreaterThan(2_000); // ink of the title
    expect(countColor(png, [0x00, 0x72, 0xb2], 30)).toBeGreaterThan(50); // Feb 2025 routes, blue
    expect(countColor(png, [0xd5, 0x5e, 0x00], 30)).toBeGreaterThan(50); // Aug 2025 routes, vermillion
  });

  it("/og draws another image for an event and place view, in that event's colour only", async () => {
    const all = await fetchPreview("/og", "default");
    const houston = await fetchPreview("/og?v=2&event=2026-01&place=us_houston", "jan-2026-houston");
    expect(houston.res.status).toBe(200);
    expect(houston.res.headers.get("content-type")).toBe("image/png");
    expect([houston.image.width, houston.image.height]).toEqual([1200, 630]);
    expect(distinctColors(houston.png)).toBeGreaterThan(200);
    expect(differingShare(all.image, houston.image)).toBeGreaterThan(0.05);
    expect(countColor(houston.png, [0x00, 0x9e, 0x73], 30)).toBeGreaterThan(50); // Jan 2026 green
    expect(countColor(houston.png, [0xd5, 0x5e, 0x00], 30)).toBeLessThan(20); // no Aug 2025 route
  });

  it("/og answers the default image for a query it cannot use, however broken", async () => {
    const garbage = `/og?map=abc&event=<script>&place=${"x".repeat(10_000)}`;
    const broken = await fetchPreview(garbage, "garbage");
    expect(broken.res.status).toBe(200);
    expect(broken.res.headers.get("content-type")).toBe("image/png");
    expect([broken.image.width, broken.image.height]).toEqual([1200, 630]);
    const all = await fetchPreview("/og", "default");
    expect(differingShare(all.image, broken.image)).toBeLessThan(0.001);
  });
});

describe("link-preview metadata", () => {
  it("gives each view its own og:image, title and twitter card", async () => {
    const html = await (await fetch(`${BASE_URL}/?v=2&event=2026-01`)).text();
    const meta = (attr: string, key: string) => new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html)?.[1];
    expect(meta("property", "og:image")).toMatch(/\/og\?v=2&amp;event=2026-01$/);
    expect(meta("name", "twitter:card")).toBe("summary_large_image");
    expect(meta("property", "og:image:width")).toBe("1200");
    expect(meta("property", "og:image:alt")).toBeTruthy();
    const other = await (await fetch(`${BASE_URL}/`)).text();
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).not.toBe(/<title>([^<]*)<\/title>/.exec(other)?.[1]);
  });
});

describe("the people's link previews", () => {
  const metaOf = (html: string) => (attr: string, key: string) =>
    new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html)?.[1]?.replaceAll("&amp;", "&");

  it("a person's link previews as their case, in each language: its own image (1200x630 PNG), title and words", async () => {
    for (const [lang, words] of [
      ["en", /^Rafael Caro Quintero: The case\. Transferred to the U\.S\. on Feb 27, 2025 Court: E\.D\.N\.Y\. Status: /],
      ["es", /^Rafael Caro Quintero: El caso\. Traslado a Estados Unidos: 27 feb 2025 Tribunal: E\.D\.N\.Y\. Situación: /],
    ] as const) {
      const html = await (await fetch(`${BASE_URL}/people?v=2&person=rafael-caro-quintero&sort=name&lang=${lang}`)).text();
      const meta = metaOf(html);
      const image = meta("property", "og:image")!;
      expect(image).toMatch(new RegExp(`/og/people\\?v=2&person=rafael-caro-quintero${lang === "es" ? "&lang=es" : ""}$`));
      expect(meta("name", "twitter:card")).toBe("summary_large_image");
      expect(meta("property", "og:image:alt")).toMatch(words);
      const { res, image: png } = await fetchPreview(new URL(image).pathname + new URL(image).search, `person-${lang}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      expect(res.headers.get("cache-control")).toMatch(/public.*max-age=86400/);
      expect([png.width, png.height]).toEqual([1200, 630]);
    }
  });

  it("draws a different card for the page, for another person and for the other language; an unknown person gets the page's card", async () => {
    const page = await fetchPreview("/og/people", "people-page");
    const caro = await fetchPreview("/og/people?v=2&person=rafael-caro-quintero", "person-en");
    const guzman = await fetchPreview("/og/people?v=2&person=jose-carlos-guzman-bernal", "person-reported");
    const caroEs = await fetchPreview("/og/people?v=2&person=rafael-caro-quintero&lang=es", "person-es");
    const unknown = await fetchPreview("/og/people?v=2&person=no-such-person", "people-unknown");
    expect(differingShare(page.image, caro.image)).toBeGreaterThan(0.01);
    expect(differingShare(caro.image, guzman.image)).toBeGreaterThan(0.01);
    expect(differingShare(caro.image, caroEs.image)).toBeGreaterThan(0.005);
    expect(differingShare(page.image, unknown.image)).toBeLessThan(0.001);
    const html = await (await fetch(`${BASE_URL}/people?v=2`)).text();
    expect(metaOf(html)("property", "og:image:alt")).toMatch(/^What became of the people transferred\. 37 of the 92 people transferred are named/);
  });

  it("previews /claims with each claim's latest statement in both languages: meta tags, a 1200x630 PNG, a different card per language", async () => {
    const cards = [];
    for (const lang of ["en", "es"] as const) {
      const html = await (await fetch(`${BASE_URL}/claims${lang === "es" ? "?lang=es" : ""}`)).text();
      const meta = (attr: string, key: string) => new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html)?.[1];
      const image = (meta("property", "og:image") ?? "").replaceAll("&amp;", "&");
      expect(image).toMatch(new RegExp(`/og/claims${lang === "es" ? "\\?v=2&lang=es" : ""}$`));
      expect(meta("name", "twitter:card")).toBe("summary_large_image");
      expect(meta("name", "description")).toMatch(
        lang === "es"
          ? /^-44\s?% homicidios dolosos en México \(10 mar 2026:/
          : /^-44% intentional homicides in Mexico \(Mar 10, 2026: on the claimant&#x27;s own figures -43\.8%/,
      );
      const { res, image: png } = await fetchPreview(new URL(image).pathname + new URL(image).search, `claims-${lang}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      expect(res.headers.get("cache-control")).toMatch(/public.*max-age=86400/);
      expect([png.width, png.height]).toEqual([1200, 630]);
      cards.push(png);
    }
    expect(differingShare(cards[0]!, cards[1]!)).toBeGreaterThan(0.005);
  });

  it("previews a timeline entry in its language and the page otherwise: meta tags, a 1200x630 card that differs by entry and language", async () => {
    const rubio = "tl-2025-09-03-rubio-visit-security-cooperation-program";
    const cards: PNG[] = [];
    for (const [query, name, title] of [
      [`?v=2&entry=${rubio}`, "timeline-rubio-en", /^Rubio visit: security cooperation program/],
      [`?v=2&entry=${rubio}&lang=es`, "timeline-rubio-es", /^Visita de Rubio/],
      ["?v=2&kind=call", "timeline-page-en", /^The story around the transfers$/],
    ] as const) {
      const html = await (await fetch(`${BASE_URL}/timeline${query}`)).text();
      const meta = (attr: string, key: string) => new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html)?.[1];
      expect(meta("property", "og:title")).toMatch(title);
      expect(meta("name", "twitter:card")).toBe("summary_large_image");
      const image = (meta("property", "og:image") ?? "").replaceAll("&amp;", "&");
      // The card is keyed by the entry and the language: the kind filter draws nothing on it.
      expect(new URL(image).pathname + new URL(image).search).toBe(`/og/timeline${query.includes("entry") ? query : ""}`);
      expect(meta("property", "og:image:alt")).toBeTruthy();
      const { res, image: png } = await fetchPreview(new URL(image).pathname + new URL(image).search, name);
      expect([res.status, res.headers.get("content-type")]).toEqual([200, "image/png"]);
      expect(res.headers.get("cache-control")).toMatch(/public.*max-age=86400/);
      expect([png.width, png.height]).toEqual([1200, 630]);
      cards.push(png);
    }
    expect(differingShare(cards[0]!, cards[1]!)).toBeGreaterThan(0.005);
    expect(differingShare(cards[0]!, cards[2]!)).toBeGreaterThan(0.005);
  });
});
