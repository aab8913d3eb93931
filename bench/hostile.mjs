// The hostile-request burst of `npm run bench` (see bench/parts.mjs): the requests that used to get
// around the view cache (issue 22), sent for a fixed time at 50 connections after the views they
// touch are warm. Reports the renders they cost (the server counts every request that reaches Next,
// /_atlas/stats) and the server's memory while they run, sampled from /proc.
import { autocannonRun, processMemory, serverStats } from "./load.mjs";
import { round1 } from "./timing.mjs";

const VIEWS = ["/", "/sources", "/embed/map", "/embed/chart/fentanyl", "/?v=2&event=2026-01"];

/** The i-th hostile request: distinct POSTs, unknown paths, image-optimizer URLs, encoded spellings, router-header variants. */
export function hostileRequest(i) {
  const view = VIEWS[i % VIEWS.length];
  switch (i % 5) {
    case 0:
      return {
        method: "POST",
        path: `${view}${view.includes("?") ? "&" : "?"}n=${i}`,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: `a=${i}`,
      };
    case 1:
      return { method: "GET", path: `/unknown-${i}${i % 2 ? "?lang=es" : ""}` };
    case 2:
      return { method: "GET", path: `/_next/image?url=%2Fog%3Fv%3D2%26n%3D${i}&w=${16 * ((i % 240) + 1)}&q=75` };
    case 3: {
      // The letters of "embed/chart/fentanyl" picked by the bits of i, percent-encoded.
      let bit = 0;
      const picked = (i % 262_143) + 1;
      return { method: "GET", path: "/embed/chart/fentanyl".replace(/[a-z]/g, (c) => ((picked >> bit++) & 1 ? `%${c.charCodeAt(0).toString(16)}` : c)) };
    }
    default:
      return { method: "GET", path: view, headers: i % 2 ? { "next-url": `/n${i}` } : { "next-router-state-tree": `t${i}` } };
  }
}

export async function measureHostileBurst({ baseUrl, serverPid }, { seconds = 10, connections = 50 } = {}) {
  for (const path of [...VIEWS, "/x", "/x?lang=es"]) await fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(60_000) });
  const before = await serverStats(baseUrl);
  const rssBeforeBytes = processMemory(serverPid).rssBytes;
  let peakRssBytes = rssBeforeBytes;
  const sampler = setInterval(() => {
    const { rssBytes } = processMemory(serverPid);
    if (rssBytes > peakRssBytes) peakRssBytes = rssBytes;
  }, 50);
  let next = 0;
  let r;
  try {
    r = await autocannonRun(baseUrl, {
      connections,
      duration: seconds,
      setupRequest: (req) => {
        const hostile = hostileRequest(next++);
        return { ...req, ...hostile, headers: { ...req.headers, ...hostile.headers } };
      },
    });
  } finally {
    clearInterval(sampler);
  }
  const after = await serverStats(baseUrl);
  const rendersAdded = after.reachedNext.total - before.reachedNext.total;
  const mb = (bytes) => round1(bytes / 2 ** 20);
  process.stdout.write(
    `bench: hostile burst: ${r.totalRequests} requests in ${r.durationSeconds} s, ${JSON.stringify(r.statusCodes)}, renders ${rendersAdded}, RSS ${mb(rssBeforeBytes)} -> peak ${mb(peakRssBytes)} MB\n`,
  );
  return { connections, seconds, ...r, rendersAdded, rssBeforeBytes, peakRssBytes, peakRssMB: mb(peakRssBytes), rssBeforeMB: mb(rssBeforeBytes) };
}
