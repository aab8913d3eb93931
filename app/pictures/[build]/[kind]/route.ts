import { ROUTES } from "@/lib/http/routes";
import { getBuildId } from "@/lib/load/build-id";
import { parsePictureSrc, pictureMarkup } from "@/lib/pictures/markup";
import { pictureMediaType } from "@/lib/pictures/picture-source";

/**
 * A server-drawn picture's markup (`/pictures/<build>/<kind>?<view>`), for a page that changed its
 * view in the browser (components/view/static-markup.tsx): the same generator as the page's HTML;
 * or a plot's data (`plot-<chart>`, JSON) for recharts when a reader reaches the chart.
 * The front server asks only canonical addresses of this build, and caches the answers.
 */
export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const url = new URL(request.url);
  const picture = parsePictureSrc(`${url.pathname}${url.search}`, getBuildId());
  if (!picture) return new Response("Not found", { status: 404 });
  return new Response(pictureMarkup(picture.kind, picture.view), {
    headers: { "content-type": pictureMediaType(picture.kind), "cache-control": ROUTES.pictures.cache },
  });
}
