import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_FILES } from "@/lib/data/files";
import { loadDataset } from "@/lib/load/dataset";

const FILE_NAMES = new Set<string>(Object.values(DATA_FILES));

/**
 * Downloads of the data files behind every number, exactly as validated at build time. Only the
 * names listed in lib/data/files.ts are served; anything else is a 404 (no path is built from input).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!FILE_NAMES.has(file)) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  loadDataset(); // throws if data/ is invalid: never serve files that failed validation
  const body = readFileSync(join(process.cwd(), "data", file), "utf8");
  return new Response(body, {
    headers: {
      "Content-Type": file.endsWith(".json") ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="extradition-atlas_${file}"`,
      "Cache-Control": "public, max-age=3600",
    },
  });
}
