// Load measurements of `npm run bench` (see bench/parts.mjs): throughput of cached views against
// /floor, a storm of distinct camera links, preview images, and the identity of repeated responses.
// autocannon runs in the bench's process, on the same 2 cores as the server: compare ratios.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { round1, round3, withTimeout } from "./timing.mjs";

/** What browsers send: load tests must get the compressed copies a reader gets. */
export const BROWSER_HEADERS = { "accept-encoding": "gzip, br" };
export const LOAD_CONNECTIONS = 100;

/**
 * One autocannon run; the figures the bench reports. `paths` (optional) are requested in turn, each
 * once per cycle; or `setupRequest` (optional) makes each request (autocannon's hook).
 */
export async function autocannonRun(url, { connections, duration, amount, paths, setupRequest }) {
  const { default: autocannon } = await import("autocannon");
  let next = 0;
  const setup = setupRequest ?? (paths ? (req) => ({ ...req, path: paths[next++ % paths.length] }) : null);
  const requests = setup ? [{ setupRequest: setup }] : undefined;
  const limitSeconds = (duration ?? 300) + 120;
  // autocannon refuses an undefined duration: a run is bounded by time or by a number of requests.
  const bound = amount ? { amount } : { duration };
  const r = await withTimeout(
    autocannon({ url, connections, ...bound, headers: BROWSER_HEADERS, requests, timeout: 10 }),
    limitSeconds * 1000,
    `autocannon ${url}`,
  );
  return {
    requestsPerSec: round1(r.requests.average), // mean of the per-second samples
    requestsPerSecStddev: round1(r.requests.stddev),
    latencyMeanMs: round1(r.latency.mean),
    latencyP50Ms: round1(r.latency.p50),
    latencyP99Ms: round1(r.latency.p99),
    latencyMaxMs: round1(r.latency.max),
    durationSeconds: round1(r.duration),
    totalRequests: r.requests.total,
    responses2xx: r["2xx"],
    non2xx: r.non2xx,
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, s.count])),
    errors: r.errors,
    timeouts: r.timeouts,
    bytesPerSec: Math.round(r.throughput.average),
  };
}

/** The server's counters (its stats endpoint, on because the bench starts it with ATLAS_STATS=1). */
export async function serverStats(baseUrl) {
  const res = await fetch(`${baseUrl}/_atlas/stats`, { signal: AbortSignal.timeout(30_000) });
  if (!res.ok) throw new Error(`/_atlas/stats: HTTP ${res.status}`);
  return res.json();
}

/** Peak and current resident memory of a process, from Linux's /proc (VmHWM is the high-water mark). */
export function processMemory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) * 1024;
    return { peakRssBytes: kb("VmHWM"), rssBytes: kb("VmRSS") };
  } catch {
    return { peakRssBytes: null, rssBytes: null };
  }
}

/**
 * Throughput under LOAD_CONNECTIONS connections for `seconds` each, on `/`, a deep link and
 * `/floor`, one after the other against the same server, each after an unmeasured 2 s warm-up.
 */
export async function measureLoad({ baseUrl }, { paths, seconds }) {
  const out = {};
  for (const [name, path] of Object.entries(paths)) {
    const url = `${baseUrl}${path}`;
    const res = await fetch(url, { headers: BROWSER_HEADERS, signal: AbortSignal.timeout(60_000) });
    const responseBytes = Buffer.byteLength(await res.text());
    if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
    const wireBytes = Number(res.headers.get("content-length")) || null;
    await autocannonRun(url, { connections: 10, duration: 2 });
    const r = await autocannonRun(url, { connections: LOAD_CONNECTIONS, duration: seconds });
    out[name] = { path, responseBytes, wireBytes, contentEncoding: res.headers.get("content-encoding"), ...r };
    process.stdout.write(
      `bench: load ${path}: ${r.requestsPerSec} req/s, p99 ${r.latencyP99Ms} ms, errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}\n`,
    );
  }
  return {
    connections: LOAD_CONNECTIONS,
    durationSeconds: seconds,
    acceptEncoding: BROWSER_HEADERS["accept-encoding"],
    ...out,
    deepLinkToFloorRatio: round3(out.deepLink.requestsPerSec / out.floor.requestsPerSec),
    homeToFloorRatio: round3(out.home.requestsPerSec / out.floor.requestsPerSec),
  };
}

/** `count` distinct valid cameras (zoom/lat/lon as the URL stores them), the same list every run. */
export function cameraPaths(count) {
  const paths = [];
  for (let i = 0; paths.length < count; i++) {
    const zoom = (2 + (i % 500) / 100).toFixed(2);
    const lat = (15 + (Math.floor(i / 500) % 30)).toFixed(1);
    const lon = (-120 + (i % 37)).toFixed(1);
    paths.push(`/?v=2&map=${zoom}/${lat}/${lon}`);
  }
  return paths;
}

/**
 * A crowd sharing links the cache has never seen: `count` distinct valid camera URLs at 50
 * connections, each requested once. Reports latency, errors and the server's peak memory.
 */
export async function measureCameraStorm({ baseUrl, serverPid }, { count = 5_000, connections = 50 } = {}) {
  const before = await serverStats(baseUrl);
  const r = await autocannonRun(baseUrl, { connections, amount: count, paths: cameraPaths(count) });
  const after = await serverStats(baseUrl);
  const memory = processMemory(serverPid);
  process.stdout.write(
    `bench: ${count} camera links: p99 ${r.latencyP99Ms} ms, errors ${r.errors}, timeouts ${r.timeouts}, peak RSS ${Math.round(memory.peakRssBytes / 2 ** 20)} MB\n`,
  );
  return {
    urls: count,
    connections,
    ...r,
    pagesRendered: after.renders.pages - before.renders.pages,
    cache: after.pages,
    ...memory,
  };
}

/**
 * Preview images: `ignored` URLs that differ only in parameters the image does not draw (the
 * server should render one image for all of them), then `distinct` different valid images at 50
 * connections (each is rendered or refused with 503 + Retry-After: never a timeout).
 */
export async function measureImages({ baseUrl }, { ignored = 500, distinct = 200, connections = 50 } = {}) {
  const base = "/og?v=2&chart=homicides&range=2021-03..2024-11";
  const ignoredPaths = Array.from(
    { length: ignored },
    (_, i) => `${base}&map=${(i % 20) + 1}/${i % 80}/${-(i % 170)}&table=${i % 2}&scope=nationwide&junk=${i}&utm_source=s${i}`,
  );
  const before = await serverStats(baseUrl);
  const same = await autocannonRun(baseUrl, { connections, amount: ignored, paths: ignoredPaths });
  const middle = await serverStats(baseUrl);
  const distinctPaths = Array.from(
    { length: distinct },
    (_, i) => `/og?v=2&chart=fentanyl&range=${monthAfter("2019-01", Math.floor(i / 5))}..${monthAfter("2019-01", Math.floor(i / 5) + 1 + (i % 5))}`,
  );
  const many = await autocannonRun(baseUrl, { connections, amount: distinct, paths: distinctPaths });
  const after = await serverStats(baseUrl);
  const otherStatus = (r) =>
    Object.entries(r.statusCodes)
      .filter(([code]) => code !== "200" && code !== "503")
      .reduce((s, [, n]) => s + n, 0);
  process.stdout.write(
    `bench: images: ${ignored} ignored-parameter URLs cost ${middle.renders.images - before.renders.images} render(s); ${distinct} distinct: ${JSON.stringify(many.statusCodes)}, timeouts ${many.timeouts}\n`,
  );
  return {
    ignoredParameters: { urls: ignored, connections, rendersCounted: middle.renders.images - before.renders.images, ...same },
    distinct: {
      urls: distinct,
      connections,
      rendered: after.renders.images - middle.renders.images,
      refused503: after.renders.imagesRefused - middle.renders.imagesRefused,
      otherStatuses: otherStatus(many),
      ...many,
    },
  };
}

/** "2019-01" + 14 months = "2020-03". */
function monthAfter(month, n) {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * The same URL twice: identical body and headers apart from Date; the CSP has no nonce and lists
 * the hash of every inline script.
 */
export async function measureResponseIdentity({ baseUrl }, path) {
  const get = () => fetch(`${baseUrl}${path}`, { headers: BROWSER_HEADERS, signal: AbortSignal.timeout(60_000) });
  const a = await get();
  const b = await get();
  const headers = (r) => JSON.stringify([...r.headers.entries()].filter(([name]) => name !== "date"));
  const [bodyA, bodyB] = await Promise.all([a.text(), b.text()]);
  const csp = a.headers.get("content-security-policy") ?? "";
  const inline = [...bodyA.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[1])).map((m) => m[2]);
  const hashed = inline.filter((s) => csp.includes(`'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`));
  return {
    path,
    identicalBody: bodyA === bodyB,
    identicalHeaders: headers(a) === headers(b),
    cspHasNonce: /nonce-/.test(csp),
    inlineScripts: inline.length,
    inlineScriptsHashed: hashed.length,
    etag: a.headers.get("etag"),
    cacheControl: a.headers.get("cache-control"),
  };
}
