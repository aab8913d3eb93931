/** @jest-environment node */
import { checkCanvasSize, LARGE_CANVAS_AREA_PX, MAX_CANVAS_AREA_PX, MAX_CANVAS_SIDE_PX } from "@/lib/export/canvas-limits";

describe("checkCanvasSize", () => {
  it("checkCanvasSize accepts a 1920x1080 slide at 4x and flags it as large", () => {
    expect(checkCanvasSize(1920, 1080, 4)).toEqual({ ok: true, widthPx: 7680, heightPx: 4320, areaPx: 33_177_600, isLargeCanvas: true });
  });
  it("checkCanvasSize accepts a 1200x630 card at 2x without the large flag", () => {
    expect(checkCanvasSize(1200, 630, 2)).toMatchObject({ ok: true, isLargeCanvas: false });
  });
  it("checkCanvasSize refuses 40000x100, naming the side limit", () => {
    const result = checkCanvasSize(40000, 100, 1);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(String(MAX_CANVAS_SIDE_PX));
  });
  it("checkCanvasSize refuses an area above the desktop limit even when both sides fit", () => {
    const result = checkCanvasSize(5000, 4000, 4); // 20000 x 16000 = 320,000,000 px
    expect(result).toMatchObject({ ok: false, areaPx: 320_000_000 });
    expect(!result.ok && result.reason).toContain(String(MAX_CANVAS_AREA_PX));
  });
  it("checkCanvasSize draws the large line at the iOS Safari area, 4096 x 4096", () => {
    expect(checkCanvasSize(4096, 4096, 1)).toMatchObject({ ok: true, areaPx: LARGE_CANVAS_AREA_PX, isLargeCanvas: false });
    expect(checkCanvasSize(4097, 4096, 1)).toMatchObject({ ok: true, isLargeCanvas: true });
  });
  it("checkCanvasSize rounds device pixels up", () => {
    expect(checkCanvasSize(100.2, 50.5, 2)).toMatchObject({ widthPx: 201, heightPx: 101 });
  });
  it("checkCanvasSize throws on a size or scale that is not positive", () => {
    expect(() => checkCanvasSize(0, 100, 1)).toThrow("canvas width 0");
    expect(() => checkCanvasSize(100, 100, Number.NaN)).toThrow(RangeError);
  });
});
