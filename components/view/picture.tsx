import { pictureKey, type PictureKind } from "@/lib/pictures/picture-source";
import type { ViewState } from "@/lib/url/view-state";
import { StaticMarkup } from "./static-markup";

/**
 * A server-drawn picture of the view (lib/pictures/), sent once: only its key rides in the
 * page's payload (its words if it cannot be fetched come from the page's PictureStringsProvider).
 */
export function Picture({ kind, view }: { kind: PictureKind; view: ViewState }) {
  return <StaticMarkup src={pictureKey(kind, view)} />;
}
