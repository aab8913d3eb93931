/** @jest-environment node */
import { ifNoneMatchHits, pickEncoding } from "@/lib/http/content-encoding";

describe("pickEncoding", () => {
  it.each([
    ["gzip, deflate, br", "br"],
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["gzip;q=0, br;q=0", "identity"],
    ["*", "br"],
    ["gzip;q=0, *", "br"],
    ["identity", "identity"],
    ["", "identity"],
    [undefined, "identity"],
    ["deflate", "identity"],
  ])("%j -> %s", (header, expected) => {
    expect(pickEncoding(header)).toBe(expected);
  });
});

describe("ifNoneMatchHits", () => {
  it("matches a listed tag, weak or strong, and *", () => {
    expect(ifNoneMatchHits('"a"', ['"a"'])).toBe(true);
    expect(ifNoneMatchHits('W/"x", "a"', ['"a"'])).toBe(true);
    expect(ifNoneMatchHits('W/"a"', ['"a"'])).toBe(true);
    expect(ifNoneMatchHits("*", ['"a"'])).toBe(true);
  });

  it("does not match another tag or no header", () => {
    expect(ifNoneMatchHits('"b"', ['"a"'])).toBe(false);
    expect(ifNoneMatchHits(undefined, ['"a"'])).toBe(false);
    expect(ifNoneMatchHits('"a-br"', ['"a"'])).toBe(false);
  });
});
