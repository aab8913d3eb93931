import assetCsp from "./asset-csp.json";

/**
 * Content-Security-Policy of an HTML page. Scripts run only from our origin or when their exact
 * text is listed by hash (the inline scripts Next writes: its bootstrap and the page's payload);
 * no 'unsafe-inline' or 'unsafe-eval' for scripts outside development. No nonce: a page is a pure
 * function of its URL and the build, so one response can be cached and shared.
 * Styles allow inline because React writes style attributes (reserved chart boxes, map swatches)
 * and MapLibre positions its controls with them; nothing from the URL reaches a style.
 *
 *   buildPageCsp({ scriptHashes: ["'sha256-…'"], isDev: false, frameAncestors: "'none'" })
 */
export function buildPageCsp({ scriptHashes, isDev, frameAncestors }: { scriptHashes: readonly string[]; isDev: boolean; frameAncestors: string }): string {
  const directives: Record<string, string> = {
    "default-src": "'self'",
    // React needs inline scripts and eval only in development (hot reload, error overlays).
    "script-src": ["'self'", ...scriptHashes, ...(isDev ? ["'unsafe-inline'", "'unsafe-eval'"] : [])].join(" "),
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

/**
 * CSP for responses that are not pages (scripts, fonts, GeoJSON, images, the worker, data files).
 * Kept in a JSON file, read by next.config.ts for the static routes and by the server for the rest.
 */
export const ASSET_CSP: string = assetCsp["Content-Security-Policy"];
