// @ts-check
const D3_ESM = ["d3-scale", "d3-geo", "d3-array", "d3-interpolate", "d3-color", "d3-format", "d3-time", "d3-time-format", "internmap"];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  transpilePackages: D3_ESM,
  // data/ is read at run time by the server-only loader; make sure standalone output carries it.
  outputFileTracingIncludes: { "/**": ["./data/**/*"] },
};

module.exports = nextConfig;
