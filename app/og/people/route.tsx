import { ImageResponse } from "next/og";
import type { NextRequest } from "next/server";
import { ROUTES } from "@/lib/http/routes";
import { getMessages } from "@/lib/i18n/messages";
import { getPeopleModel, getViewIds } from "@/lib/load/derived";
import { toFontSafeText } from "@/lib/og/font-safe-text";
import { loadOgFonts, OG_FONT_FAMILY } from "@/lib/og/fonts";
import { OG_IMAGE_SIZE } from "@/lib/og/metadata";
import { buildPeoplePreview } from "@/lib/og/people-preview";
import { INK as PALETTE } from "@/lib/theme/palette";
import { parseViewState, peopleView } from "@/lib/url/view-state";

export const runtime = "nodejs";

const { width: WIDTH, height: HEIGHT } = OG_IMAGE_SIZE;
const INK = PALETTE.light.text;
const MUTED = PALETTE.light.muted;

/** Longer names get a smaller size so that they fit on two lines. */
const titleSizePx = (title: string) => (title.length <= 28 ? 64 : title.length <= 44 ? 54 : 44);

/**
 * GET /og/people?<view query>: the link-preview image of the people page or of one person's case
 * (`person`), 1200x630 PNG, drawn in the light scheme: the transfers' colours, the name or the
 * page's title, transfer, court and status (or the counts), and the review date. No photo. Any
 * query is accepted: parseViewState drops what it cannot use.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const view = peopleView(parseViewState(request.nextUrl.searchParams, getViewIds()).view);
  const t = getMessages(view.lang);
  const model = getPeopleModel();
  const text = buildPeoplePreview(model, view, t);
  const person = view.person ? model.rows.find((r) => r.person.id === view.person) : undefined;
  const colors = model.events.filter((e) => !person || e.id === person.person.event_id).map((e) => e.color);
  const title = toFontSafeText(text.title);

  const card = (
    <div
      style={{
        width: WIDTH,
        height: HEIGHT,
        display: "flex",
        flexDirection: "column",
        padding: "56px 64px 0",
        fontFamily: OG_FONT_FAMILY,
        color: INK,
        backgroundColor: PALETTE.light.surface,
        borderTop: `14px solid ${colors[0] ?? MUTED}`,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", fontSize: 22, fontWeight: 700, letterSpacing: 1.5, textTransform: "uppercase" }}>
        {colors.map((color) => (
          <div key={color} style={{ width: 16, height: 16, borderRadius: 8, backgroundColor: color, marginRight: 8 }} />
        ))}
        <div style={{ display: "flex", marginLeft: 6 }}>{toFontSafeText(`${t.site.name} · ${t.people.nav}`)}</div>
      </div>
      <div style={{ display: "flex", alignItems: "baseline", flexWrap: "wrap", marginTop: 34, fontSize: titleSizePx(title), fontWeight: 700, lineHeight: 1.1 }}>
        <div style={{ display: "flex" }}>{title}</div>
        {text.nameMark && (
          <div
            style={{
              display: "flex",
              marginLeft: 18,
              padding: "2px 14px",
              fontSize: 26,
              fontWeight: 400,
              border: `2px dashed ${MUTED}`,
              borderRadius: 8,
              color: MUTED,
            }}
          >
            {toFontSafeText(text.nameMark)}
          </div>
        )}
      </div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 28, fontSize: 30, lineHeight: 1.35 }}>
        {text.lines.map((line) => (
          <div key={line} style={{ display: "flex" }}>
            {toFontSafeText(line)}
          </div>
        ))}
      </div>
      <div style={{ display: "flex", flexGrow: 1 }} />
      <div
        style={{
          display: "flex",
          flexDirection: "column",
          margin: "0 -64px",
          padding: "14px 64px 18px",
          fontSize: 20,
          lineHeight: 1.35,
          color: MUTED,
          borderTop: `1px solid ${PALETTE.light.line}`,
        }}
      >
        <div style={{ display: "flex" }}>{toFontSafeText(text.review)}</div>
        <div style={{ display: "flex" }}>{toFontSafeText(t.people.presumptionShort)}</div>
      </div>
    </div>
  );

  // Rendered to a buffer before answering, so a failure is a 500 rather than a 200 with a broken body.
  const png = await new ImageResponse(card, { ...OG_IMAGE_SIZE, fonts: await loadOgFonts() }).arrayBuffer();
  return new Response(png, { headers: { "Content-Type": "image/png", "Cache-Control": ROUTES.peoplePreviewImage.cache } });
}
