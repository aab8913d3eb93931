// @ts-check
const D3_ESM = ["d3-scale", "d3-geo", "d3-array", "d3-interpolate", "d3-color", "d3-format", "d3-time", "d3-time-format", "internmap"];

/**
 * Headers on every response Next sends (the server in front, server/, adds the same ones to
 * what it answers itself, and the page CSP with the hashes of each page's inline scripts).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- this config is CommonJS
const SECURITY_HEADERS = Object.entries(require("./lib/security/security-headers.json")).map(([key, value]) => ({ key, value }));
/** The CSP of build files, fonts, the basemap and images: one string, shared with the server (lib/security/csp.ts). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- this config is CommonJS
const ASSET_CSP = require("./lib/security/asset-csp.json")["Content-Security-Policy"];
/** Build output and install-time copies never change under a URL: cache them for a year. */
const IMMUTABLE = [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  transpilePackages: D3_ESM,
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/(_next/static|fonts|geo)/:path*", headers: [{ key: "Content-Security-Policy", value: ASSET_CSP }] },
      { source: "/(maplibre-gl-worker.mjs|icon.svg)", headers: [{ key: "Content-Security-Policy", value: ASSET_CSP }] },
      {
        source: "/og",
        headers: [
          { key: "Content-Security-Policy", value: ASSET_CSP },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      // Fonts and the basemap are copied from pinned npm packages at install: versioned by the lockfile.
      { source: "/(fonts|geo)/:path*", headers: IMMUTABLE },
    ];
  },
  // data/ is read at run time by the server-only loader; make sure standalone output carries it.
  // The /og preview image reads its basemap and fonts from node_modules with fs (lib/og/basemap.ts, lib/og/fonts.ts).
  outputFileTracingIncludes: {
    "/**": ["./data/**/*"],
    "/og": [
      "./node_modules/world-atlas/countries-50m.json",
      "./node_modules/us-atlas/states-10m.json",
      "./node_modules/@fontsource/inter/files/inter-latin-400-normal.woff",
      "./node_modules/@fontsource/inter/files/inter-latin-700-normal.woff",
    ],
  },
};

module.exports = nextConfig;
