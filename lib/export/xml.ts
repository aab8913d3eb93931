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

/**
 * Attributes as ` name="value"`, in the given order, each value escaped; undefined ones left out.
 * Example: xmlAttributes({ class: "pin", "aria-current": undefined, "data-place": `a"b` }) === ' class="pin" data-place="a&quot;b"'
 */
export function xmlAttributes(attributes: Readonly<Record<string, string | number | undefined>>): string {
  return Object.entries(attributes)
    .map(([name, value]) => (value === undefined ? "" : ` ${name}="${escapeXml(String(value))}"`))
    .join("");
}

/**
 * An element with escaped attributes around `content`, which must already be markup (escape text
 * with escapeXml). Always written with an end tag, valid in HTML and in XML alike.
 * Example: xmlElement("span", { class: "x" }, escapeXml("A & B")) === '<span class="x">A &amp; B</span>'
 */
export function xmlElement(name: string, attributes: Readonly<Record<string, string | number | undefined>>, content = ""): string {
  return `<${name}${xmlAttributes(attributes)}>${content}</${name}>`;
}
