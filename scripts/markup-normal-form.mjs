// The normal form of SVG and HTML markup, for comparing two renderings of a picture: numbers
// rounded, hex colours by value, attributes in name order, generated ids re-indexed, one tag a
// line. The unit tests' snapshots (__tests__/support/snapshot-file.ts) and the comparison of two
// captures of exported SVG files (scripts/pixel-shots.mjs) use it.

/** Rounds every decimal to `digits` places ("12.3456" -> "12.35", "3.10" -> "3.1"). */
function roundNumbers(text, digits) {
  return text.replace(/-?\d+\.\d+/g, (n) => String(Number(Number(n).toFixed(digits))));
}

/**
 * Gives every id in order of appearance a stable name (`id-0`, `id-1`…) and follows it wherever it
 * is referenced (`#id`, `url(#id)`, aria-labelledby/-describedby, `for`), so a change of prefix or of
 * React's useId counter does not show as a change of the picture.
 */
function reindexIds(text) {
  const ids = [...new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))];
  let out = text;
  ids.forEach((id, i) => {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const name = `id-${i}`;
    out = out
      .replace(new RegExp(`(\\sid=")${escaped}"`, "g"), `$1${name}"`)
      .replace(new RegExp(`#${escaped}(?=["')])`, "g"), `#${name}`)
      .replace(new RegExp(`(\\s(?:aria-labelledby|aria-describedby|for)="(?:[^"]*\\s)?)${escaped}(?=[\\s"])`, "g"), `$1${name}`);
  });
  return out;
}

/** Colours compared by value: hex in lower case and in full ("#fff" is "#ffffff"), rgb(r, g, b) as hex. */
function normalizeColors(text) {
  const hex = (n) => Number(n).toString(16).padStart(2, "0");
  return text
    .replace(/rgb\(\s*(\d{1,3}),\s*(\d{1,3}),\s*(\d{1,3})\s*\)/g, (_, r, g, b) => `#${hex(r)}${hex(g)}${hex(b)}`)
    .replace(/#([0-9a-f]{3}|[0-9a-f]{6})\b/gi, (_, h) => `#${(h.length === 3 ? [...h].map((c) => c + c).join("") : h).toLowerCase()}`);
}

/** Each start tag's attributes in name order: XML gives their order no meaning, renderers differ in it. */
function sortAttributes(text) {
  return text.replace(/<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+(?:="[^"]*")?)+)\s*(\/?)>/g, (_, name, attributes, selfClosing) => {
    const sorted = [...attributes.matchAll(/\s+([\w:-]+(?:="[^"]*")?)/g)].map((m) => m[1]).sort();
    return `<${name} ${sorted.join(" ")}${selfClosing}>`;
  });
}

/** The normal form of SVG or HTML markup: rounded to 2 places, colours by value, attributes in name order, ids re-indexed, one tag a line. */
export function normalizeMarkup(markup) {
  return (
    reindexIds(sortAttributes(normalizeColors(roundNumbers(markup, 2))))
      .replace(/>\s*</g, ">\n<")
      .trim() + "\n"
  );
}
