import type { NextRequest } from "next/server";
import { ROUTES } from "@/lib/http/routes";
import { getMessages } from "@/lib/i18n/messages";
import { getClaimChecks, getViewIds } from "@/lib/load/derived";
import { buildClaimsPreview } from "@/lib/og/claims-preview";
import { toFontSafeText } from "@/lib/og/font-safe-text";
import { CARD_MUTED, cardResponse, TextCard } from "@/components/og/text-card";
import { OG_IMAGE_SIZE } from "@/lib/og/metadata";
import { INK as PALETTE } from "@/lib/theme/palette";
import { parseViewState } from "@/lib/url/view-state";

export const runtime = "nodejs";

const { width: WIDTH } = OG_IMAGE_SIZE;
/** Wide enough for "-57.48%" at 36px. */
const VALUE_WIDTH = 200;

/**
 * GET /og/claims?lang=: the link-preview image of /claims, 1200x630 PNG in the light scheme:
 * each claim's latest value as stated, what it is about, its date and what checking it found.
 * Only the language changes it (lib/http/route-keys.ts).
 */
export async function GET(request: NextRequest): Promise<Response> {
  const { lang } = parseViewState(request.nextUrl.searchParams, getViewIds()).view;
  const t = getMessages(lang);
  const preview = buildClaimsPreview(getClaimChecks(), lang, t);
  const card = (
    <TextCard edge={PALETTE.light.stated} section={`${t.site.name} · ${t.claims.nav}`}>
      <div style={{ display: "flex", marginTop: 14, fontSize: 38, fontWeight: 700, lineHeight: 1.1 }}>{toFontSafeText(preview.title)}</div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 14 }}>
        {preview.lines.map((line) => (
          <div key={line.topic} style={{ display: "flex", alignItems: "baseline", marginTop: 10 }}>
            <div style={{ display: "flex", width: VALUE_WIDTH, flexShrink: 0, fontSize: 36, fontWeight: 700 }}>{toFontSafeText(line.value)}</div>
            <div style={{ display: "flex", flexDirection: "column", width: WIDTH - 128 - VALUE_WIDTH }}>
              <div style={{ display: "flex", fontSize: 25, fontWeight: 700 }}>{toFontSafeText(line.topic)}</div>
              <div style={{ display: "flex", fontSize: 19, lineHeight: 1.25, color: CARD_MUTED }}>
                {toFontSafeText(line.isUnconfirmed ? `${line.finding} (${t.claims.unconfirmed})` : line.finding)}
              </div>
            </div>
          </div>
        ))}
      </div>
    </TextCard>
  );
  return cardResponse(card, ROUTES.claimsPreviewImage.cache);
}
