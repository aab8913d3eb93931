/** @jest-environment node */
import { arrayBufferToBase64, fontFaceCss } from "@/lib/export/font";

const bufferOf = (bytes: number[]): ArrayBuffer => new Uint8Array(bytes).buffer;

describe("arrayBufferToBase64", () => {
  const cases = [
    { bytes: [], expected: "" },
    { bytes: [77], expected: "TQ==" },
    { bytes: [77, 97], expected: "TWE=" },
    { bytes: [77, 97, 110], expected: "TWFu" },
    { bytes: [0, 255, 128, 10], expected: "AP+ACg==" },
  ];
  it.each(cases)("arrayBufferToBase64($bytes) -> $expected", ({ bytes, expected }) => {
    expect(arrayBufferToBase64(bufferOf(bytes))).toBe(expected);
  });
  it("arrayBufferToBase64 encodes a buffer larger than one chunk like Node's Buffer does", () => {
    const bytes = Array.from({ length: 100_003 }, (_, i) => (i * 31 + 7) % 256);
    expect(arrayBufferToBase64(bufferOf(bytes))).toBe(Buffer.from(bytes).toString("base64"));
  });
});

describe("fontFaceCss", () => {
  it("fontFaceCss writes an @font-face with the WOFF2 as a data URI", () => {
    expect(fontFaceCss("Inter", 700, "d09GMgAB")).toBe(
      '@font-face { font-family: "Inter"; font-style: normal; font-weight: 700; font-display: block; src: url(data:font/woff2;base64,d09GMgAB) format("woff2"); }',
    );
  });
  it("fontFaceCss refuses a family that could break out of the rule", () => {
    expect(() => fontFaceCss('Inter"; } *{', 400, "AAAA")).toThrow("font family");
  });
  it("fontFaceCss refuses data that is not base64 and a weight out of range", () => {
    expect(() => fontFaceCss("Inter", 400, "not base64!")).toThrow("not base64");
    expect(() => fontFaceCss("Inter", 1200, "AAAA")).toThrow(RangeError);
  });
});
