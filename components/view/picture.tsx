import { pictureKey, type PictureKind } from "@/lib/pictures/picture-source";
import type { ViewState } from "@/lib/url/view-state";
import { StaticMarkup } from "./static-markup";

/**
 * A server-drawn picture of the view (lib/pictures/), sent once: only its key rides in the
 * page's payload (its words if it cannot be fetched come from the page's PictureStringsProvider).
 */
export function Picture({ kind, view, as }: { kind: PictureKind; view: ViewState; as?: "figcaption" | "style" }) {
  const src = pictureKey(kind, view);
  // No `as` prop unless given: each prop is bytes in the payload, about 30 parts on `/`.
  return as ? <StaticMarkup src={src} as={as} /> : <StaticMarkup src={src} />;
}
