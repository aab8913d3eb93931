/**
 * Canvas size limits, so a PNG export at 4x fails with a message instead of a blank image or a
 * null toBlob (browsers do not report the failure). Numbers from the canvas-size test results
 * (github.com/jhildenbiddle/canvas-size#test-results) and MDN's <canvas> "Maximum canvas size":
 * - Chrome/Edge (desktop and Android) and Firefox: 32,767 px per side.
 * - Chrome desktop, Edge, desktop Safari: 268,435,456 px area (16,384 x 16,384). Firefox 63 tested
 *   lower (124,992,400) and current Firefox higher (472,907,776); we use Chrome's as the hard cap.
 * - Safari on iOS (9-12 and later devices with little memory): 16,777,216 px area (4,096 x 4,096).
 * Hard failure only above the desktop limits; the iOS area is reported as `isLargeCanvas`, a
 * warning ("may fail on some browsers"), because refusing it would rule out 4x slides everywhere.
 */

/** Largest width or height of a canvas in Chromium and Firefox, in device px. */
export const MAX_CANVAS_SIDE_PX = 32_767;
/** Largest canvas area in desktop Chromium and Safari, in device px (16,384^2). */
export const MAX_CANVAS_AREA_PX = 268_435_456;
/** Largest canvas area in Safari on iOS, in device px (4,096^2). */
export const LARGE_CANVAS_AREA_PX = 16_777_216;

/** Example: { ok: true, widthPx: 7680, heightPx: 4320, areaPx: 33177600, isLargeCanvas: true } */
export type CanvasSizeCheck =
  | { ok: true; widthPx: number; heightPx: number; areaPx: number; isLargeCanvas: boolean }
  | { ok: false; reason: string; widthPx: number; heightPx: number; areaPx: number; isLargeCanvas: boolean };

/**
 * Whether a canvas of `widthPx` x `heightPx` CSS px at `scale` device px per CSS px can be drawn.
 * Device sizes are rounded up (a canvas has whole pixels). Throws on non-positive or non-finite input.
 * Example: checkCanvasSize(1920, 1080, 4) -> { ok: true, ..., isLargeCanvas: true }
 */
export function checkCanvasSize(widthPx: number, heightPx: number, scale: number): CanvasSizeCheck {
  for (const [name, value] of [
    ["width", widthPx],
    ["height", heightPx],
    ["scale", scale],
  ] as const) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`canvas ${name} ${value} is invalid; expected a positive finite number`);
  }
  const deviceWidth = Math.ceil(widthPx * scale);
  const deviceHeight = Math.ceil(heightPx * scale);
  const size = { widthPx: deviceWidth, heightPx: deviceHeight, areaPx: deviceWidth * deviceHeight };
  const isLargeCanvas = size.areaPx > LARGE_CANVAS_AREA_PX;
  const longestSide = Math.max(deviceWidth, deviceHeight);
  if (longestSide > MAX_CANVAS_SIDE_PX) {
    return {
      ok: false,
      reason: `a ${deviceWidth}x${deviceHeight} px canvas has a side of ${longestSide} px; browsers allow at most ${MAX_CANVAS_SIDE_PX}`,
      ...size,
      isLargeCanvas,
    };
  }
  if (size.areaPx > MAX_CANVAS_AREA_PX) {
    return {
      ok: false,
      reason: `a ${deviceWidth}x${deviceHeight} px canvas has ${size.areaPx} px; browsers allow at most ${MAX_CANVAS_AREA_PX}`,
      ...size,
      isLargeCanvas,
    };
  }
  return { ok: true, ...size, isLargeCanvas };
}
