// npm run test:e2e: finds Chromium, starts the app with the README's own command, `npm start`
// (whose prestart builds when there is no complete build or the sources changed), checks that a
// second `npm start` reuses that build, runs the browser tests against the second server, stops it.
// Each server runs in a process group of its own and is stopped by it (npm, the build, the server).
import { spawnSync } from "node:child_process";
import { startAppServer } from "./app-server.mjs";
import { readManifest } from "./build-manifest.mjs";
import { findChromium } from "./chromium.mjs";

const chrome = findChromium();
console.log(`browser tests: using ${chrome}`);

// The embed test frames /embed/* from a second local origin (http://localhost:<port>), so the
// server's embed allow-list includes it; production defaults to any https site (lib/env.ts).
// No warming: the tests open their own views. Stats on: the hostile-request suite counts renders.
const env = { WARM: "0", ATLAS_STATS: "1", EMBED_FRAME_ANCESTORS: process.env.EMBED_FRAME_ANCESTORS ?? "http://localhost:*" };
const fail = (message) => {
  console.error(`browser tests: ${message}`);
  process.exit(1);
};

console.log("browser tests: `npm start` (it builds first when there is no complete build)");
const first = await startAppServer({ npmStart: true, env, timeoutMs: 15 * 60_000 }).catch((error) => fail(`npm start failed: ${error.message}`));
const built = readManifest();
first.stop();
await first.exited;
if (built?.complete !== true) fail("npm start answered, but there is no complete build manifest (.next/atlas-build.json)");

console.log("browser tests: `npm start` again (it must reuse that build)");
const server = await startAppServer({ npmStart: true, env, timeoutMs: 5 * 60_000 }).catch((error) => fail(`the second npm start failed: ${error.message}`));
const stop = () => server.stop();
process.on("exit", stop);
process.on("SIGINT", () => process.exit(130));
const reused = readManifest();
if (reused?.builtAt !== built.builtAt || reused?.buildId !== built.buildId)
  fail(`the second npm start rebuilt (build ${built.buildId} of ${built.builtAt} -> ${reused?.buildId} of ${reused?.builtAt})`);
console.log(`browser tests: the second start reused build ${built.buildId} (${built.builtAt})`);

const jest = spawnSync(process.execPath, ["node_modules/jest/bin/jest.js", "-c", "jest.e2e.config.mjs", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TZ: "UTC", E2E_BASE_URL: server.baseUrl, CHROME_PATH: chrome },
});
stop();
await server.exited;
process.exit(jest.status ?? 1);
