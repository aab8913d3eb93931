// Small helpers shared by the bench's scripts: rounding and timeouts.
export const round1 = (n) => Math.round(n * 10) / 10;
export const round3 = (n) => Math.round(n * 1000) / 1000;

/** Rejects when `promise` has not settled within `ms`, naming what was awaited. */
export function withTimeout(promise, ms, label) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no result within ${ms} ms`)), ms);
  });
  promise.catch(() => {});
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const FETCH_TIMEOUT_MS = 60_000;

/** fetch, aborted after 60 s. */
export const fetchWithTimeout = (url) => fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
