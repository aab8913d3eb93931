/**
 * Fonts for exported SVG: an SVG drawn through an <img> may not fetch fonts, so each face is
 * written into the SVG's <style> as a data: URI. Browser-safe: no Node Buffer.
 */

/** Bytes per String.fromCharCode call; well under engines' argument limits (about 65 536 in JSC). */
const CHUNK_BYTES = 0x8000;

/**
 * Base64 of the bytes, in chunks so large fonts do not overflow the call stack.
 * Example: arrayBufferToBase64(new Uint8Array([77, 97, 110]).buffer) === "TWFu"
 */
export function arrayBufferToBase64(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let binary = "";
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK_BYTES));
  }
  return btoa(binary);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * An @font-face rule with the WOFF2 inlined. `weight` is a CSS weight 1-1000 (Inter: 400, 700).
 * Throws on a family with quotes or line breaks, a bad weight, or text that is not base64.
 * Example: fontFaceCss("Inter", 700, base64) -> '@font-face { font-family: "Inter"; ... src: url(data:font/woff2;base64,...) format("woff2"); }'
 */
export function fontFaceCss(family: string, weight: number, base64Woff2: string): string {
  if (family.trim() === "" || /["'\\\r\n<>;{}]/.test(family)) throw new Error(`font family "${family}" is not allowed; expected a plain name such as "Inter"`);
  if (!Number.isInteger(weight) || weight < 1 || weight > 1000) throw new RangeError(`font weight ${weight} is invalid; expected an integer from 1 to 1000`);
  if (base64Woff2 === "" || base64Woff2.length % 4 !== 0 || !BASE64.test(base64Woff2)) {
    throw new Error(`font data for "${family}" ${weight} is not base64 (${base64Woff2.length} characters starting "${base64Woff2.slice(0, 16)}")`);
  }
  return `@font-face { font-family: "${family}"; font-style: normal; font-weight: ${weight}; font-display: block; src: url(data:font/woff2;base64,${base64Woff2}) format("woff2"); }`;
}
