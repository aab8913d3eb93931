import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { STATUS_CODES } from "node:http";
import { CACHE_CONTROL } from "@/lib/http/cache-control";
import { ASSET_CSP } from "@/lib/security/csp";
import securityHeaders from "@/lib/security/security-headers.json";

/**
 * Answers the server writes itself (400, 404 refusals, 405, 408, 413, 431, 502, 503): short
 * plain text, never cached, with the security headers and the asset CSP like every other response.
 */
export function plainHeaders(body: string, extra: OutgoingHttpHeaders = {}): OutgoingHttpHeaders {
  return {
    ...securityHeaders,
    "content-security-policy": ASSET_CSP,
    "content-type": "text/plain; charset=utf-8",
    "cache-control": CACHE_CONTROL.never,
    "content-length": Buffer.byteLength(body),
    ...extra,
  };
}

export function sendPlain(res: ServerResponse, status: number, message: string, extra: OutgoingHttpHeaders = {}): void {
  const body = `${message}\n`;
  res.writeHead(status, plainHeaders(body, extra));
  res.end(res.req.method === "HEAD" ? undefined : body);
}

/**
 * Node's own answers to a request it could not parse, or that was too slow or too large, written
 * on the socket with the same headers (Node's defaults carry none of them).
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === "ECONNRESET" || !socket.writable) return void socket.destroy();
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
  const body = `${STATUS_CODES[status]}\n`;
  const headers = Object.entries(plainHeaders(body, { connection: "close" }))
    .map(([name, value]) => `${name}: ${String(value)}\r\n`)
    .join("");
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${headers}\r\n${body}`);
}
