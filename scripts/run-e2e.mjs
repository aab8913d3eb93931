// npm run test:e2e: finds Chromium, builds the app (skip with E2E_SKIP_BUILD=1 when a fresh build
// exists), starts the app's server (.next/atlas-server.js, as `npm start` does) on a free port, runs the browser tests against it, stops the server.
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { findChromium } from "./find-chromium.mjs";

const chrome = findChromium();
console.log(`browser tests: using ${chrome}`);

if (process.env.E2E_SKIP_BUILD !== "1") {
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = await new Promise((resolve) => {
  const srv = createServer().listen(0, () => {
    const { port: p } = srv.address();
    srv.close(() => resolve(p));
  });
});
const baseUrl = `http://127.0.0.1:${port}`;
// Started by path, not npx, so that killing this PID stops the server itself.
// The embed test frames /embed/* from a second local origin (http://localhost:<port>), so the
// server's embed allow-list includes it; production defaults to any https site (lib/env.ts).
// No warming: the tests open their own views, and 224 background renders would only slow them.
const server = spawn(process.execPath, [".next/atlas-server.js"], {
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", WARM: "0", NEXT_TELEMETRY_DISABLED: "1", EMBED_FRAME_ANCESTORS: process.env.EMBED_FRAME_ANCESTORS ?? "http://localhost:*" },
});
const stop = () => server.exitCode === null && server.kill("SIGTERM");
process.on("exit", stop);
process.on("SIGINT", () => process.exit(130));

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode} before answering`);
    try {
      const res = await fetch(`${baseUrl}/`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer on ${baseUrl} within 60 s`);
}
await waitForServer();

const jest = spawnSync(process.execPath, ["node_modules/jest/bin/jest.js", "-c", "jest.e2e.config.mjs", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TZ: "UTC", E2E_BASE_URL: baseUrl, CHROME_PATH: chrome },
});
stop();
process.exit(jest.status ?? 1);
