import type { NextConfig } from "next";
import { ROUTES } from "./lib/http/routes";
import assetCsp from "./lib/security/asset-csp.json";
import securityHeaders from "./lib/security/security-headers.json";

const D3_ESM = ["d3-scale", "d3-geo", "d3-array", "d3-interpolate", "d3-color", "d3-format", "d3-time", "d3-time-format", "internmap"];

/** A route table pattern in Next's `source` syntax: a final `*` (one or more segments) is `:path+`. */
const toSource = (pattern: string) => pattern.replace(/\/\*$/, "/:path+");

/**
 * Headers Next adds to what it serves itself: the security headers on everything, and for the
 * files it serves as they are (the route table's static routes), the asset CSP and the table's
 * Cache-Control. Pages get their CSP (with their scripts' hashes) from the server in front of Next
 * (server/), which also sends the security headers with everything it answers itself.
 */
const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  transpilePackages: D3_ESM,
  // The app has no <Image>: the optimizer would render and resize on request and write to disk.
  images: { unoptimized: true },
  async headers() {
    const staticRoutes = Object.values(ROUTES).filter((route) => route.rule === "static");
    return [
      { source: "/:path*", headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })) },
      ...staticRoutes.map((route) => ({
        source: toSource(route.pattern),
        headers: [
          { key: "Content-Security-Policy", value: assetCsp["Content-Security-Policy"] },
          { key: "Cache-Control", value: route.cache },
        ],
      })),
    ];
  },
};

export default nextConfig;
