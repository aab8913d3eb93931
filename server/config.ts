import { z } from "zod";
import { PORT_SCHEMA } from "@/lib/env";

const flag = z.enum(["0", "1"]).transform((v) => v === "1");
const megabytes = z.coerce.number().min(0).max(4096);

/**
 * The server's settings, from the environment, validated before anything starts: a wrong value
 * stops the server with a message naming the variable.
 */
const ServerConfig = z.object({
  PORT: PORT_SCHEMA,
  /** Interface to listen on; Next's default is every interface. */
  HOST: z.string().min(1).default("0.0.0.0"),
  /** Budget of the page cache (compressed bodies), MB. */
  PAGE_CACHE_MB: megabytes.default(96),
  /** Budget of the preview-image cache, MB. */
  IMAGE_CACHE_MB: megabytes.default(32),
  /** Page renders running at once; more wait in line. */
  PAGE_RENDERS: z.coerce.number().int().min(1).max(64).default(4),
  /** Preview images rendered at once; beyond that a new image gets 503 with Retry-After. */
  IMAGE_RENDERS: z.coerce.number().int().min(1).max(64).default(2),
  /** Render the canonical views (and their images) right after start. */
  WARM: flag.default(true),
  /** Serve cache counters at /_atlas/stats to requests from this machine (for the benchmark). */
  ATLAS_STATS: flag.default(false),
});

export type ServerConfig = z.infer<typeof ServerConfig>;

export function readServerConfig(env: Record<string, string | undefined>): ServerConfig {
  const picked = Object.fromEntries(Object.keys(ServerConfig.shape).map((k) => [k, env[k] === "" ? undefined : env[k]]));
  const result = ServerConfig.safeParse(picked);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid server environment: ${problems}`);
  }
  return result.data;
}
