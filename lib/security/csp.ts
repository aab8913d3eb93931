/**
 * Content-Security-Policy of every HTML page. Scripts run only with this response's nonce
 * ('strict-dynamic' lets them load our lazy chunks); no 'unsafe-inline' or 'unsafe-eval' for
 * scripts. Styles allow inline because React writes style attributes (reserved chart boxes, map
 * swatches) and MapLibre positions its controls with them; nothing from the URL reaches a style.
 * buildPageCsp("abc", { isDev: false, frameAncestors: "'none'" })
 */
export function buildPageCsp(nonce: string, { isDev, frameAncestors }: { isDev: boolean; frameAncestors: string }): string {
  const directives: Record<string, string> = {
    "default-src": "'self'",
    // React needs eval only in development, for its error overlays.
    "script-src": `'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src": "'self' 'unsafe-inline'",
    // blob: for export previews (SVG -> image -> canvas); data: for inline SVG icons.
    "img-src": "'self' data: blob:",
    "font-src": "'self' data:",
    "connect-src": "'self'",
    // MapLibre's worker is a file on our origin (no blob: workers).
    "worker-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
    "frame-src": "'none'",
    "frame-ancestors": frameAncestors,
    "manifest-src": "'self'",
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

/** CSP for files that are not pages (scripts, fonts, GeoJSON, images, the worker). */
export const ASSET_CSP = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
