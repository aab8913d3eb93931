// npm run test:e2e: finds Chromium, builds the app (skip with E2E_SKIP_BUILD=1 when a fresh build
// exists), starts the app's server (scripts/app-server.mjs, as `npm start` runs it) on a free
// port, runs the browser tests against it, stops the server.
import { spawnSync } from "node:child_process";
import { startAppServer } from "./app-server.mjs";
import { findChromium } from "./chromium.mjs";

const chrome = findChromium();
console.log(`browser tests: using ${chrome}`);

if (process.env.E2E_SKIP_BUILD !== "1") {
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The embed test frames /embed/* from a second local origin (http://localhost:<port>), so the
// server's embed allow-list includes it; production defaults to any https site (lib/env.ts).
// No warming: the tests open their own views, and 224 background renders would only slow them.
const server = await startAppServer({ env: { WARM: "0", EMBED_FRAME_ANCESTORS: process.env.EMBED_FRAME_ANCESTORS ?? "http://localhost:*" } });
const baseUrl = server.baseUrl;
const stop = () => server.stop();
process.on("exit", stop);
process.on("SIGINT", () => process.exit(130));

const jest = spawnSync(process.execPath, ["node_modules/jest/bin/jest.js", "-c", "jest.e2e.config.mjs", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TZ: "UTC", E2E_BASE_URL: baseUrl, CHROME_PATH: chrome },
});
stop();
process.exit(jest.status ?? 1);
