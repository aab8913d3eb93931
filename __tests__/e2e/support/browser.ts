import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium, VIEWPORTS } from "../../../scripts/chromium.mjs";

export const BASE_URL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
export const ARTIFACTS_DIR = join(process.cwd(), "test-results");

/** Chromium as the bench launches it (scripts/chromium.mjs); `extraArgs`, e.g. ["--disable-3d-apis"] for no WebGL. */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return launchChromium({ extraArgs });
}

export { VIEWPORTS };

/** Records every request whose origin is not the app's; a passing page leaves the list empty. */
export function trackForeignRequests(context: BrowserContext): string[] {
  const origin = new URL(BASE_URL).origin;
  const foreign: string[] = [];
  context.on("request", (req) => {
    const url = req.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

/** Adds a style rule through DevTools (works with the page's JavaScript disabled, unlike a <style> tag). */
async function drawSkippedSections(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { frameTree } = await cdp.send("Page.getFrameTree");
    const { styleSheetId } = await cdp.send("CSS.createStyleSheet", { frameId: frameTree.frame.id });
    const ruleText = "main > .card { content-visibility: visible !important; }";
    await cdp.send("CSS.addRule", { styleSheetId, ruleText, location: { startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 } });
  } finally {
    await cdp.detach();
  }
}

/**
 * Saves a full-page PNG under test-results/screenshots/ for a person to open and look at. The
 * sections below the map use `content-visibility: auto` (drawn when scrolled near), which a
 * full-page capture does not do: they are drawn for the capture.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = join(ARTIFACTS_DIR, "screenshots");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await drawSkippedSections(page);
  await page.screenshot({ path, fullPage: true });
  return path;
}
