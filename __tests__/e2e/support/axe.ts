import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page, its default rules and the touch-target size. The source goes in through DevTools evaluation, which the page's CSP
 * does not govern, so the test does not weaken the policy it checks.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    // Sections below the fold skip layout (content-visibility: auto, components/card.css) and stand
    // at a placeholder size, so axe's geometry (target-size spacing) would see them overlap: lay
    // them out while it runs, as a reader scrolling to them sees them.
    const skipped = [...document.querySelectorAll<HTMLElement>("main *")].filter((el) => getComputedStyle(el).contentVisibility === "auto");
    for (const el of skipped) el.style.contentVisibility = "visible";
    // target-size (WCAG 2.2, 2.5.8) is off in axe's defaults; Lighthouse checks it, and so do we.
    const result = await axe.run(document, { resultTypes: ["violations"], rules: { "target-size": { enabled: true } } });
    for (const el of skipped) el.style.contentVisibility = "";
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
}
