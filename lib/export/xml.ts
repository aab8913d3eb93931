/** Characters XML 1.0 does not allow at all (control characters other than tab, LF, CR; lone surrogates). */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text safe inside an XML element or a single- or double-quoted attribute; characters XML cannot
 * hold are dropped. The link previews (lib/og) use it too.
 * Example: escapeXml(`A < B & "C"`) === "A &lt; B &amp; &quot;C&quot;"
 */
export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

/** A number for an SVG attribute, rounded to 0.1 px so the markup stays short. Example: formatPx(12.345) === "12.3" */
export function formatPx(n: number): string {
  return String(Math.round(n * 10) / 10);
}
