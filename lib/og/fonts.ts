import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

/** A face for satori (next/og): it reads TTF, OTF and WOFF, not WOFF2. */
export interface OgFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: "normal";
}

export const OG_FONT_FAMILY = "Inter";

/**
 * Self-hosted from @fontsource/inter (latin subset, WOFF). The path is scoped to that folder so
 * the bundler traces only it; `npm start` runs in the project folder, node_modules beside it.
 */
const readFace = (weight: 400 | 700) =>
  readFile(path.join(process.cwd(), "node_modules", "@fontsource", "inter", "files", `inter-latin-${weight}-normal.woff`));

let loading: Promise<OgFont[]> | undefined;

/** Inter regular and bold, read once per server process. No network: nothing is fetched. */
export function loadOgFonts(): Promise<OgFont[]> {
  loading ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: OG_FONT_FAMILY,
      data: await readFace(weight),
      weight,
      style: "normal" as const,
    })),
  ).catch((error: unknown) => {
    loading = undefined; // let the next request try again rather than caching the failure
    throw error;
  });
  return loading;
}
