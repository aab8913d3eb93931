import type { NextRequest } from "next/server";
import { ROUTES } from "@/lib/http/routes";
import { getMessages } from "@/lib/i18n/messages";
import { getViewIds } from "@/lib/load/derived";
import { loadDataset } from "@/lib/load/dataset";
import { toFontSafeText } from "@/lib/og/font-safe-text";
import { CARD_INK, CARD_MUTED, cardResponse, TextCard } from "@/components/og/text-card";
import { buildTimelinePreview } from "@/lib/og/timeline-preview";
import { timelineMomentsOf, timelineMonths } from "@/lib/pictures/timeline-parts";
import { buildEventColors } from "@/lib/theme/event-colors";
import { timelinePreviewView } from "@/lib/url/canonical-request";
import { parseViewState } from "@/lib/url/view-state";

export const runtime = "nodejs";

/** Longer titles get a smaller size so that they fit on three lines. */
const titleSizePx = (title: string) => (title.length <= 50 ? 52 : title.length <= 90 ? 44 : 38);

/**
 * GET /og/timeline?entry=&lang=: the link-preview image of the timeline or of one entry, 1200x630
 * PNG in the light scheme: the entry's date and kind, title, summary (cut at a word) and how many
 * sources it rests on (and "one outlet" where it is one); or the page's counts by kind. Only the
 * entry and the language change it (lib/http/route-keys.ts); an unknown entry gives the page's card.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const view = timelinePreviewView(parseViewState(request.nextUrl.searchParams, getViewIds()).view);
  const t = getMessages(view.lang);
  const preview = buildTimelinePreview(timelineMomentsOf({ ...view, entry: null }), view.entry, timelineMonths(view), view.lang, t);
  const edge = preview.eventId ? (buildEventColors(loadDataset().events.map((e) => e.id)).get(preview.eventId) ?? CARD_INK) : CARD_INK;
  const title = toFontSafeText(preview.title);
  const card = (
    <TextCard edge={edge} section={`${t.site.name} · ${t.timeline.nav}`} footer={[preview.footer]}>
      <div style={{ display: "flex", marginTop: 18, fontSize: 26, fontWeight: 700, color: CARD_MUTED }}>{toFontSafeText(preview.kicker)}</div>
      <div style={{ display: "flex", marginTop: 8, fontSize: titleSizePx(title), fontWeight: 700, lineHeight: 1.12 }}>{title}</div>
      <div style={{ display: "flex", marginTop: 22, fontSize: 26, lineHeight: 1.35 }}>{toFontSafeText(preview.body)}</div>
    </TextCard>
  );
  return cardResponse(card, ROUTES.timelinePreviewImage.cache);
}
