import { NextResponse, type NextRequest } from "next/server";
import { embedFrameAncestors } from "@/lib/env";
import { buildPageCsp, createNonce } from "@/lib/security/csp";
import { readLang } from "@/lib/url/view-state";

/**
 * Gives every page response its own CSP nonce. Next.js reads the nonce from the request's CSP
 * header and puts it on its scripts; pages are rendered per request anyway (the URL is the view).
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  // Only /embed/* may be framed by other sites; every other page refuses all framing.
  const isEmbed = request.nextUrl.pathname.startsWith("/embed/");
  const csp = buildPageCsp(nonce, { isDev: process.env.NODE_ENV === "development", frameAncestors: isEmbed ? embedFrameAncestors() : "'none'" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  // The root layout gets no query; it reads the page language from this header for <html lang>.
  headers.set("x-lang", readLang(request.nextUrl.searchParams));
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: not the build's static files, fonts, basemap, worker, icons or preview images.
      source: "/((?!_next/static|_next/image|fonts/|geo/|maplibre-gl-worker.mjs|og|icon.svg|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
