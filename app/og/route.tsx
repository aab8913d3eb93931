import { ImageResponse } from "next/og";
import type { NextRequest } from "next/server";
import type { CSSProperties } from "react";
import { getMessages } from "@/lib/i18n/messages";
import { loadDataset } from "@/lib/load/dataset";
import { getMapModel, getViewIds } from "@/lib/load/derived";
import { loadBasemap } from "@/lib/load/basemap";
import { toFontSafeText } from "@/lib/og/font-safe-text";
import { loadOgFonts, OG_FONT_FAMILY } from "@/lib/og/fonts";
import { OG_IMAGE_SIZE } from "@/lib/og/metadata";
import { buildMapScene, canvasLabels, type CanvasLabel } from "@/lib/map/scene";
import { buildAttribution, buildPreviewText } from "@/lib/og/preview-text";
import { renderRouteMapSvg } from "@/lib/og/route-map-svg";
import { parseViewState } from "@/lib/url/view-state";
import { INK as PALETTE } from "@/lib/theme/palette";
import { ROUTES } from "@/lib/http/routes";

export const runtime = "nodejs";

const { width: WIDTH, height: HEIGHT } = OG_IMAGE_SIZE;
/** Left text panel and bottom source strip, px; the routes are framed in the rest. */
const PANEL_WIDTH = 520;
const STRIP_HEIGHT = 48;
const LABEL_SIZE_PX = 19;
const LABEL_BOX_PX = 400;
/** The image is drawn in the light scheme (lib/theme/palette.ts). */
const INK = PALETTE.light.text;
const MUTED = PALETTE.light.muted;
const HALO = PALETTE.light.halo;
const PANEL_BG = "rgba(255, 255, 255, 0.95)";

/** Longer titles get a smaller size so that four or five lines still fit the panel. */
const titleSizePx = (title: string) => (title.length <= 56 ? 50 : title.length <= 80 ? 44 : title.length <= 110 ? 38 : 32);

/** "reported by some sources" -> "Reported by some sources", for a phrase that stands alone. */
const sentenceCase = (phrase: string) => phrase.charAt(0).toUpperCase() + phrase.slice(1);

/** A place name over the map, positioned as the label layout placed it (satori draws the text with Inter). */
function MapLabel({ label }: { label: CanvasLabel }) {
  const line = LABEL_SIZE_PX * 1.25;
  const common: CSSProperties = {
    position: "absolute",
    top: label.y - line / 2,
    height: line,
    display: "flex",
    fontSize: LABEL_SIZE_PX,
    lineHeight: `${line}px`,
    fontWeight: label.isSelected ? 700 : 400,
    color: INK,
    whiteSpace: "nowrap",
  };
  // Each label sits in a box wide enough for any name, aligned to its anchor point.
  const place: CSSProperties = {
    width: LABEL_BOX_PX,
    left: label.anchor === "start" ? label.x : label.anchor === "end" ? label.x - LABEL_BOX_PX : label.x - LABEL_BOX_PX / 2,
    justifyContent: label.anchor === "start" ? "flex-start" : label.anchor === "end" ? "flex-end" : "center",
  };
  const text = toFontSafeText(label.text);
  // The halo is a white stroked copy underneath: a text-shadow would be a blur filter, which
  // made each render about five times slower.
  return (
    <>
      <div style={{ ...common, ...place, color: HALO, WebkitTextStroke: `4px ${HALO}` }}>{text}</div>
      <div style={{ ...common, ...place }}>{text}</div>
    </>
  );
}

/** A short line sample for the legend: solid or dashed, in ink. */
function LegendLine({ isDashed, text }: { isDashed: boolean; text: string }) {
  return (
    <div style={{ display: "flex", alignItems: "center", marginTop: 6 }}>
      <div style={{ width: 34, height: 0, borderTop: `4px ${isDashed ? "dashed" : "solid"} ${MUTED}`, marginRight: 10 }} />
      <div style={{ display: "flex" }}>{text}</div>
    </div>
  );
}

/**
 * GET /og?<view query>: the link-preview image of a view, 1200x630 PNG. Any query is accepted:
 * parseViewState drops what it cannot use, so a broken link still gets the default card.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const data = loadDataset();
  const model = getMapModel();
  const { view } = parseViewState(request.nextUrl.searchParams, getViewIds());
  const locale = view.lang;
  const t = getMessages(locale);
  const text = buildPreviewText(data, view, locale);
  // The card frames the whole transfer (not the live map's fit box), over 1:50m land: 1200 px wide.
  const scene = buildMapScene(model, view, loadBasemap("50m"), {
    kind: "canvas",
    width: WIDTH,
    height: HEIGHT,
    frame: { x: PANEL_WIDTH, y: 0, width: WIDTH - PANEL_WIDTH, height: HEIGHT - STRIP_HEIGHT },
    paddingPx: 56,
    labelSizePx: LABEL_SIZE_PX,
  });
  const svg = renderRouteMapSvg(scene, { showLabels: false });
  const mapSrc = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  const eventColors = model.events.filter((e) => view.event === "all" || e.id === view.event).map((e) => e.color);
  const title = toFontSafeText(text.title);

  const card = (
    <div
      style={{
        width: WIDTH,
        height: HEIGHT,
        display: "flex",
        position: "relative",
        fontFamily: OG_FONT_FAMILY,
        color: INK,
        backgroundColor: PALETTE.light.water,
      }}
    >
      {/* satori draws <img>, not next/image; the map is an inline SVG data URI, so nothing is fetched. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={mapSrc} width={WIDTH} height={HEIGHT} alt="" style={{ position: "absolute", left: 0, top: 0 }} />
      {canvasLabels(scene).map((l) => (
        <MapLabel key={l.id} label={l} />
      ))}
      <div
        style={{
          position: "absolute",
          left: 0,
          top: 0,
          width: PANEL_WIDTH,
          height: HEIGHT - STRIP_HEIGHT,
          display: "flex",
          flexDirection: "column",
          padding: "44px 40px 30px 48px",
          backgroundColor: PANEL_BG,
        }}
      >
        <div style={{ display: "flex", alignItems: "center", fontSize: 21, fontWeight: 700, letterSpacing: 1.5, textTransform: "uppercase" }}>
          {eventColors.map((color) => (
            <div key={color} style={{ width: 14, height: 14, borderRadius: 7, backgroundColor: color, marginRight: 6 }} />
          ))}
          <div style={{ display: "flex", marginLeft: 6 }}>{toFontSafeText(t.site.name)}</div>
        </div>
        <div style={{ display: "flex", marginTop: 30, fontSize: titleSizePx(title), fontWeight: 700, lineHeight: 1.12 }}>{title}</div>
        <div style={{ display: "flex", marginTop: 20, fontSize: 23, lineHeight: 1.32, color: MUTED }}>{toFontSafeText(text.subtitle)}</div>
        <div style={{ display: "flex", flexGrow: 1 }} />
        <div style={{ display: "flex", flexDirection: "column", fontSize: 18, color: MUTED }}>
          <LegendLine isDashed={false} text={toFontSafeText(t.map.legendSolid)} />
          <LegendLine isDashed text={toFontSafeText(sentenceCase(t.headline.disputed))} />
        </div>
      </div>
      <div
        style={{
          position: "absolute",
          left: 0,
          bottom: 0,
          width: WIDTH,
          height: STRIP_HEIGHT,
          display: "flex",
          alignItems: "center",
          padding: "0 48px",
          fontSize: 17,
          color: MUTED,
          backgroundColor: PANEL_BG,
          borderTop: `1px solid ${PALETTE.light.line}`,
        }}
      >
        {toFontSafeText(buildAttribution(data, locale))}
      </div>
    </div>
  );

  // Rendered to a buffer before answering, so a failure is a 500 rather than a 200 with a broken body.
  const png = await new ImageResponse(card, { ...OG_IMAGE_SIZE, fonts: await loadOgFonts() }).arrayBuffer();
  return new Response(png, { headers: { "Content-Type": "image/png", "Cache-Control": ROUTES.previewImage.cache } });
}
