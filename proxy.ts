import { NextResponse, type NextRequest } from "next/server";
import { readLang } from "@/lib/url/view-state";

/**
 * The root layout gets no query; this hands it the page language (from ?lang=) for <html lang>.
 * Security headers and the page CSP (hashes of the inline scripts, computed from the final HTML)
 * are added by the server in front of Next (server/), which is the only place that sees the body.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-lang", readLang(request.nextUrl.searchParams));
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not the build's static files, fonts, basemap, worker, icons or preview images.
  matcher: ["/((?!_next/static|_next/image|fonts/|geo/|maplibre-gl-worker.mjs|og|icon.svg|favicon.ico).*)"],
};
