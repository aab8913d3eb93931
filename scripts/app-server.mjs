// Starts the app's production server (.next/atlas-server.js, what `npm start` runs) for the
// browser tests, the bench and the scale test: one way to do it, in one place.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Node flags of the server, the same as `npm start` (package.json; a unit test checks). A heap
 * limit makes V8 collect garbage before the process grows: without it, the server's memory after
 * warming was about 520 MB, with it about 375 MB, at the same throughput.
 */
export const SERVER_NODE_ARGS = ["--max-old-space-size=192"];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the server on a free port of 127.0.0.1 and waits until it answers `/` (and, with
 * `waitForWarm`, until it has warmed its cache: that needs ATLAS_STATS=1, which it then sets).
 * `env` is added to this process's; `cwd` is the project folder to serve (its .next/ and data/),
 * this process's by default.
 *
 * By default the server is started by path (killing the returned pid stops the server itself).
 * With `npmStart`, it is started exactly as the README says, `npm start` (its prestart builds when
 * needed), in a process group of its own that `stop` signals whole: npm, the build, the server.
 */
export async function startAppServer({ env = {}, waitForWarm = false, timeoutMs = 180_000, stdio = "inherit", port: wanted, cwd, npmStart = false } = {}) {
  const port = wanted ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const [command, args] = npmStart ? ["npm", ["start"]] : [process.execPath, [...SERVER_NODE_ARGS, ".next/atlas-server.js"]];
  const child = spawn(command, args, {
    cwd,
    detached: npmStart,
    stdio: ["ignore", stdio, stdio],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOST: "127.0.0.1", ...(waitForWarm ? { ATLAS_STATS: "1" } : {}), ...env },
  });
  const stop = (signal = "SIGTERM") => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (!npmStart) return void child.kill(signal);
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* the group is gone already */
    }
  };
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app server exited with code ${child.exitCode} before answering`);
    try {
      const res = await fetch(waitForWarm ? `${baseUrl}/_atlas/stats` : `${baseUrl}/`, { signal: AbortSignal.timeout(5_000) });
      if (res.ok && (!waitForWarm || (await res.json()).warm.done)) return { baseUrl, port, pid: child.pid, child, stop, exited };
    } catch {
      /* not up yet */
    }
    await sleep(500);
  }
  stop();
  throw new Error(`the app server did not ${waitForWarm ? "answer and warm up" : "answer"} on ${baseUrl} within ${timeoutMs / 1000} s`);
}
