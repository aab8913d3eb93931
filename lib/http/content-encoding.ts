/** The encodings a cached response is kept in, best first. */
export const ENCODINGS = ["br", "gzip", "identity"] as const;
export type Encoding = (typeof ENCODINGS)[number];

/**
 * The best encoding an `Accept-Encoding` header allows: br, then gzip, else identity. Honours
 * q-values (`gzip;q=0` refuses gzip) and `*`; a missing header means identity (RFC 9110 12.5.3).
 *
 *   pickEncoding("gzip, deflate, br") === "br"; pickEncoding("gzip;q=0, *") === "br"; pickEncoding(undefined) === "identity"
 */
export function pickEncoding(header: string | undefined): Encoding {
  if (!header) return "identity";
  const weights = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)).find(Boolean);
    const weight = q ? Number(q[1]) : 1;
    if (name) weights.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (encoding: Encoding) => weights.get(encoding) ?? (encoding === "identity" ? (weights.get("*") ?? 1) : (weights.get("*") ?? 0));
  return ENCODINGS.find((e) => weightOf(e) > 0) ?? "identity";
}
