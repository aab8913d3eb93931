/** @jest-environment node */
import { createHash } from "node:crypto";
import { ROUTES } from "@/lib/http/routes";
import { ASSET_CSP, buildPageCsp } from "@/lib/security/csp";
import nextConfig from "@/next.config";
import { inlineScriptHashes } from "@/lib/security/script-hashes";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("inlineScriptHashes", () => {
  it("hashes the exact text of each inline script, in order, once each", () => {
    const html = `<script>a()</script><p>x</p><script id="_R_">self.__next_f=[]</script><script>a()</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha("a()"), sha("self.__next_f=[]")]);
  });

  it("hashes UTF-8 bytes, whitespace included", () => {
    expect(inlineScriptHashes("<script>\n  say('¿Qué?')\n</script>")).toEqual([sha("\n  say('¿Qué?')\n")]);
  });

  it("skips external scripts and data blocks, and keeps modules and typed JavaScript", () => {
    const html = [
      `<script src="/_next/static/chunks/a.js" async=""></script>`,
      `<script type="application/json">{"a":1}</script>`,
      `<script type="application/ld+json">{}</script>`,
      `<script type="module">m()</script>`,
      `<script type='text/javascript'>t()</script>`,
    ].join("");
    expect(inlineScriptHashes(html)).toEqual([sha("m()"), sha("t()")]);
  });

  it("finds none in a page without scripts", () => {
    expect(inlineScriptHashes("<!doctype html><p>Hello</p>")).toEqual([]);
  });
});

describe("buildPageCsp", () => {
  const csp = buildPageCsp({ scriptHashes: [sha("a()")], isDev: false, frameAncestors: "'none'" });

  it("allows scripts from our origin and the listed hashes only", () => {
    expect(/script-src ([^;]*)/.exec(csp)?.[1]).toBe(`'self' ${sha("a()")}`);
    expect(csp).not.toMatch(/nonce|unsafe-eval/);
  });

  it("keeps object-src, base-uri and the frame-ancestors given", () => {
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(buildPageCsp({ scriptHashes: [], isDev: false, frameAncestors: "https:" })).toContain("frame-ancestors https:");
  });

  it("ASSET_CSP and the route table's Cache-Control are what next.config.ts sends with every static route of the table", async () => {
    const rules = await nextConfig.headers!();
    const staticRoutes = Object.values(ROUTES).filter((route) => route.rule === "static");
    expect(staticRoutes.length).toBeGreaterThanOrEqual(5);
    for (const route of staticRoutes) {
      const rule = rules.find((r) => r.source === route.pattern.replace(/\/\*$/, "/:path+"));
      expect({ pattern: route.pattern, headers: rule?.headers }).toEqual({
        pattern: route.pattern,
        headers: [
          { key: "Content-Security-Policy", value: ASSET_CSP },
          { key: "Cache-Control", value: route.cache },
        ],
      });
    }
    expect(ASSET_CSP).toBe("default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
  });
});
