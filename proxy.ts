import { NextResponse, type NextRequest } from "next/server";
import { findRoute } from "@/lib/http/routes";
import { readLang } from "@/lib/url/view-state";

/**
 * The root layout gets no query; this hands it the page language (from ?lang=) for <html lang>,
 * on the routes the route table renders as HTML (views and the 404 page); files pass untouched.
 * Security headers and the page CSP (hashes of the inline scripts, computed from the final HTML)
 * are added by the server in front of Next (server/), which is the only place that sees the body.
 * No `config.matcher`: Next needs a literal there, and the route table is the one list of paths.
 */
export function proxy(request: NextRequest) {
  const { rule } = findRoute(request.nextUrl.pathname).route;
  if (rule !== "view" && rule !== "not-found") return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set("x-lang", readLang(request.nextUrl.searchParams));
  return NextResponse.next({ request: { headers } });
}
