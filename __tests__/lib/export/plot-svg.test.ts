/** @jest-environment node */
import { embedPlotSvg } from "@/lib/export/plot-svg";

const BOX = { x: 24, y: 100, width: 400, height: 200 };

describe("embedPlotSvg", () => {
  it("embedPlotSvg sets the box, keeps class and viewBox, and drops style, width and height", () => {
    const out = embedPlotSvg('<svg class="recharts-surface" width="400" height="200" viewBox="0 0 400 200" style="width: 100%"><g/></svg>', BOX, "export-plot");
    expect(out).toBe('<svg x="24" y="100" width="400" height="200" overflow="visible" class="export-plot recharts-surface" viewBox="0 0 400 200"><g/></svg>');
  });
  it("embedPlotSvg derives a viewBox from width and height when there is none", () => {
    expect(embedPlotSvg('<svg width="300" height="150"></svg>', BOX, "p")).toContain('viewBox="0 0 300 150"');
  });
  it("embedPlotSvg skips an XML prolog and keeps nested <svg> elements (legend icons) inside", () => {
    const out = embedPlotSvg('<?xml version="1.0"?><svg viewBox="0 0 1 1"><svg width="8" height="8"><rect/></svg><g/></svg><svg>after</svg>', BOX, "p");
    expect(out.endsWith('<svg width="8" height="8"><rect/></svg><g/></svg>')).toBe(true);
    expect(out).not.toContain("after");
  });
  it("embedPlotSvg rewrites &nbsp;, which XML does not define", () => {
    expect(embedPlotSvg('<svg viewBox="0 0 1 1"><text>1&nbsp;000</text></svg>', BOX, "p")).toContain("1&#160;000");
  });
  it("embedPlotSvg reads a '>' inside a quoted attribute as part of the value", () => {
    const out = embedPlotSvg('<svg aria-label="a > b" viewBox="0 0 1 1"><g/></svg>', BOX, "p");
    expect(out).toContain('viewBox="0 0 1 1"');
    expect(out.endsWith('"><g/></svg>')).toBe(true);
  });
  it("embedPlotSvg throws on markup without an <svg> element or without its closing tag", () => {
    expect(() => embedPlotSvg("<div></div>", BOX, "p")).toThrow("plotSvg is not SVG markup");
    expect(() => embedPlotSvg('<svg viewBox="0 0 1 1"><g/>', BOX, "p")).toThrow("no closing </svg>");
  });
});
