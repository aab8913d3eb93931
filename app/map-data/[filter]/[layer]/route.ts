import { ROUTES } from "@/lib/http/routes";
import { getMapModel } from "@/lib/load/derived";
import { isMapDataLayer, MAP_DATA_LAYERS, type MapDataLayer } from "@/lib/map/map-data-files";
import { buildArcs, buildPlacePoints } from "@/lib/map/features";

/**
 * The live map's GeoJSON, one file per transfer filter and layer (`/map-data/all/arcs.json`,
 * `/map-data/ev2026-01/places.json`): MapLibre fetches and parses it in its worker when the reader
 * starts the map, so none of it rides in the page. Built once at build time.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

const LAYERS: Record<MapDataLayer, typeof buildArcs | typeof buildPlacePoints> = { "arcs.json": buildArcs, "places.json": buildPlacePoints };

export function generateStaticParams(): { filter: string; layer: string }[] {
  const filters = ["all", ...getMapModel().events.map((e) => e.id)];
  return filters.flatMap((filter) => MAP_DATA_LAYERS.map((layer) => ({ filter, layer })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ filter: string; layer: string }> }): Promise<Response> {
  const { filter, layer } = await params;
  const model = getMapModel();
  const build = isMapDataLayer(layer) ? LAYERS[layer] : undefined;
  if (!build || (filter !== "all" && !model.events.some((e) => e.id === filter))) return new Response("Not found", { status: 404 });
  return Response.json(build(model, filter), { headers: { "Cache-Control": ROUTES.mapData.cache } });
}
