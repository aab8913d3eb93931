import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { BASE_URL, launchBrowser, trackForeignRequests, VIEWPORTS } from "./support/browser";
import { trackCspViolations } from "./support/csp";
import { waitForMapReady } from "./support/map";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

describe("security headers", () => {
  const PATHS = [
    "/",
    "/sources",
    "/?v=2&event=2026-01",
    "/og",
    "/og?v=2&place=us_houston",
    "/geo/countries.json",
    "/fonts/inter-latin-400-normal.woff2",
    "/maplibre-gl-worker.mjs",
    "/data/transfers.json",
    "/data/nope.csv",
    "/map-data/all/arcs.json",
    "/map-data/nope/arcs.json",
    // Unknown paths under every prefix, files included.
    "/does-not-exist",
    "/ogx",
    "/og/x",
    "/favicon.ico",
    "/icon.svg",
    "/fonts/nope.woff2",
    "/geo/nope.json",
    "/_next/static/nope.js",
    "/_next/image?url=%2Fx&w=64&q=75",
    "/embed",
    "/sources/x",
    "/data",
    "/_atlas/stats",
  ];
  it.each(PATHS)("%s carries HSTS, nosniff, a referrer policy, a permissions policy and a CSP with frame-ancestors, and no X-Powered-By", async (path) => {
    const res = await fetch(`${BASE_URL}${path}`);
    const h = res.headers;
    expect({ path, hsts: h.get("strict-transport-security") }).toEqual({ path, hsts: expect.stringMatching(/max-age=\d{7,}/) });
    expect(h.get("x-content-type-options")).toBe("nosniff");
    expect(h.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(h.get("permissions-policy")).toContain("camera=()");
    expect(h.get("x-powered-by")).toBeNull();
    const csp = h.get("content-security-policy") ?? "";
    expect({ path, csp }).toEqual({ path, csp: expect.stringContaining("frame-ancestors 'none'") });
    expect(csp).not.toContain("unsafe-eval");
  });

  it.each([
    ["a browser prefetch", { purpose: "prefetch" }],
    ["a Next router prefetch", { rsc: "1", "next-router-prefetch": "1" }],
    ["a router payload", { rsc: "1" }],
  ])("%s of a page carries the security headers and a CSP", async (_name, headers) => {
    const res = await fetch(`${BASE_URL}/?v=2&event=2026-01`, { headers });
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("an embed may be framed by the allowed sites (a 404 under /embed/ may not), with the other headers all the same", async () => {
    expect((await fetch(`${BASE_URL}/embed/chart/nope`)).headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    for (const path of ["/embed/map", "/embed/chart/fentanyl", "/embed/people", "/embed/people?v=2&person=rafael-caro-quintero"]) {
      const csp = (await fetch(`${BASE_URL}${path}`)).headers.get("content-security-policy") ?? "";
      expect(csp).toMatch(/frame-ancestors (?!'none')/);
      expect(csp).toContain("object-src 'none'");
    }
  });

  it("serves a data file as validated, with an ETag that a revalidation matches (304)", async () => {
    const res = await fetch(`${BASE_URL}/data/transfers.json`);
    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(/^"/);
    const body = await res.text();
    expect(body).toBe(readFileSync("data/transfers.json", "utf8"));
    expect((await fetch(`${BASE_URL}/data/transfers.json`, { headers: { "if-none-match": etag } })).status).toBe(304);
  });

  it.each(["/", "/?v=2&event=2026-01&place=us_houston&map=5/35/-95", "/embed/chart/fentanyl?v=2&scope=nationwide", "/sources?v=2&lang=es"])(
    "%s: the CSP lists the hash of every inline script, carries no nonce, and allows no inline script otherwise",
    async (path) => {
      const res = await fetch(`${BASE_URL}${path}`);
      const scriptSrc = /script-src ([^;]*)/.exec(res.headers.get("content-security-policy") ?? "")?.[1] ?? "";
      expect(scriptSrc).not.toMatch(/nonce-|unsafe-inline|unsafe-eval|strict-dynamic/);
      const html = await res.text();
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[1]!)).map((m) => m[2]!);
      expect(inline.length).toBeGreaterThanOrEqual(2);
      for (const body of inline) expect(scriptSrc).toContain(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
    },
  );

  it("answers one view with identical bytes and headers (apart from Date), whatever the order or junk in its URL, and 304 to its ETag", async () => {
    const get = (path: string) => fetch(`${BASE_URL}${path}`, { headers: { "accept-encoding": "gzip, br" } });
    const [a, b, c] = await Promise.all([
      get("/?v=2&event=2026-01&place=us_houston"),
      get("/?v=2&event=2026-01&place=us_houston"),
      get("/?place=us_houston&junk=1&v=2&event=2026-01"),
    ]);
    const headersOf = (r: Response) => [...r.headers.entries()].filter(([name]) => name !== "date");
    expect(headersOf(b)).toEqual(headersOf(a));
    expect(headersOf(c)).toEqual(headersOf(a));
    const [bodyA, bodyB, bodyC] = await Promise.all([a.text(), b.text(), c.text()]);
    expect(bodyB).toBe(bodyA);
    expect(bodyC).toBe(bodyA);
    expect(a.headers.get("cache-control")).toMatch(/public.*s-maxage=\d+.*stale-while-revalidate=\d+/);
    const etag = a.headers.get("etag")!;
    expect(etag).toMatch(/^"[^"]+"$/);
    const revalidated = await fetch(`${BASE_URL}/?v=2&event=2026-01&place=us_houston`, { headers: { "accept-encoding": "gzip, br", "if-none-match": etag } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("etag")).toBe(etag);
  });

  it("serves a preview image once per image: parameters the image ignores share its bytes", async () => {
    const paths = ["/og?v=2&event=2026-01", "/og?event=2026-01&v=2&map=4/30/-90&table=1&junk=1", "/og?v=2&event=2026-01&scope=nationwide"];
    const bodies = await Promise.all(paths.map(async (p) => Buffer.from(await (await fetch(`${BASE_URL}${p}`)).arrayBuffer())));
    expect(bodies[1]!.equals(bodies[0]!)).toBe(true);
    expect(bodies[2]!.equals(bodies[0]!)).toBe(true);
  });
});

describe("content security policy in the browser", () => {
  it("reports no violation on / and /sources, through map, charts, sharing and export", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
    await trackCspViolations(context);
    const foreign = trackForeignRequests(context);
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/?v=2&event=2026-01&place=us_houston`);
    await waitForMapReady(page);
    await page.locator("#charts-title").scrollIntoViewIfNeeded();
    // recharts loads when a chart is reached, under the same CSP.
    await page.locator('[data-plot="homicides"]').hover();
    await page.locator('[data-plot="homicides"] .recharts-wrapper > svg').waitFor();
    const menu = page.locator("#chart-annual details.export");
    await menu.locator("summary").click();
    await Promise.all([page.waitForEvent("download"), menu.locator('[data-export="png-2"]').click()]);
    const mapMenu = page.locator("details.export--map");
    await mapMenu.locator("summary").click();
    await Promise.all([page.waitForEvent("download"), mapMenu.locator('[data-export="map-png"]').click()]);
    expect(await violations(page)).toEqual([]);
    await page.goto(`${BASE_URL}/sources`);
    await page.waitForLoadState("networkidle");
    expect(await violations(page)).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

describe("URL payloads", () => {
  const PARAMS = ["v", "map", "event", "place", "chart", "scope", "range", "table", "lang"];
  const PAYLOADS = [
    "<script>window.__xss=1</script>",
    "javascript:window.__xss=2",
    '"><img src=x onerror="window.__xss=3">',
    "'><svg onload=window.__xss=4>",
    "x".repeat(12_000),
  ];

  it.each(PARAMS)(
    "executes nothing and echoes nothing unescaped through %s, for every payload",
    async (param) => {
      const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
      await trackCspViolations(context);
      const page = await context.newPage();
      let dialogs = 0;
      page.on("dialog", (d) => {
        dialogs++;
        void d.dismiss();
      });
      {
        for (const payload of PAYLOADS) {
          const url = `${BASE_URL}/?${new URLSearchParams({ [param]: payload })}`;
          const res = await page.goto(url, { waitUntil: "domcontentloaded" });
          expect({ param, status: res?.status() }).toEqual({ param, status: 200 });
          const html = await res!.text();
          // A payload may appear only as escaped text (&lt;script&gt;...), never as markup.
          for (const needle of ["<script>window.__xss", "<img src=x onerror", "<svg onload"]) {
            expect({ param, needle, found: html.includes(needle) }).toEqual({ param, needle, found: false });
          }
          const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
          expect(hrefs.filter((h) => h.trim().toLowerCase().startsWith("javascript:"))).toEqual([]);
          expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
        }
      }
      expect(dialogs).toBe(0);
      expect(await violations(page)).toEqual([]);
      await context.close();
    },
    180_000,
  );
});
