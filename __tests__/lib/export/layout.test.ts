/** @jest-environment node */
import { layoutChartExport, MIN_PLOT_SIZE_PX, textBaselineYPx, type ChartExportLayout } from "@/lib/export/layout";
import { EXPORT_SIZES } from "@/lib/export/presets";

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The drawn boxes of a layout, top to bottom. */
function boxesOf(layout: ChartExportLayout): Box[] {
  const { title, subtitle, legend, plot, footer } = layout;
  const boxes: Box[] = [{ name: "title", x: title.x, y: title.y, width: title.width, height: title.heightPx }];
  if (subtitle) boxes.push({ name: "subtitle", x: subtitle.x, y: subtitle.y, width: subtitle.width, height: subtitle.heightPx });
  if (legend.heightPx > 0) boxes.push({ name: "legend", x: legend.x, y: legend.y, width: legend.width, height: legend.heightPx });
  boxes.push({ name: "plot", ...plot }, { name: "footer", x: footer.x, y: footer.y, width: footer.width, height: footer.heightPx });
  return boxes;
}

const SIZES = [
  { name: "social", ...EXPORT_SIZES.social },
  { name: "slide", ...EXPORT_SIZES.slide },
  { name: "screen 320x240", width: 320, height: 240 },
  { name: "screen 375x320", width: 375, height: 320 },
  { name: "screen 800x420", width: 800, height: 420 },
  { name: "screen 1440x560", width: 1440, height: 560 },
];
const CASES = SIZES.flatMap((size) =>
  [0, 1, 3, 6].flatMap((legendItemCount) => [true, false].map((hasSubtitle) => ({ ...size, legendItemCount, hasSubtitle }))),
);

describe("layoutChartExport", () => {
  it.each(CASES)("layoutChartExport keeps every box of $name ($legendItemCount legend items, subtitle $hasSubtitle) inside the canvas", (c) => {
    for (const box of boxesOf(layoutChartExport(c))) {
      const isInside = box.x >= 0 && box.y >= 0 && box.x + box.width <= c.width && box.y + box.height <= c.height;
      expect({ box, isInside }).toEqual({ box, isInside: true });
    }
  });

  it.each(CASES)("layoutChartExport stacks the boxes of $name ($legendItemCount legend items, subtitle $hasSubtitle) without overlap", (c) => {
    const boxes = boxesOf(layoutChartExport(c));
    for (let i = 1; i < boxes.length; i++) {
      const [above, below] = [boxes[i - 1]!, boxes[i]!];
      expect({ above: above.name, below: below.name, isApart: above.y + above.height <= below.y }).toEqual({
        above: above.name,
        below: below.name,
        isApart: true,
      });
    }
  });

  it.each(CASES)("layoutChartExport gives $name ($legendItemCount legend items, subtitle $hasSubtitle) a plot of at least the minimum size", (c) => {
    const { plot } = layoutChartExport(c);
    expect(plot.width).toBeGreaterThanOrEqual(MIN_PLOT_SIZE_PX.width);
    expect(plot.height).toBeGreaterThanOrEqual(MIN_PLOT_SIZE_PX.height);
  });

  it("layoutChartExport gives a slide larger type and margins than a social card", () => {
    const social = layoutChartExport({ ...EXPORT_SIZES.social, legendItemCount: 2, hasSubtitle: true });
    const slide = layoutChartExport({ ...EXPORT_SIZES.slide, legendItemCount: 2, hasSubtitle: true });
    expect(slide.title.fontSizePx).toBeGreaterThan(social.title.fontSizePx);
    expect(slide.subtitle!.fontSizePx).toBeGreaterThan(social.subtitle!.fontSizePx);
    expect(slide.legend.fontSizePx).toBeGreaterThan(social.legend.fontSizePx);
    expect(slide.footer.fontSizePx).toBeGreaterThan(social.footer.fontSizePx);
    expect(slide.tickFontSizePx).toBeGreaterThan(social.tickFontSizePx);
    expect(slide.plot.x).toBeGreaterThan(social.plot.x);
  });

  it("layoutChartExport wraps the legend into rows of itemsPerRow", () => {
    const { legend } = layoutChartExport({ width: 320, height: 240, legendItemCount: 5, hasSubtitle: false });
    expect(legend.rowCount).toBe(Math.ceil(5 / legend.itemsPerRow));
    expect(legend.heightPx).toBe(legend.rowCount * legend.rowHeightPx);
    expect(legend.itemsPerRow * legend.columnWidthPx).toBeCloseTo(legend.width, 6);
  });

  it("layoutChartExport gives no legend height and no subtitle when there are none", () => {
    const layout = layoutChartExport({ ...EXPORT_SIZES.social, legendItemCount: 0, hasSubtitle: false });
    expect(layout.subtitle).toBeNull();
    expect(layout.legend.heightPx).toBe(0);
  });

  it("layoutChartExport throws a RangeError naming a size that is too small", () => {
    expect(() => layoutChartExport({ width: 300, height: 140, legendItemCount: 2, hasSubtitle: true })).toThrow(RangeError);
    expect(() => layoutChartExport({ width: 300, height: 140, legendItemCount: 2, hasSubtitle: true })).toThrow("300x140");
  });

  it("layoutChartExport throws a RangeError on a size or legend count that is not a number of px", () => {
    expect(() => layoutChartExport({ width: Number.NaN, height: 600, legendItemCount: 0, hasSubtitle: false })).toThrow(RangeError);
    expect(() => layoutChartExport({ width: 1200, height: 630, legendItemCount: -1, hasSubtitle: false })).toThrow("legendItemCount -1");
  });
});

describe("textBaselineYPx", () => {
  it("textBaselineYPx puts the baseline inside the line box, below its middle", () => {
    const box = { y: 100, heightPx: 30, fontSizePx: 24 };
    const baseline = textBaselineYPx(box);
    expect(baseline).toBeGreaterThan(115);
    expect(baseline).toBeLessThan(130);
  });
});
