/** @jest-environment node */
import { parseRequestTarget } from "@/lib/http/request-target";

describe("parseRequestTarget", () => {
  it.each([
    ["/", "/", ""],
    ["/sources?lang=es", "/sources", "lang=es"],
    ["/embed/chart/%66entanyl?v=2", "/embed/chart/fentanyl", "v=2"],
    ["/%73ources", "/sources", ""],
    ["/embed/map?v=2#frag", "/embed/map", "v=2"],
    ["/?a=%2F", "/", "a=%2F"],
    ["http://atlas.example/sources?lang=es", "/sources", "lang=es"],
    ["https://atlas.example", "/", ""],
  ])("parseRequestTarget(%j) decodes the path once: %j", (raw, path, query) => {
    expect(parseRequestTarget(raw)).toEqual({ kind: "path", path, query });
  });

  it.each([
    ["/data/%2e%2e%2Fpackage.json", "encoded slash"],
    ["/embed%2Fmap", "encoded slash"],
    ["/sources/", "trailing slash"],
    ["//sources", "empty path segment"],
    ["/embed//map", "empty path segment"],
    ["/embed/../sources", "dot segment"],
    ["/embed/%2e%2e/sources", "dot segment"],
    ["/./sources", "dot segment"],
    ["/%E0%A4%A", "malformed percent-encoding"],
    ["/%zz", "malformed percent-encoding"],
  ])("parseRequestTarget(%j) is no path of ours (%s): the 404 page", (raw, why) => {
    expect(parseRequestTarget(raw)).toMatchObject({ kind: "not-found", why });
  });

  it("keeps the query of a 404, for the page's language", () => {
    expect(parseRequestTarget("/x/?lang=es")).toEqual({ kind: "not-found", query: "lang=es", why: "trailing slash" });
  });

  it("keeps a long query whole (a link with 12 kB of junk still opens its page)", () => {
    expect(parseRequestTarget(`/?junk=${"x".repeat(12_000)}`)).toMatchObject({ kind: "path", path: "/" });
  });

  it.each(["*", "", "example.com:443", "sources"])("parseRequestTarget(%j) is not a path: 400", (raw) => {
    expect(parseRequestTarget(raw).kind).toBe("bad-request");
  });
});
