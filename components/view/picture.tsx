import { picturePath, type PictureKind } from "@/lib/pictures/picture-source";
import type { ViewState } from "@/lib/url/view-state";
import { StaticMarkup } from "./static-markup";

/**
 * A server-drawn picture of the view (lib/pictures/), sent once: only its address rides in the
 * page's payload (its words if it cannot be fetched come from the page's PictureStringsProvider).
 */
export function Picture({ kind, view, buildId, as }: { kind: PictureKind; view: ViewState; buildId: string; as?: "figcaption" }) {
  return <StaticMarkup src={picturePath(buildId, kind, view)} as={as} />;
}
