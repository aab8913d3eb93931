import { ifNoneMatchHits } from "@/lib/http/etag";
import { ROUTES } from "@/lib/http/routes";
import { loadValidatedFile } from "@/lib/load/dataset";

/**
 * Downloads of the data files behind every number, exactly the bytes validated when the server
 * loaded them (held in memory; lib/load/dataset.ts). Only the names listed in lib/data/files.ts
 * are served; anything else is a 404 (no path is built from input). A matching If-None-Match gets 304.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const served = loadValidatedFile(file);
  if (!served) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const headers = {
    "Content-Type": file.endsWith(".json") ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="extradition-atlas_${file}"`,
    "Cache-Control": ROUTES.dataFile.cache,
    ETag: served.etag,
  };
  if (ifNoneMatchHits(request.headers.get("if-none-match") ?? undefined, [served.etag])) return new Response(null, { status: 304, headers });
  return new Response(served.body, { headers });
}
