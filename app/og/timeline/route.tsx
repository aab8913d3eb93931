import { ImageResponse } from "next/og";
import type { NextRequest } from "next/server";
import { ROUTES } from "@/lib/http/routes";
import { getMessages } from "@/lib/i18n/messages";
import { getViewIds } from "@/lib/load/derived";
import { loadDataset } from "@/lib/load/dataset";
import { toFontSafeText } from "@/lib/og/font-safe-text";
import { loadOgFonts, OG_FONT_FAMILY } from "@/lib/og/fonts";
import { OG_IMAGE_SIZE } from "@/lib/og/metadata";
import { buildTimelinePreview } from "@/lib/og/timeline-preview";
import { timelineMomentsOf, timelineMonths } from "@/lib/pictures/timeline-parts";
import { buildEventColors } from "@/lib/theme/event-colors";
import { INK as PALETTE } from "@/lib/theme/palette";
import { timelinePreviewView } from "@/lib/url/canonical-request";
import { parseViewState } from "@/lib/url/view-state";

export const runtime = "nodejs";

const { width: WIDTH, height: HEIGHT } = OG_IMAGE_SIZE;
const INK = PALETTE.light.text;
const MUTED = PALETTE.light.muted;

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
  const data = loadDataset();
  const edge = preview.eventId ? (buildEventColors(data.events.map((e) => e.id)).get(preview.eventId) ?? INK) : INK;
  const title = toFontSafeText(preview.title);
  const card = (
    <div
      style={{
        width: WIDTH,
        height: HEIGHT,
        display: "flex",
        flexDirection: "column",
        padding: "44px 64px 0",
        fontFamily: OG_FONT_FAMILY,
        color: INK,
        backgroundColor: PALETTE.light.surface,
        borderTop: `14px solid ${edge}`,
      }}
    >
      <div style={{ display: "flex", fontSize: 22, fontWeight: 700, letterSpacing: 1.5, textTransform: "uppercase", color: MUTED }}>
        {toFontSafeText(`${t.site.name} · ${t.timeline.nav}`)}
      </div>
      <div style={{ display: "flex", marginTop: 18, fontSize: 26, fontWeight: 700, color: MUTED }}>{toFontSafeText(preview.kicker)}</div>
      <div style={{ display: "flex", marginTop: 8, fontSize: titleSizePx(title), fontWeight: 700, lineHeight: 1.12 }}>{title}</div>
      <div style={{ display: "flex", marginTop: 22, fontSize: 26, lineHeight: 1.35 }}>{toFontSafeText(preview.body)}</div>
      <div style={{ display: "flex", flexGrow: 1 }} />
      <div
        style={{
          display: "flex",
          margin: "0 -64px",
          padding: "14px 64px 18px",
          fontSize: 20,
          lineHeight: 1.35,
          color: MUTED,
          borderTop: `1px solid ${PALETTE.light.line}`,
        }}
      >
        {toFontSafeText(preview.footer)}
      </div>
    </div>
  );
  // Rendered to a buffer before answering, so a failure is a 500 rather than a 200 with a broken body.
  const png = await new ImageResponse(card, { ...OG_IMAGE_SIZE, fonts: await loadOgFonts() }).arrayBuffer();
  return new Response(png, { headers: { "Content-Type": "image/png", "Cache-Control": ROUTES.timelinePreviewImage.cache } });
}
