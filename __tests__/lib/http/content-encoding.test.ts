/** @jest-environment node */
import { pickEncoding } from "@/lib/http/content-encoding";

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
