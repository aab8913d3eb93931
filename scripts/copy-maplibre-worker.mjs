// Copies MapLibre's worker into public/ so it is served from our own origin
// (CSP `worker-src 'self'`, no blob: URLs). Runs on postinstall; the copy is not committed.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const from = join(root, "node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs");
const to = join(root, "public/maplibre-gl-worker.mjs");

if (existsSync(from)) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
} else {
  console.warn(`copy-maplibre-worker: ${from} not found; the map will not load until it exists`);
}
