/** @jest-environment node */
import { phasesFrom } from "../../bench/lcp-phases.mjs";

const timings = { ttfbMs: 100, htmlEndMs: 300, cssEndMs: 350, lcpFontEndMs: 500, scriptsBeforeLcp: 2, fcpMs: 520, lcp: { startTimeMs: 600, tag: "p.lede" } };

describe("phasesFrom", () => {
  it("splits the LCP into first byte, HTML, render-blocking CSS and font, and render delay, which add up to it", () => {
    const p = phasesFrom(timings);
    expect(p).toEqual({
      lcpMs: 600,
      fcpMs: 520,
      ttfbMs: 100,
      htmlLoadMs: 200,
      renderBlockingMs: 200,
      renderDelayMs: 100,
      scriptsBeforeLcp: 2,
      element: "p.lede",
    });
    expect(p.ttfbMs + p.htmlLoadMs + p.renderBlockingMs + p.renderDelayMs).toBe(p.lcpMs);
  });

  it("counts no blocking time when the stylesheet and the font arrived before the HTML ended", () => {
    expect(phasesFrom({ ...timings, cssEndMs: 250, lcpFontEndMs: 0 })).toMatchObject({ renderBlockingMs: 0, renderDelayMs: 300 });
  });
});
