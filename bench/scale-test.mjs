// npm run scale-test: two app instances behind nginx (Debian's package) as a caching reverse proxy,
// with the config in deploy/nginx.conf.template. Measures, in one run on this machine:
//   1. /floor on one instance alone (the reference);
//   2. a warm deep link through nginx (served from nginx's cache) against that reference;
//   3. failover: load through nginx that reaches the instances (local clients may skip nginx's
//      cache with X-Atlas-No-Cache: 1), and one instance killed mid-run: every request must succeed.
// Writes the section "scaleTest" and its targets into bench/results/latest.json (creating it if
// needed) and prints them. Needs a build (npm run build) and nginx (apt-get install nginx).
// Environment: SCALE_SECONDS=10 (each load run), NGINX=/usr/sbin/nginx.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, startAppServer } from "../scripts/app-server.mjs";
import { autocannonRun } from "./load.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const RESULTS_FILE = join(ROOT, "bench", "results", "latest.json");
const SECONDS = Number(process.env.SCALE_SECONDS) > 0 ? Number(process.env.SCALE_SECONDS) : 10;
const CONNECTIONS = 100;
const DEEP_LINK = "/?v=2&event=2026-01&place=us_houston";
/** Cached views in each instance: the failover run spreads over them. */
const FAILOVER_PATHS = ["/", DEEP_LINK, "/?v=2&event=2025-02", "/?v=2&place=us_pa&lang=es", "/?v=2&event=2025-08&place=us_sat"];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

function findNginx() {
  for (const candidate of [process.env.NGINX, "/usr/sbin/nginx", "/usr/bin/nginx"]) if (candidate && existsSync(candidate)) return candidate;
  const which = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  console.error("scale-test: nginx not found. On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y nginx (or set NGINX=/path/to/nginx).");
  process.exit(2);
}

async function waitFor(url, headers = {}) {
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(url, { headers, signal: AbortSignal.timeout(5_000) });
      if (res.ok) return res;
    } catch {
      /* not yet */
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer`);
}

async function main() {
  process.chdir(ROOT);
  const nginxBin = findNginx();
  if (!existsSync(".next/atlas-server.js")) throw new Error("no build: run npm run build first");
  const prefix = mkdtempSync(join(tmpdir(), "atlas-nginx-"));
  mkdirSync(join(prefix, "cache"));
  // nginx started as root runs its workers as an unprivileged user: they must reach the cache.
  chmodSync(prefix, 0o755);
  chmodSync(join(prefix, "cache"), 0o777);
  const instances = [];
  let nginx;
  // nginx gets SIGTERM (its fast shutdown stops the workers too; SIGKILL would orphan them).
  const cleanup = () => {
    for (const s of instances) s.stop("SIGKILL");
    if (nginx && nginx.exitCode === null) nginx.kill("SIGTERM");
    rmSync(prefix, { recursive: true, force: true });
  };
  process.on("exit", cleanup);
  process.on("SIGINT", () => process.exit(130));

  console.log("scale-test: starting two instances (each warms its cache)...");
  // One at a time: warming both at once on 2 cores would only take longer.
  for (let i = 0; i < 2; i++) instances.push(await startAppServer({ waitForWarm: true, timeoutMs: 300_000, stdio: "ignore" }));
  const [a, b] = instances;

  console.log(`scale-test: /floor on one instance, ${CONNECTIONS} connections, ${SECONDS} s...`);
  await autocannonRun(`${a.baseUrl}/floor`, { connections: 10, duration: 2 });
  const singleFloor = await autocannonRun(`${a.baseUrl}/floor`, { connections: CONNECTIONS, duration: SECONDS });

  const listen = await freePort();
  const config = readFileSync(join(ROOT, "deploy", "nginx.conf.template"), "utf8")
    .replaceAll("{{PREFIX}}", prefix)
    .replaceAll("{{PORT_A}}", String(a.port))
    .replaceAll("{{PORT_B}}", String(b.port))
    .replaceAll("{{LISTEN}}", String(listen));
  writeFileSync(join(prefix, "nginx.conf"), config);
  // Its own output goes to error.log in the prefix: workers must not hold this process's stdout open.
  nginx = spawn(nginxBin, ["-p", prefix, "-c", join(prefix, "nginx.conf")], { stdio: "ignore" });
  const front = `http://127.0.0.1:${listen}`;
  await waitFor(`${front}/floor`).catch((error) => {
    const log = join(prefix, "error.log");
    if (existsSync(log)) console.error(readFileSync(log, "utf8"));
    throw error;
  });

  console.log(`scale-test: warm deep link through nginx, ${CONNECTIONS} connections, ${SECONDS} s...`);
  await waitFor(`${front}${DEEP_LINK}`, { "accept-encoding": "gzip, br" });
  const cached = await fetch(`${front}${DEEP_LINK}`, { headers: { "accept-encoding": "gzip, br" } });
  const cacheStatus = cached.headers.get("x-cache-status");
  await autocannonRun(`${front}${DEEP_LINK}`, { connections: 10, duration: 2 });
  const warmDeepLink = await autocannonRun(`${front}${DEEP_LINK}`, { connections: CONNECTIONS, duration: SECONDS });

  const failoverSeconds = Math.max(SECONDS, 10);
  console.log(`scale-test: failover, ${failoverSeconds} s through nginx to the instances, one killed after ${round(failoverSeconds / 3, 0)} s...`);
  const { default: autocannon } = await import("autocannon");
  let n = 0;
  const run = autocannon({
    url: front,
    connections: 50,
    duration: failoverSeconds,
    timeout: 10,
    headers: { "accept-encoding": "gzip, br", "x-atlas-no-cache": "1" },
    requests: [{ setupRequest: (req) => ({ ...req, path: FAILOVER_PATHS[n++ % FAILOVER_PATHS.length] }) }],
  });
  await sleep((failoverSeconds / 3) * 1000);
  b.stop("SIGKILL");
  const killedAt = new Date().toISOString();
  const failover = await run;
  const failed = failover.non2xx + failover.errors + failover.timeouts;

  const scaleTest = {
    date: new Date().toISOString(),
    nginx: spawnSync(nginxBin, ["-v"], { encoding: "utf8" }).stderr.trim(),
    connections: CONNECTIONS,
    seconds: SECONDS,
    singleFloor,
    warmDeepLink: { path: DEEP_LINK, nginxCacheStatus: cacheStatus, ...warmDeepLink },
    warmDeepLinkOverSingleFloor: round(warmDeepLink.requestsPerSec / singleFloor.requestsPerSec, 2),
    failover: {
      paths: FAILOVER_PATHS,
      connections: 50,
      seconds: failoverSeconds,
      killedAt,
      requests: failover.requests.total,
      non2xx: failover.non2xx,
      errors: failover.errors,
      timeouts: failover.timeouts,
      failed,
      statusCodes: Object.fromEntries(Object.entries(failover.statusCodeStats ?? {}).map(([c, s]) => [c, s.count])),
    },
  };
  const targets = {
    scaleWarmDeepLink: {
      label: "scale-test: warm deep link through nginx over one instance's /floor",
      group: "load",
      source: "scaleTest.warmDeepLinkOverSingleFloor",
      op: ">=",
      target: 5,
      rule: null,
      measured: scaleTest.warmDeepLinkOverSingleFloor,
      met: scaleTest.warmDeepLinkOverSingleFloor >= 5,
    },
    scaleFailover: {
      label: "scale-test: failed requests with one instance killed mid-run",
      group: "load",
      source: "scaleTest.failover.failed",
      op: "=",
      target: 0,
      rule: null,
      measured: failed,
      met: failed === 0,
    },
  };
  const results = existsSync(RESULTS_FILE) ? JSON.parse(readFileSync(RESULTS_FILE, "utf8")) : { meta: { note: "scale-test only" } };
  results.scaleTest = scaleTest;
  results.targets = { ...(results.targets ?? {}), ...targets };
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(`${RESULTS_FILE}.tmp`, JSON.stringify(results, null, 2) + "\n");
  renameSync(`${RESULTS_FILE}.tmp`, RESULTS_FILE);
  spawnSync(process.execPath, [join(ROOT, "bench", "readme-table.mjs"), "--write", RESULTS_FILE], { stdio: "inherit" });

  console.log("");
  console.log(`/floor, one instance:           ${singleFloor.requestsPerSec} req/s`);
  console.log(
    `warm deep link through nginx:   ${warmDeepLink.requestsPerSec} req/s (${scaleTest.warmDeepLinkOverSingleFloor}x; target >= 5x) ${targets.scaleWarmDeepLink.met ? "met" : "MISSED"}`,
  );
  console.log(
    `failover (one instance killed): ${failover.requests.total} requests, ${failed} failed (target 0) ${targets.scaleFailover.met ? "met" : "MISSED"}`,
  );
  console.log(`written to ${RESULTS_FILE} (scaleTest)`);
  // The surviving instance and nginx would keep this process alive: stop them and leave.
  if (nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx.once("exit", resolve));
    nginx.kill("SIGTERM");
    await Promise.race([exited, sleep(10_000)]);
  }
  cleanup();
  process.exit(targets.scaleWarmDeepLink.met && targets.scaleFailover.met ? 0 : 1);
}

main().catch((error) => {
  console.error(`scale-test: ${error.stack ?? error}`);
  process.exit(1);
});
