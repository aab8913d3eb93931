import type { Messages } from "@/lib/i18n/messages";
import { picturePath, type PictureKind } from "@/lib/pictures/picture-source";
import type { ViewState } from "@/lib/url/view-state";
import { StaticMarkup } from "./static-markup";

/** A server-drawn picture of the view (lib/pictures/), sent once: only its address rides in the page's payload. */
export function Picture({ kind, view, buildId, t, as }: { kind: PictureKind; view: ViewState; buildId: string; t: Messages; as?: "figcaption" }) {
  return <StaticMarkup src={picturePath(buildId, kind, view)} as={as} failedText={t.common.pictureFailed} retryText={t.common.retry} />;
}
