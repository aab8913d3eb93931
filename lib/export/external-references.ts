/**
 * An SVG drawn onto a canvas through an <img> may not load anything: browsers block external
 * resources in SVG images (and a font or image that fails to load silently changes the picture).
 * So an export may point only at its own fragments ("#clip-1") and at data: URIs.
 */

/** href="...", xlink:href='...', src="..." attribute values. */
const ATTRIBUTE_REF = /\b(?:xlink:)?(?:href|src)\s*=\s*(["'])([\s\S]*?)\1/gi;
/** CSS url(...) with or without quotes, in <style> or in attributes. */
const CSS_URL = /url\(\s*(["']?)([\s\S]*?)\1\s*\)/gi;
/** CSS @import "..." (the url() form is caught by CSS_URL). */
const CSS_IMPORT = /@import\s+(["'])([\s\S]*?)\1/gi;

/** Quote entities left by an HTML serializer in style attributes: style="clip-path: url(&quot;#a&quot;)". */
function decodeQuotes(svg: string): string {
  return svg.replace(/&quot;|&#34;|&#x22;/gi, '"').replace(/&apos;|&#39;|&#x27;/gi, "'");
}

const isLocal = (ref: string) => ref === "" || ref.startsWith("#") || /^data:/i.test(ref);

/**
 * Every reference in `svg` that would be fetched: anything in href/src/url()/@import that is not a
 * "#fragment" or a data: URI (so relative paths count too). Namespace declarations (xmlns) are not
 * references. Returns them in document order, each once.
 * Example: findExternalReferences('<image href="https://x.org/a.png"/>') -> ["https://x.org/a.png"]
 */
export function findExternalReferences(svg: string): string[] {
  const text = decodeQuotes(svg);
  const found = [ATTRIBUTE_REF, CSS_URL, CSS_IMPORT].flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => ({ index: match.index, ref: (match[2] ?? "").trim() })),
  );
  const external = found.filter(({ ref }) => !isLocal(ref)).sort((a, b) => a.index - b.index);
  return [...new Set(external.map(({ ref }) => ref))];
}
