import { z } from "zod";

/**
 * Server environment, validated once at startup. SITE_URL is the public origin (for absolute
 * link-preview URLs); without it, the local server's origin is used.
 */
const ServerEnv = z.object({
  SITE_URL: z.url({ protocol: /^https?$/, error: "SITE_URL must be an absolute http(s) URL, e.g. https://atlas.example" }).optional(),
  PORT: z.string().regex(/^\d+$/, "PORT must be a number").optional(),
});

function readEnv() {
  const result = ServerEnv.safeParse({ SITE_URL: process.env.SITE_URL || undefined, PORT: process.env.PORT || undefined });
  if (!result.success) throw new Error(`Invalid environment: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return result.data;
}

export const env = readEnv();

/** The origin link previews are built on. */
export function siteOrigin(): URL {
  return new URL(env.SITE_URL ?? `http://localhost:${env.PORT ?? 3000}`);
}
