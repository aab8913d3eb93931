/** @jest-environment node */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { inlineScriptHashes } from "@/lib/security/script-hashes";
import { CACHE_CONTROL } from "@/lib/http/cache-control";
import { sendStored, storeResponse, type StoredResponse } from "@/server/stored-response";

const html = `<!doctype html><html><head><script>self.__next_f=[]</script></head><body>${"<p>Homicidios</p>".repeat(200)}<script src="/a.js"></script><script>self.__next_f.push([1,"x"])</script></body></html>`;
const upstream = (body: string, type: string, extra: Record<string, string> = {}) => ({
  status: 200,
  headers: { "content-type": type, "content-security-policy": "script-src 'nonce-old'", date: "yesterday", "x-nextjs-cache": "MISS", vary: "rsc", ...extra },
  body: Buffer.from(body),
});

let server: Server;
let stored: StoredResponse;
let base: string;
beforeAll(async () => {
  stored = await storeResponse(upstream(html, "text/html; charset=utf-8"), { frameAncestors: "'none'", cacheControl: CACHE_CONTROL.page });
  server = createServer((req, res) => void sendStored(req, res, stored));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("storeResponse", () => {
  it("gives an HTML page a CSP with the hash of each of its inline scripts, replacing the upstream's", () => {
    const csp = String(stored.headers["content-security-policy"]);
    for (const hash of inlineScriptHashes(html)) expect(csp).toContain(hash);
    expect(csp).not.toContain("nonce");
    expect(stored.headers["cache-control"]).toBe(CACHE_CONTROL.page);
  });

  it("drops per-response headers and keeps the rest, adding Accept-Encoding to Vary", () => {
    expect(stored.headers.date).toBeUndefined();
    expect(stored.headers["x-nextjs-cache"]).toBeUndefined();
    expect(stored.headers.vary).toBe("rsc, Accept-Encoding");
  });

  it("keeps brotli and gzip copies that unpack to the exact page", () => {
    expect(brotliDecompressSync(stored.bodies.br!).toString()).toBe(html);
    expect(gunzipSync(stored.bodies.gzip!).toString()).toBe(html);
    expect(stored.bodies.identity).toBeUndefined();
  });

  it("is deterministic: the same upstream gives the same ETag and headers", async () => {
    const again = await storeResponse(upstream(html, "text/html; charset=utf-8"), { frameAncestors: "'none'", cacheControl: CACHE_CONTROL.page });
    expect(again.etag).toBe(stored.etag);
    expect(again.headers).toEqual(stored.headers);
  });

  it("keeps an image as it is, with the route's Cache-Control in place of the upstream's, and no page CSP", async () => {
    const png = await storeResponse(upstream("\x89PNG...", "image/png", { "cache-control": "private, no-store" }), {
      frameAncestors: "'none'",
      cacheControl: CACHE_CONTROL.previewImage,
    });
    expect(png.bodies).toEqual({ identity: Buffer.from("\x89PNG...") });
    expect(png.headers["cache-control"]).toBe(CACHE_CONTROL.previewImage);
    expect(png.headers["content-security-policy"]).toBeUndefined();
  });
});

describe("sendStored", () => {
  it("sends the best encoding the client accepts, with an ETag per encoding", async () => {
    const br = await fetch(base, { headers: { "accept-encoding": "gzip, br" } });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(await br.text()).toBe(html);
    const gz = await fetch(base, { headers: { "accept-encoding": "gzip" } });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gz.headers.get("etag")).not.toBe(br.headers.get("etag"));
    expect(await gz.text()).toBe(html);
  });

  it("unpacks the page for a client that takes no compression", async () => {
    const plain = await fetch(base, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("etag")).toBe(stored.etag);
    expect(await plain.text()).toBe(html);
  });

  it("answers 304 with no body to a matching If-None-Match", async () => {
    const first = await fetch(base, { headers: { "accept-encoding": "br" } });
    const etag = first.headers.get("etag")!;
    const again = await fetch(base, { headers: { "accept-encoding": "br", "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
  });
});
