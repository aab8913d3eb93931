/** @jest-environment node */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ResponseCache, type CachedKind, type CachedRequest } from "@/server/response-cache";

/** A stand-in for Next on the loopback port: counts renders per path, answers after a delay. */
let upstream: Server;
let renders: Map<string, number>;
let status = 200;
/** While set, the stand-in holds every render until the test opens it. */
let gate: Promise<void> | null = null;
let openGate = () => {};
const closeGate = () => {
  gate = new Promise((resolve) => (openGate = resolve));
};
const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((r) => setTimeout(r, 5));
};
let front: Server;
const request = (kind: CachedKind, key: string): CachedRequest => ({
  kind,
  key,
  upstreamPath: key,
  upstreamHeaders: {},
  frameAncestors: "'none'",
  cacheControl: "public, max-age=1",
});
let cache: ResponseCache;
let base: string;

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
};

beforeEach(async () => {
  renders = new Map();
  status = 200;
  gate = null;
  upstream = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? "";
    renders.set(path, (renders.get(path) ?? 0) + 1);
    void (gate ?? Promise.resolve()).then(() => {
      const isImage = path.startsWith("/og");
      res.writeHead(path.startsWith("/missing") ? 404 : status, { "content-type": isImage ? "image/png" : "text/html; charset=utf-8" });
      res.end(
        isImage
          ? `png of ${path}`
          : `<html><script>render(${JSON.stringify(path)}, ${JSON.stringify(req.headers.rsc ?? "")})</script>${"x".repeat(1000)}</html>`,
      );
    });
  });
  const upstreamPort = await listen(upstream);
  cache = new ResponseCache({ upstreamPort, pageCacheBytes: 1e6, imageCacheBytes: 1e6, pageRenders: 2, imageRenders: 1 });
  front = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const key = url.pathname + (url.searchParams.get("view") ?? "");
    const isRouter = req.headers.rsc === "1";
    void cache.respond(req, res, {
      ...request(url.pathname === "/og" ? "image" : url.pathname === "/missing" ? "not-found" : "page", key),
      ...(isRouter ? { kind: "router", key: `${key}#router`, upstreamHeaders: { rsc: "1" } } : {}),
    });
  });
  base = `http://127.0.0.1:${await listen(front)}`;
});
afterEach(async () => {
  await new Promise((r) => front.close(r));
  await new Promise((r) => upstream.close(r));
});

describe("ResponseCache", () => {
  it("renders a page once for 20 concurrent requests, and answers later ones from memory", async () => {
    closeGate();
    const requests = Array.from({ length: 20 }, () => fetch(`${base}/?view=a`));
    await until(() => cache.stats().renders.coalesced === 19);
    openGate();
    const responses = await Promise.all(requests);
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
    await fetch(`${base}/?view=a`);
    expect(renders.get("/a")).toBe(1);
    expect(cache.stats().renders).toMatchObject({ pages: 1, coalesced: 19 });
  });

  it("keeps the router payload of a soft navigation apart from the page", async () => {
    const page = await (await fetch(`${base}/?view=a`)).text();
    const payload = await (await fetch(`${base}/?view=a`, { headers: { rsc: "1" } })).text();
    expect(payload).not.toBe(page);
    expect(payload).toContain('"1"');
    await fetch(`${base}/?view=a`, { headers: { rsc: "1" } });
    expect(cache.stats().renders).toMatchObject({ pages: 1, routerPayloads: 1 });
  });

  it("does not keep an error: the next request renders again", async () => {
    status = 500;
    expect((await fetch(`${base}/?view=b`)).status).toBe(500);
    status = 200;
    expect((await fetch(`${base}/?view=b`)).status).toBe(200);
    expect(renders.get("/b")).toBe(2);
  });

  it("sends a kept answer with the request's Cache-Control, and an error with no-store", async () => {
    expect((await fetch(`${base}/?view=c`)).headers.get("cache-control")).toBe("public, max-age=1");
    status = 502;
    const failed = await fetch(`${base}/?view=d`);
    expect(failed.status).toBe(502);
    expect(failed.headers.get("cache-control")).toBe("no-store");
  });

  it("renders a per-request page for every request, never keeps it, and counts each render", async () => {
    front.removeAllListeners("request");
    front.on("request", (req, res) => void cache.respond(req, res, request("render", "/floor")));
    const bodies = await Promise.all(Array.from({ length: 3 }, async () => (await fetch(`${base}/`)).text()));
    expect(bodies.every((b) => b.includes("/floor"))).toBe(true);
    expect(renders.get("/floor")).toBe(3);
    expect(cache.stats().renders).toMatchObject({ perRequest: 3, coalesced: 0 });
    expect(cache.stats().pages.entries).toBe(0);
  });

  it("keeps the 404 page (its one kept status) but never a 404 in place of a page", async () => {
    for (let i = 0; i < 3; i++) expect((await fetch(`${base}/missing`)).status).toBe(404);
    expect(renders.get("/missing")).toBe(1);
    expect(cache.stats().renders).toMatchObject({ notFound: 1 });
    for (let i = 0; i < 2; i++) expect((await fetch(`${base}/missing-page?view=x`, { headers: {} })).status).toBe(404);
    expect(renders.get("/missing-pagex")).toBe(2);
  });

  it("turns a new image away with 503 and Retry-After while the image renders are busy, but lets waiters of a running one share it", async () => {
    closeGate();
    const firstRequest = fetch(`${base}/og?view=1`);
    await until(() => renders.has("/og1"));
    const sameKeyRequest = fetch(`${base}/og?view=1`);
    const other = await fetch(`${base}/og?view=2`);
    await until(() => cache.stats().renders.coalesced === 1);
    openGate();
    const [first, sameKey] = await Promise.all([firstRequest, sameKeyRequest]);
    expect(first.status).toBe(200);
    expect(sameKey.status).toBe(200);
    expect(other.status).toBe(503);
    expect(other.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await fetch(`${base}/og?view=2`)).status).toBe(200);
    expect(cache.stats().renders).toMatchObject({ images: 2, imagesRefused: 1 });
  });

  it("warms the paths it is given, so that the first reader's request renders nothing", async () => {
    await expect(cache.warm([request("page", "/w"), request("image", "/og-w")])).resolves.toEqual({ rendered: 2, failed: 0 });
    await fetch(`${base}/?view=w`);
    expect(renders.get("/w")).toBe(1);
  });
});
