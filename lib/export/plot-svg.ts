/**
 * Moves a recharts plot (`<svg class="recharts-surface" ...>...</svg>` markup) into the plot box of
 * an export by re-issuing its outer tag as a nested <svg x y width height>. The inner markup is
 * kept as is, so its <defs> (clip paths, gradients) and their "#id" references keep working.
 *
 * Prefer `new XMLSerializer().serializeToString(svgElement)` in the browser: `outerHTML` is HTML
 * and may write `&nbsp;`, which XML does not define; that one entity is rewritten here.
 */
import { formatPx } from "./xml";
import type { PlotBox } from "./layout";

/** Attributes of the outer tag worth keeping; others (style="width:100%", width, height) would fight the box. */
const KEPT_ATTRIBUTES = new Set(["class", "viewBox", "preserveAspectRatio"]);

interface OuterTag {
  attributes: Map<string, string>;
  /** Index just after the closing ">" of the opening tag. */
  end: number;
  isSelfClosing: boolean;
}

/** Reads `<svg a="1" b='2'>` starting at `start`, honouring quotes (a ">" may sit inside a value). */
function readOuterTag(markup: string, start: number): OuterTag {
  let quote = "";
  let i = start;
  for (; i < markup.length; i++) {
    const c = markup[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") break;
  }
  if (i >= markup.length) throw new Error(`plotSvg has an unterminated <svg> tag: "${markup.slice(start, start + 60)}..."`);
  const source = markup.slice(start + "<svg".length, i);
  const attributes = new Map<string, string>();
  for (const [, name, , value] of source.matchAll(/([^\s=/>]+)\s*=\s*(["'])([\s\S]*?)\2/g)) {
    if (name) attributes.set(name, value ?? "");
  }
  return { attributes, end: i + 1, isSelfClosing: source.trimEnd().endsWith("/") };
}

/** Index of the "</svg>" that closes the outer tag, counting nested <svg> (legend icons); -1 if none. */
function matchingCloseIndex(markup: string, from: number): number {
  let depth = 1;
  for (const match of markup.slice(from).matchAll(/<(\/?)svg\b[^>]*?(\/?)>/g)) {
    if (match[1]) depth--;
    else if (!match[2]) depth++;
    if (depth === 0) return from + match.index;
  }
  return -1;
}

/** Inner markup of the outer <svg>, with HTML-only entities made XML-safe. */
function innerMarkup(markup: string, tag: OuterTag): string {
  if (tag.isSelfClosing) return "";
  const close = matchingCloseIndex(markup, tag.end);
  if (close < 0) throw new Error("plotSvg has no closing </svg>; expected the markup of one recharts <svg> element");
  return markup.slice(tag.end, close).replaceAll("&nbsp;", "&#160;");
}

/**
 * The plot markup as a nested <svg> filling `box`; `className` is added to its classes so theme CSS
 * can target it. Throws when `plotSvg` has no <svg> element.
 * Example: embedPlotSvg('<svg width="100" height="50"><g/></svg>', { x: 24, y: 80, width: 100, height: 50 }, "export-plot")
 */
export function embedPlotSvg(plotSvg: string, box: PlotBox, className: string): string {
  const start = plotSvg.search(/<svg[\s>/]/);
  if (start < 0) throw new Error(`plotSvg is not SVG markup; expected "<svg ...>...</svg>", got "${plotSvg.slice(0, 60)}"`);
  const tag = readOuterTag(plotSvg, start);
  const width = Number.parseFloat(tag.attributes.get("width") ?? "");
  const height = Number.parseFloat(tag.attributes.get("height") ?? "");
  if (!tag.attributes.has("viewBox")) {
    // Without a viewBox the plot draws at 1:1 in its own px; a width/height gives the same frame.
    tag.attributes.set("viewBox", Number.isFinite(width) && Number.isFinite(height) ? `0 0 ${width} ${height}` : `0 0 ${box.width} ${box.height}`);
  }
  tag.attributes.set("class", [className, tag.attributes.get("class") ?? ""].join(" ").trim());
  const kept = [...tag.attributes]
    .filter(([name]) => KEPT_ATTRIBUTES.has(name) || name.startsWith("xmlns:"))
    // Values are still entity-encoded as read; only a quote or "<" could break the new tag.
    .map(([name, value]) => ` ${name}="${value.replaceAll('"', "&quot;").replaceAll("<", "&lt;")}"`)
    .join("");
  const frame = `x="${formatPx(box.x)}" y="${formatPx(box.y)}" width="${formatPx(box.width)}" height="${formatPx(box.height)}" overflow="visible"`;
  return `<svg ${frame}${kept}>${innerMarkup(plotSvg, tag)}</svg>`;
}
