import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import type { PlotSpec } from "@/lib/charts/plot-spec";
import { withoutLinks } from "@/lib/charts/unlinked-spec";
import { loadPlot } from "../charts/plot-registry";

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Renders a plot off screen at exactly `widthPx` x `heightPx` and returns its <svg> markup: the
 * export is laid out for its own size, not a stretched copy of the screen. Its marks link nowhere.
 */
export async function renderPlotSvg(spec: PlotSpec, widthPx: number, heightPx: number): Promise<string> {
  const Plot = await loadPlot(spec.kind);
  const { props } = withoutLinks(spec);
  const host = document.createElement("div");
  host.setAttribute("aria-hidden", "true");
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${widthPx}px;height:${heightPx}px;`;
  document.body.appendChild(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(<Plot {...props} width={widthPx} height={heightPx} />));
    for (let i = 0; i < 30; i++) {
      await nextFrame();
      const svg = host.querySelector<SVGSVGElement>(".recharts-wrapper > svg");
      if (svg && svg.querySelector(".recharts-cartesian-grid, .recharts-layer")) return new XMLSerializer().serializeToString(svg);
    }
    throw new Error("the chart did not render off screen");
  } finally {
    root.unmount();
    host.remove();
  }
}
