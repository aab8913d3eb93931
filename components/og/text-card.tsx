import { ImageResponse } from "next/og";
import type { ReactNode } from "react";
import { INK as PALETTE } from "@/lib/theme/palette";
import { toFontSafeText } from "@/lib/og/font-safe-text";
import { loadOgFonts, OG_FONT_FAMILY } from "@/lib/og/fonts";
import { OG_IMAGE_SIZE } from "@/lib/og/metadata";

/** The text cards are drawn in the light scheme (lib/theme/palette.ts). */
export const CARD_INK = PALETTE.light.text;
export const CARD_MUTED = PALETTE.light.muted;
const PAD_X = 64;

/**
 * The frame of the text preview cards (people, claims, timeline), 1200x630: a coloured top edge,
 * the "site · page" line (after colour dots, if any), the card's own content, and at the bottom, when given, a muted strip
 * across the card (the review date, the presumption of innocence, the sources).
 */
export function TextCard({
  edge,
  section,
  dots = [],
  paddingTop = 44,
  footer,
  children,
}: {
  edge: string;
  section: string;
  /** Colour dots before the "site · page" line (the transfers a people card concerns). */
  dots?: readonly string[];
  paddingTop?: number;
  /** The lines of the muted strip at the bottom (satori lays out plain children, not fragments). */
  footer?: readonly string[];
  children: ReactNode;
}) {
  return (
    <div
      style={{
        width: OG_IMAGE_SIZE.width,
        height: OG_IMAGE_SIZE.height,
        display: "flex",
        flexDirection: "column",
        padding: `${paddingTop}px ${PAD_X}px 0`,
        fontFamily: OG_FONT_FAMILY,
        color: CARD_INK,
        backgroundColor: PALETTE.light.surface,
        borderTop: `14px solid ${edge}`,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", fontSize: 22, fontWeight: 700, letterSpacing: 1.5, textTransform: "uppercase", color: CARD_MUTED }}>
        {dots.map((color) => (
          <div key={color} style={{ width: 16, height: 16, borderRadius: 8, backgroundColor: color, marginRight: 8 }} />
        ))}
        <div style={{ display: "flex", marginLeft: dots.length ? 6 : 0 }}>{toFontSafeText(section)}</div>
      </div>
      {children}
      {footer ? <div style={{ display: "flex", flexGrow: 1 }} /> : null}
      {footer ? (
        <div
          style={{
            display: "flex",
            flexDirection: "column",
            margin: `0 -${PAD_X}px`,
            padding: `14px ${PAD_X}px 18px`,
            fontSize: 20,
            lineHeight: 1.35,
            color: CARD_MUTED,
            borderTop: `1px solid ${PALETTE.light.line}`,
          }}
        >
          {footer.map((line) => (
            <div key={line} style={{ display: "flex" }}>
              {toFontSafeText(line)}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** The card as a PNG response with the route's Cache-Control; rendered to a buffer first, so a failure is a 500, not a 200 with a broken body. */
export async function cardResponse(card: ReactNode, cacheControl: string): Promise<Response> {
  const png = await new ImageResponse(card as React.ReactElement, { ...OG_IMAGE_SIZE, fonts: await loadOgFonts() }).arrayBuffer();
  return new Response(png, { headers: { "Content-Type": "image/png", "Cache-Control": cacheControl } });
}
