// Bundles the caching server in front of Next (server/main.ts and the lib/ modules it uses) into
// one file, .next/atlas-server.js, run by `npm start`. Part of `npm run build`, after `next build`
// (which empties .next/ first), so a build always has the server that matches it.
import { build } from "esbuild";

await build({
  entryPoints: ["server/main.ts"],
  outfile: ".next/atlas-server.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // Next is loaded from node_modules as `next start` would; everything of ours is bundled.
  external: ["next"],
  tsconfig: "tsconfig.json",
  logLevel: "warning",
});
console.log("build-server: .next/atlas-server.js");
