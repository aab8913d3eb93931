import { request, type IncomingHttpHeaders } from "node:http";

/** A whole response from the Next server behind us. */
export interface UpstreamResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Longest a render may take before the request fails (and the reader gets a 502, not a hang). */
const RENDER_TIMEOUT_MS = 30_000;

/**
 * GETs a path from the Next server on this machine's loopback port and reads the whole body,
 * uncompressed: the caller hashes its scripts and compresses it once for every reader.
 */
export function fetchUpstream(port: number, path: string, headers: Record<string, string>): Promise<UpstreamResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path, method: "GET", headers: { ...headers, host: `localhost:${port}`, "accept-encoding": "identity" } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    req.setTimeout(RENDER_TIMEOUT_MS, () => req.destroy(new Error(`render of ${path} took over ${RENDER_TIMEOUT_MS / 1000} s`)));
    req.on("error", reject);
    req.end();
  });
}
