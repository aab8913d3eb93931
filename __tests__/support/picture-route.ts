import { getBuildId } from "@/lib/load/build-id";
import { parsePictureSrc, pictureMarkup } from "@/lib/pictures/markup";
import { picturesBase } from "@/lib/pictures/picture-source";

/**
 * The picture route as a page in the browser reaches it: `fetch` of a picture address answered by
 * the real generator (lib/pictures/markup.ts), as app/pictures/[build]/[kind]/route.ts answers it;
 * `setOffline(true)` makes requests fail as a network error does. jsdom has no fetch of its own.
 */
export function servePictureRoute() {
  const requests: string[] = [];
  let isOffline = false;
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL) => {
    const src = String(input);
    requests.push(src);
    if (isOffline) throw new TypeError("Failed to fetch");
    const picture = parsePictureSrc(src, getBuildId());
    const html = picture ? pictureMarkup(picture.kind, picture.view) : null;
    return { ok: html !== null, status: html === null ? 404 : 200, text: async () => html ?? "Not found" };
  }) as unknown as typeof fetch;
  return {
    buildId: getBuildId(),
    /** Where the page fetches this build's parts from (the layout's PictureStringsProvider base). */
    base: picturesBase(getBuildId()),
    requests,
    setOffline: (offline: boolean) => void (isOffline = offline),
    restore: () => {
      globalThis.fetch = original;
    },
  };
}
