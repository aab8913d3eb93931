/** @jest-environment node */
import { escapeXml, formatPx } from "@/lib/export/xml";

describe("escapeXml", () => {
  it("escapeXml escapes the five XML special characters", () => {
    expect(escapeXml(`A < B & "C" > 'D'`)).toBe("A &lt; B &amp; &quot;C&quot; &gt; &apos;D&apos;");
  });
  it("escapeXml drops control characters XML cannot hold and keeps tabs, newlines and emoji", () => {
    expect(escapeXml("a\u0000b\u0008c\td\ne😀")).toBe("abc\td\ne😀");
  });
});

describe("formatPx", () => {
  it("formatPx rounds to a tenth of a pixel", () => {
    expect([formatPx(12.345), formatPx(10), formatPx(0.04)]).toEqual(["12.3", "10", "0"]);
  });
});
