import { z } from "zod";

/** The port the app listens on: one schema for the server's settings (server/config.ts) and the origin below. */
export const PORT_SCHEMA = z.coerce.number({ error: "PORT must be a number from 0 to 65535" }).int().min(0).max(65535).default(3000);

/**
 * Server environment, validated once at startup. SITE_URL is the public origin (for absolute
 * link-preview URLs); without it, the local server's origin is used.
 */
const ServerEnv = z.object({
  SITE_URL: z.url({ protocol: /^https?$/, error: "SITE_URL must be an absolute http(s) URL, e.g. https://atlas.example" }).optional(),
  PORT: PORT_SCHEMA,
  /** Who may frame /embed/* pages: CSP frame-ancestors sources, e.g. "https://news.example https://*.example.org". */
  EMBED_FRAME_ANCESTORS: z
    .string()
    .regex(/^[a-zA-Z0-9:/*.\-' ]+$/, 'EMBED_FRAME_ANCESTORS must be CSP sources separated by spaces, e.g. "https://news.example https:"')
    .optional(),
  /** Where readers report a correction to a person's record (the people page links to it); unset: no link. */
  CORRECTIONS_EMAIL: z.email({ error: "CORRECTIONS_EMAIL must be an e-mail address, e.g. corrections@atlas.example" }).optional(),
});

function readEnv() {
  const result = ServerEnv.safeParse({
    SITE_URL: process.env.SITE_URL || undefined,
    PORT: process.env.PORT || undefined,
    EMBED_FRAME_ANCESTORS: process.env.EMBED_FRAME_ANCESTORS || undefined,
    CORRECTIONS_EMAIL: process.env.CORRECTIONS_EMAIL || undefined,
  });
  if (!result.success) throw new Error(`Invalid environment: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return result.data;
}

export const env = readEnv();

/** The origin link previews are built on. */
export function siteOrigin(): URL {
  return new URL(env.SITE_URL ?? `http://localhost:${env.PORT}`);
}

/** frame-ancestors of the embed routes: the configured allow-list, or any https site by default. */
export function embedFrameAncestors(): string {
  return env.EMBED_FRAME_ANCESTORS ?? "https:";
}

/** A "report a correction" link about `subject` (a person's name), or undefined when no address is set. */
export function correctionHref(subject: string): string | undefined {
  return env.CORRECTIONS_EMAIL ? `mailto:${env.CORRECTIONS_EMAIL}?subject=${encodeURIComponent(`Correction: ${subject}`)}` : undefined;
}
