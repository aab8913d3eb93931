import type { Map as MapLibreMap } from "maplibre-gl";
import { resolveInk } from "@/lib/theme/ink";
import type { ExportTheme } from "@/lib/export/presets";
import type { MapImageMeta } from "@/lib/export/map-export-data";
import { canvasToPng } from "./browser-files";
import { palettePaint } from "@/lib/map/style";
import { INK, MAP_PALETTES, NEUTRAL_COLOR, type MapPalette } from "@/lib/theme/palette";

export type { MapImageMeta } from "@/lib/export/map-export-data";

/** Header, legend and footer bands, in CSS px; the map fills the rest. */
const HEADER_PX = 64;
const LEGEND_PX = 44;
const LEGEND_ROW_PX = 18;
const FOOTER_PX = 54;
/** Everything around the map, for callers that size the image from the map. */
export const MAP_IMAGE_CHROME_PX = HEADER_PX + LEGEND_PX + FOOTER_PX;
const FONT = `Inter, "Inter Fallback", Arial, sans-serif`;

/** Copies the map's WebGL canvas right after a frame is drawn (no preserveDrawingBuffer needed). */
function snapshot(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once("render", () => {
      const source = map.getCanvas();
      const copy = document.createElement("canvas");
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext("2d")!.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/**
 * The map drawn in the export's scheme, which need not be the page's (a light PNG taken from a
 * dark page): its colours are swapped for one frame, copied, and put back.
 */
async function snapshotIn(map: MapLibreMap, palette: MapPalette): Promise<HTMLCanvasElement> {
  const swaps = palettePaint(palette)
    .map(([layer, property, value]) => ({ layer, property, value, before: map.getPaintProperty(layer, property) }))
    .filter((s) => JSON.stringify(s.value) !== JSON.stringify(s.before));
  if (swaps.length === 0) return snapshot(map);
  for (const { layer, property, value } of swaps) map.setPaintProperty(layer, property, value);
  try {
    // Paint changes fade in (MapLibre's transitions); "idle" comes once the new colours are drawn.
    await new Promise((resolve) => map.once("idle", resolve));
    return await snapshot(map);
  } finally {
    for (const { layer, property, before } of swaps) map.setPaintProperty(layer, property, before);
  }
}

/** Draws `image` to cover the box, cropping the overflow evenly (like CSS object-fit: cover). */
function drawCover(ctx: CanvasRenderingContext2D, image: HTMLCanvasElement, x: number, y: number, w: number, h: number): void {
  const scale = Math.max(w / image.width, h / image.height);
  const sw = w / scale;
  const sh = h / scale;
  ctx.drawImage(image, (image.width - sw) / 2, (image.height - sh) / 2, sw, sh, x, y, w, h);
}

/** The legend below the map, in up to two rows; items that do not fit are left out, last first. */
function drawLegend(ctx: CanvasRenderingContext2D, items: MapImageMeta["legend"], left: number, top: number, maxWidth: number, ink: string): void {
  let x = left;
  let row = 0;
  for (const item of items) {
    const width = 40 + ctx.measureText(item.label).width + 18;
    if (x + width > left + maxWidth && x > left) {
      row++;
      x = left;
    }
    if (row > 1) break;
    drawLegendItem(ctx, item, x, top + LEGEND_ROW_PX * row + LEGEND_ROW_PX / 2, ink);
    x += width;
  }
}

function drawLegendItem(ctx: CanvasRenderingContext2D, item: MapImageMeta["legend"][number], x: number, cy: number, ink: string): void {
  ctx.strokeStyle = item.color;
  ctx.fillStyle = item.color;
  ctx.lineWidth = 2.2;
  ctx.setLineDash(item.mark === "dashed" ? [5, 4] : []);
  if (item.mark === "line" || item.mark === "dashed") {
    ctx.beginPath();
    ctx.moveTo(x + 8, cy);
    ctx.lineTo(x + 32, cy);
    ctx.stroke();
  } else {
    ctx.beginPath();
    ctx.arc(x + 20, cy, 5, 0, Math.PI * 2);
    if (item.mark === "dot") ctx.fill();
    else {
      ctx.fillStyle = INK.light.dot; // hollow marks are white on both export backgrounds
      ctx.fill();
      ctx.stroke();
    }
  }
  ctx.setLineDash([]);
  ctx.fillStyle = ink;
  ctx.fillText(item.label, x + 40, cy + 4);
}

/**
 * The map as a self-contained PNG: title, the map canvas (labels included: MapLibre draws them),
 * a legend, the Natural Earth attribution and the footer lines, all drawn into the canvas.
 * `size` null = the map's size on screen; the image keeps the screen's pixel density.
 */
export async function composeMapPng(
  map: MapLibreMap,
  size: { width: number; height: number } | null,
  theme: ExportTheme,
  meta: MapImageMeta,
): Promise<{ blob: Blob; widthPx: number; heightPx: number }> {
  await Promise.all([document.fonts.load(`600 20px Inter`), document.fonts.load(`400 12px Inter`)]);
  const mapCanvas = await snapshotIn(map, MAP_PALETTES[theme.scheme]);
  const container = map.getContainer();
  const dpr = mapCanvas.width / Math.max(1, container.clientWidth);
  const width = size?.width ?? container.clientWidth;
  const height = size?.height ?? container.clientHeight + MAP_IMAGE_CHROME_PX;
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error(`the browser refused a ${canvas.width}x${canvas.height} canvas`);
  ctx.scale(dpr, dpr);
  if (theme.background) {
    ctx.fillStyle = theme.background;
    ctx.fillRect(0, 0, width, height);
  }
  ctx.textBaseline = "alphabetic";
  ctx.fillStyle = theme.text;
  ctx.font = `600 20px ${FONT}`;
  ctx.fillText(meta.title, 16, 30, width - 32);
  ctx.fillStyle = theme.muted;
  ctx.font = `400 13px ${FONT}`;
  ctx.fillText(meta.subtitle, 16, 50, width - 32);

  const mapTop = HEADER_PX;
  const mapHeight = height - MAP_IMAGE_CHROME_PX;
  drawCover(ctx, mapCanvas, 0, mapTop, width, mapHeight);

  ctx.font = `400 12px ${FONT}`;
  drawLegend(
    ctx,
    meta.legend.map((item) => ({ ...item, color: resolveInk(item.color, theme.ink) })),
    16,
    mapTop + mapHeight + 4,
    width - 32,
    theme.text,
  );
  const attributionWidth = ctx.measureText(meta.attribution).width + 12;
  ctx.fillStyle = "rgba(255,255,255,0.85)";
  ctx.fillRect(width - attributionWidth, mapTop + mapHeight - 18, attributionWidth, 18);
  ctx.fillStyle = NEUTRAL_COLOR;
  ctx.fillText(meta.attribution, width - attributionWidth + 6, mapTop + mapHeight - 5);

  ctx.fillStyle = theme.muted;
  ctx.font = `400 11px ${FONT}`;
  meta.footer.slice(0, 3).forEach((line, i) => ctx.fillText(line, 16, height - FOOTER_PX + 16 + i * 15, width - 32));
  return { blob: await canvasToPng(canvas), widthPx: canvas.width, heightPx: canvas.height };
}
