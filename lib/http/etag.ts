import { createHash } from "node:crypto";

/**
 * The one entity-tag formula and the one conditional-request test of the app (data downloads,
 * every response the server caches).
 *
 * The strong ETag of a body: quoted, 32 characters of its SHA-256 in base64url. The same bytes
 * give the same tag on every server, so any instance or cache may answer a revalidation.
 *
 *   strongEtagOf("abc") // "\"ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qc\""
 */
export function strongEtagOf(body: string | Buffer): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/**
 * Whether an `If-None-Match` header names one of a response's entity tags (weak comparison, as
 * RFC 9110 13.1.2 asks for GET), so that a 304 may be sent.
 *
 *   ifNoneMatchHits('W/"a", "b"', ['"a"']) === true
 */
export function ifNoneMatchHits(header: string | undefined, etags: readonly string[]): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const strip = (tag: string) => tag.trim().replace(/^W\//, "");
  const wanted = new Set(etags.map(strip));
  return header.split(",").some((tag) => wanted.has(strip(tag)));
}
