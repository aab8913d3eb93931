import { readdirSync, readFileSync, statSync } from "node:fs";
import { Agent, request, type IncomingHttpHeaders } from "node:http";
import { connect } from "node:net";
import { join } from "node:path";
import { ROUTE_LIST, ROUTE_METHODS, ROUTE_RULES } from "@/lib/http/routes";
import { ARTIFACTS_DIR, BASE_URL, launchBrowser, VIEWPORTS } from "./support/browser";

/**
 * Hostile requests against the app as `npm start` runs it: every route of the route table answers
 * by its rule and nothing else; every way around the view cache found so far is replayed; a burst
 * of such requests makes Next render nothing (counted by the server, /_atlas/stats).
 */
const { hostname, port } = new URL(BASE_URL);
const agent = new Agent({ keepAlive: true, maxSockets: 16 });

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request exactly as given (method, path spelling, headers): fetch would normalise or refuse some of them. */
function send(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // A body is framed by its length: Node's client sends a GET's body unframed otherwise.
    const framing = body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) };
    const req = request({ host: hostname, port, method, path, headers: { ...headers, ...framing }, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** Raw bytes on a new connection, for what no HTTP client sends (`OPTIONS *`, broken header lines). */
function sendRaw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(text));
    let out = "";
    socket.on("data", (d) => (out += d.toString("latin1")));
    socket.on("end", () => {
      socket.destroy();
      resolve(out);
    });
    socket.on("error", reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error("no answer in 10 s")));
  });
}

type Rule = "view" | "render" | "image" | "file" | "static" | "not-found";
const stats = async () => (await (await fetch(`${BASE_URL}/_atlas/stats`)).json()) as { reachedNext: Record<Rule | "total", number> };
const reachedNext = async () => (await stats()).reachedNext.total;
/** Runs `tasks` with at most `width` at once. */
async function inBatches<T>(tasks: (() => Promise<T>)[], width = 16): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < tasks.length; i += width) out.push(...(await Promise.all(tasks.slice(i, i + width).map((t) => t()))));
  return out;
}

/** Every file under .next/ with its size and mtime: nothing the server answers may write there. */
function buildFiles(dir = ".next"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return buildFiles(path);
    const { size, mtimeMs } = statSync(path);
    return [`${path} ${size} ${mtimeMs}`];
  });
}

/** The security headers, and a CSP that lets no one frame the answer (`isFramable`: some site may). */
function expectSecurityHeaders(headers: IncomingHttpHeaders, what: string, isFramable = false) {
  expect({ what, hsts: headers["strict-transport-security"] }).toEqual({ what, hsts: expect.stringMatching(/max-age=\d{7,}/) });
  expect({ what, nosniff: headers["x-content-type-options"] }).toEqual({ what, nosniff: "nosniff" });
  const frameAncestors = isFramable ? expect.stringMatching(/frame-ancestors (?!'none')/) : expect.stringContaining("frame-ancestors 'none'");
  expect({ what, csp: headers["content-security-policy"] }).toEqual({ what, csp: frameAncestors });
}

let chunkPath = "";
/** A picture's address as the page hands it out (the build names it). */
let picturePath = "";
beforeAll(async () => {
  const html = await (await fetch(`${BASE_URL}/`)).text();
  chunkPath = /src="(\/_next\/static\/[^"?]+\.js)"/.exec(html)?.[1] ?? "";
  // The page names the part by its key; the build's base is the build being served.
  picturePath = /data-static-src="map-legend"/.test(html) ? `/pictures/${readFileSync(".next/BUILD_ID", "utf8").trim()}/map-legend` : "";
  expect(chunkPath).not.toBe("");
  expect(picturePath).not.toBe("");
});
/** A URL a route answers with 200: its example, or one the build names. */
const exampleOf = (id: string, route: { example: string | null }) => route.example ?? (id === "pictures" ? picturePath : chunkPath);
afterAll(() => agent.destroy());

describe("the route table, walked against the server", () => {
  const routes = ROUTE_LIST.map(([id, route]) => [id, route] as const);

  it.each(routes)("%s has a rule, a Cache-Control and GET/HEAD as its methods", (_id, route) => {
    expect(ROUTE_RULES).toContain(route.rule);
    expect(route.cache).toMatch(/\S/);
    expect(route.methods).toEqual(ROUTE_METHODS);
  });

  it.each(routes)("%s answers its example by its rule, with the table's Cache-Control, to GET and HEAD", async (id, route) => {
    const path = exampleOf(id, route);
    const expected = route.rule === "not-found" || route.rule === "refused" ? 404 : 200;
    for (const method of ["GET", "HEAD"]) {
      const res = await send(method, path);
      expect({ id, method, status: res.status, cache: res.headers["cache-control"] }).toEqual({ id, method, status: expected, cache: route.cache });
      expectSecurityHeaders(res.headers, `${method} ${path}`, route.isFramable);
    }
  });

  it.each(routes)("%s answers any other method with 405 and Allow, and nothing reaches Next", async (id, route) => {
    const before = await reachedNext();
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "PROPFIND", "TRACE", "OPTIONS"]) {
      const res = await send(method, exampleOf(id, route), method === "POST" ? { "content-type": "text/plain" } : {}, method === "POST" ? "x=1" : undefined);
      expect({ id, method, status: res.status, allow: res.headers.allow }).toEqual({ id, method, status: 405, allow: "GET, HEAD" });
      expectSecurityHeaders(res.headers, `${method} ${id}`);
    }
    expect(await reachedNext()).toBe(before);
  });
});

describe("hostile requests", () => {
  it("unknown paths get one 404 page per language, rendered once each and then cached", async () => {
    await send("GET", "/warm-404");
    await send("GET", "/warm-404?lang=es");
    const before = await stats();
    const en = await Promise.all(["/x1", "/x2", "/a/b/c", "/favicon.ico", "/embed"].map((p) => send("GET", p)));
    const es = await Promise.all(["/x1?lang=es", "/y?lang=es&junk=1"].map((p) => send("GET", p)));
    for (const res of [...en, ...es]) expect(res.status).toBe(404);
    expect(new Set(en.map((r) => r.headers.etag)).size).toBe(1);
    expect(new Set(es.map((r) => r.headers.etag)).size).toBe(1);
    expect(es[0]!.body.toString()).toContain('lang="es"');
    expect(es[0]!.body.toString()).toContain("Página no encontrada");
    expect(en[0]!.body.toString()).toContain("Page not found");
    expect(en[0]!.headers["cache-control"]).toBe("no-store");
    expect((await stats()).reachedNext["not-found"]).toBe(before.reachedNext["not-found"]);
  });

  it("/floor is rendered for each request (the bench's per-request reference), within the render limit, and every render is counted", async () => {
    const before = (await stats()).reachedNext;
    const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => send("GET", `/floor?i=${i}`)));
    for (const res of answers) expect({ status: res.status, cache: res.headers["cache-control"] }).toEqual({ status: 200, cache: "no-store" });
    const after = (await stats()).reachedNext;
    expect(after.render).toBe(before.render + 5);
    expect(after.total).toBe(before.total + 5);
  });

  it("/_next/image is refused by the front server: 404, no render, nothing written", async () => {
    const before = await reachedNext();
    for (const w of [16, 640, 3840]) {
      const res = await send("GET", `/_next/image?url=%2Fog&w=${w}&q=75`, { accept: "image/avif,image/webp" });
      expect(res.status).toBe(404);
      expect(res.headers["cache-control"]).toBe("no-store");
    }
    expect(await reachedNext()).toBe(before);
  });

  it("a path is decoded once: encoded unreserved characters reach the plain spelling's entry", async () => {
    const plain = await send("GET", "/embed/chart/fentanyl?v=2&scope=nationwide");
    const before = await reachedNext();
    for (const path of [
      "/embed/chart/%66entanyl?v=2&scope=nationwide",
      "/%65mbed/chart/fentanyl?scope=nationwide&v=2",
      "/embed/%63hart/fentany%6C?v=2&scope=nationwide",
    ]) {
      const res = await send("GET", path);
      expect({ path, status: res.status, etag: res.headers.etag, cache: res.headers["cache-control"] }).toEqual({
        path,
        status: 200,
        etag: plain.headers.etag,
        cache: plain.headers["cache-control"],
      });
    }
    expect(await reachedNext()).toBe(before);
  });

  it.each([
    "/embed/chart%2Ffentanyl",
    "/sources/",
    "//sources",
    "/embed//map",
    "/embed/../sources",
    "/./sources",
    "/embed/%2e%2e/sources",
    "/%E0%A4%A",
    "/sources%00",
  ])("%s (an ambiguous spelling) is the 404 page", async (path) => {
    const res = await send("GET", path);
    expect(res.status).toBe(404);
    expect(res.body.toString()).toContain("Page not found");
  });

  it("router headers without RSC: 1, and Next-Url always, change nothing: the page's own entry answers", async () => {
    const page = await send("GET", "/?v=2&event=2025-08");
    const before = await reachedNext();
    const variants: Record<string, string>[] = [
      { "next-url": "/anything" },
      { "next-router-state-tree": "%5B%22%22%2C%7B%7D%5D" },
      { "next-router-state-tree": "garbage" },
      { "next-router-prefetch": "1", "next-url": "/x" },
      { "next-router-segment-prefetch": "/_tree" },
    ];
    for (const headers of variants) {
      const res = await send("GET", "/?v=2&event=2025-08", headers);
      expect({ headers, status: res.status, etag: res.headers.etag }).toEqual({ headers, status: 200, etag: page.headers.etag });
    }
    expect(await reachedNext()).toBe(before);
  });

  it("a router request with an unparsable router state, a bad prefetch value or a wrong _rsc gets 400 with no-store, and no render", async () => {
    const before = await reachedNext();
    const invalid: Record<string, string>[] = [
      { rsc: "1", "next-router-state-tree": "%5B" },
      { rsc: "1", "next-router-state-tree": encodeURIComponent("[1,{}]") },
      { rsc: "1", "next-router-prefetch": "9" },
      { rsc: "1", "next-router-state-tree": encodeURIComponent('["",{}]') },
    ];
    for (const headers of invalid) {
      const res = await send("GET", "/?v=2&_rsc=abc", headers);
      expect({ headers, status: res.status, cache: res.headers["cache-control"] }).toEqual({ headers, status: 400, cache: "no-store" });
      expectSecurityHeaders(res.headers, JSON.stringify(headers));
    }
    expect(await reachedNext()).toBe(before);
  });

  it("TRACE gets 405, OPTIONS * gets 400, a malformed request line 400 and oversized headers 431, each with the security headers", async () => {
    expect((await send("TRACE", "/")).status).toBe(405);
    for (const [text, status] of [
      ["OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 400],
      ["GET / HTTP/1.1\r\nHost: x\r\nBroken header line\r\n\r\n", 400],
      [`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`, 431],
    ] as const) {
      const answer = await sendRaw(text);
      expect(answer.split("\r\n")[0]).toBe(`HTTP/1.1 ${status} ${status === 400 ? "Bad Request" : "Request Header Fields Too Large"}`);
      expect(answer).toMatch(/strict-transport-security: max-age=\d{7,}/i);
      expect(answer).toMatch(/content-security-policy: [^\r]*frame-ancestors 'none'/i);
    }
  });

  it("a picture is drawn once per canonical address: junk parameters and their order make no new render; another build's or an unknown kind's address is the 404 page, without a render", async () => {
    const legend = picturePath; // "/pictures/<build>/map-legend", the default view
    await send("GET", `${legend}?lang=es`);
    const before = await stats();
    const spellings = [`${legend}?lang=es`, `${legend}?junk=1&lang=es`, `${legend}?lang=es&event=2026-01&place=us_houston`, `${legend}?v=1&lang=es&chart=nope`];
    const answers = await Promise.all(spellings.map((p) => send("GET", p)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(answers.map((a) => a.headers.etag)).size).toBe(1);
    expect(answers[0]!.body.toString()).toContain('aria-label="Simbología"');
    const other = [legend.replace(/\/pictures\/[^/]+\//, "/pictures/another-build/"), legend.replace(/map-legend$/, "nope"), `${legend}/x`];
    for (const path of other) expect({ path, status: (await send("GET", path)).status }).toEqual({ path, status: 404 });
    const after = await stats();
    expect(after.reachedNext.file).toBe(before.reachedNext.file);
  });

  it("a GET with a body gets 413", async () => {
    const res = await send("GET", "/", { "content-type": "text/plain" }, "x".repeat(100));
    expect(res.status).toBe(413);
    expectSecurityHeaders(res.headers, "GET with a body");
  });

  it.each(["bytes=999999999-", "bytes=abc", "bytes=5-1", "bytes=0-1,2-3,-1"])("Range: %s never gives a 500 on a static file: the whole file", async (range) => {
    for (const path of [chunkPath, "/fonts/inter-latin-400-normal.woff2", "/geo/countries.json"]) {
      const whole = await send("GET", path);
      const res = await send("GET", path, { range });
      expect({ path, status: res.status, length: res.body.length }).toEqual({ path, status: 200, length: whole.body.length });
    }
  });

  it("a 404 under /embed/ may not be framed", async () => {
    for (const path of ["/embed/chart/nope", "/embed/nope", "/embed/map/x"]) {
      const res = await send("GET", path);
      expect(res.status).toBe(404);
      expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    }
  });

  it("counts every request that reaches Next, by route rule", async () => {
    const before = (await stats()).reachedNext;
    // A camera this server has not drawn yet (the same server may run the suite again).
    const zoom = (2 + (Date.now() % 400) / 100).toFixed(2);
    await send("GET", `/?v=2&map=${zoom}/20.5/-101.5&event=2025-02`);
    await send("GET", chunkPath);
    const after = (await stats()).reachedNext;
    expect(after.view).toBe(before.view + 1);
    expect(after.static).toBe(before.static + 1);
    expect(after.total).toBe(before.total + 2);
  });

  it("a burst of 200 POSTs, 100 unknown paths, 100 /_next/image URLs, 100 encoded spellings and 100 router-header variants makes 0 renders and writes nothing", async () => {
    const views = ["/", "/sources", "/embed/map", "/embed/chart/fentanyl", "/?v=2&event=2026-01"];
    for (const path of [...views, "/x", "/x?lang=es"]) await send("GET", path);
    const files = buildFiles();
    const before = await reachedNext();

    const encoded = (i: number) => {
      // Encode the letters of "embed/chart/fentanyl" picked by the bits of i + 1.
      let bit = 0;
      const path = "/embed/chart/fentanyl".replace(/[a-z]/g, (c) => (((i + 1) >> bit++) & 1 ? `%${c.charCodeAt(0).toString(16)}` : c));
      return send("GET", path);
    };
    const tasks = [
      ...Array.from(
        { length: 200 },
        (_, i) => () =>
          send("POST", `${views[i % views.length]}${i % 2 ? "?" : "?v=2&"}n=${i}`, { "content-type": "application/x-www-form-urlencoded" }, `a=${i}`),
      ),
      ...Array.from({ length: 100 }, (_, i) => () => send("GET", `/unknown-${i}${i % 2 ? "?lang=es" : ""}`)),
      ...Array.from({ length: 100 }, (_, i) => () => send("GET", `/_next/image?url=%2Fog%3Fv%3D2&w=${16 * (i + 1)}&q=${i % 100}`)),
      ...Array.from({ length: 100 }, (_, i) => () => encoded(i)),
      ...Array.from(
        { length: 100 },
        (_, i) => () => send("GET", views[i % views.length]!, i % 2 ? { "next-url": `/n${i}` } : { "next-router-state-tree": `t${i}` }),
      ),
    ];
    const answers = await inBatches(tasks);
    const byStatus = answers.reduce<Record<number, number>>((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {});
    expect(byStatus).toEqual({ 405: 200, 404: 200, 200: 200 });
    expect(await reachedNext()).toBe(before);
    expect(buildFiles()).toEqual(files);
  });
});

describe("the 404 page in the browser", () => {
  it.each([
    ["/x1", "en", "Page not found", "desktop"],
    ["/embed/chart/nope?lang=es", "es", "Página no encontrada", "phone"],
  ] as const)("%s reads as a page of the site in its language (%s), with no page error, and its links work", async (path, lang, title, size) => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: VIEWPORTS[size] });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      const res = await page.goto(`${BASE_URL}${path}`);
      expect(res?.status()).toBe(404);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await expect(page.locator("h1").textContent()).resolves.toBe(title);
      await page.waitForLoadState("load");
      await page.screenshot({ path: join(ARTIFACTS_DIR, "screenshots", `not-found-${lang}-${size}.png`), fullPage: true });
      await page.locator("main a").first().click();
      await page.waitForURL((url) => url.pathname === "/");
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
