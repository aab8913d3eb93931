/** @jest-environment node */
import { createHash } from "node:crypto";
import { ifNoneMatchHits, strongEtagOf } from "@/lib/http/etag";

describe("strongEtagOf", () => {
  it("strongEtagOf quotes 32 base64url characters of the body's SHA-256, the same for a string and its UTF-8 bytes", () => {
    const body = "Homicidios dolosos, ene 2026";
    const digest = createHash("sha256").update(Buffer.from(body, "utf8")).digest("base64url");
    expect(strongEtagOf(body)).toBe(`"${digest.slice(0, 32)}"`);
    expect(strongEtagOf(Buffer.from(body, "utf8"))).toBe(strongEtagOf(body));
  });

  it("strongEtagOf gives another tag for one changed byte", () => {
    expect(strongEtagOf("a,1\n")).not.toBe(strongEtagOf("a,2\n"));
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
