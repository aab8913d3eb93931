// node scripts/check-client-bundle.mjs [buildDir]: part of `npm run build`, after `next build`. The
// static pictures' generator (lib/pictures/markup.ts) and the string renderers it calls run in the
// server branch of a client module (components/view/static-markup.tsx), which the client build
// must drop. This fails the build when a marker string of that code is in the browser's JavaScript
// (.next/static), and when one is missing from the server's (.next/server), so that a marker
// renamed in the code cannot make the check pass unseen.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** One literal of each part of the generator's code; the first is lib/pictures/markup.ts's GENERATOR_MARKER (a unit test keeps them equal). */
export const SERVER_ONLY_MARKERS = [
  "static picture generator: no picture of kind",
  "map-picture__fit", // lib/map/picture-html.ts
  "map-legend__events", // lib/map/legend-html.ts
  "chart-picture__marks", // lib/charts/picture-svg.ts
  "countries-110m.json", // lib/load/basemap.ts
  // The data schemas (zod): zod probes `new Function` when loaded, which the CSP reports as eval.
  "expected a real date as YYYY-MM-DD", // lib/schema/common.ts
];

const scriptsUnder = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(js|mjs|cjs)$/.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name));

/** Problems found in a build directory: markers in client scripts, markers absent from server scripts. */
export function checkClientBundle(buildDir) {
  const client = scriptsUnder(join(buildDir, "static")).map((file) => [file, readFileSync(file, "utf8")]);
  const server = scriptsUnder(join(buildDir, "server")).map((file) => readFileSync(file, "utf8"));
  const problems = [];
  for (const marker of SERVER_ONLY_MARKERS) {
    for (const [file, text] of client) if (text.includes(marker)) problems.push(`"${marker}" is in the browser's JavaScript: ${relative(buildDir, file)}`);
    if (!server.some((text) => text.includes(marker))) problems.push(`"${marker}" is in no server script: is the marker list out of date?`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? ".next";
  const problems = checkClientBundle(dir);
  if (problems.length > 0) {
    console.error(`check-client-bundle: the pictures' generator must stay on the server (components/view/static-markup.tsx):\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`check-client-bundle: none of ${SERVER_ONLY_MARKERS.length} generator markers in ${dir}/static, each in ${dir}/server`);
}
