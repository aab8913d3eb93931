// @ts-check
const D3_ESM = ["d3-scale", "d3-geo", "d3-array", "d3-interpolate", "d3-color", "d3-format", "d3-time", "d3-time-format", "internmap"];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  transpilePackages: D3_ESM,
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
