import { getMapModel } from "@/lib/load/derived";
import { buildArcs, buildPlacePoints } from "@/lib/map/features";

/**
 * The live map's GeoJSON, one file per transfer filter and layer (`/map-data/all/arcs.json`,
 * `/map-data/ev2026-01/places.json`): MapLibre fetches and parses it in its worker when the reader
 * starts the map, so none of it rides in the page. Built once at build time.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

const LAYERS = { "arcs.json": buildArcs, "places.json": buildPlacePoints } as const;

export function generateStaticParams(): { filter: string; layer: string }[] {
  const filters = ["all", ...getMapModel().events.map((e) => e.id)];
  return filters.flatMap((filter) => Object.keys(LAYERS).map((layer) => ({ filter, layer })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ filter: string; layer: string }> }): Promise<Response> {
  const { filter, layer } = await params;
  const model = getMapModel();
  const build = LAYERS[layer as keyof typeof LAYERS];
  if (!build || (filter !== "all" && !model.events.some((e) => e.id === filter))) return new Response("Not found", { status: 404 });
  // Same URL, new data after a deploy: caches revalidate rather than keep a year-old copy that
  // would disagree with the page's picture.
  return Response.json(build(model, filter), { headers: { "Cache-Control": "public, max-age=300, must-revalidate" } });
}
