import type { NextRequest } from "next/server";
import { ROUTES } from "@/lib/http/routes";
import { getMessages } from "@/lib/i18n/messages";
import { getPeopleModel, getViewIds } from "@/lib/load/derived";
import { toFontSafeText } from "@/lib/og/font-safe-text";
import { CARD_MUTED, cardResponse, TextCard } from "@/components/og/text-card";
import { buildPeoplePreview } from "@/lib/og/people-preview";
import { parseViewState, peopleView } from "@/lib/url/view-state";

export const runtime = "nodejs";

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
    <TextCard
      edge={colors[0] ?? CARD_MUTED}
      section={`${t.site.name} · ${t.people.nav}`}
      paddingTop={56}
      dots={colors}
      footer={[text.review, t.people.presumptionShort]}
    >
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
              border: `2px dashed ${CARD_MUTED}`,
              borderRadius: 8,
              color: CARD_MUTED,
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
    </TextCard>
  );
  return cardResponse(card, ROUTES.peoplePreviewImage.cache);
}
