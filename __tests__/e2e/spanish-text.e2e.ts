import type { Browser } from "playwright-core";
import { ROUTES } from "@/lib/http/routes";
import { CHART_IDS } from "@/lib/url/view-state";
import { englishFound, englishStrings, readsAsEnglish } from "../support/english-text";
import { BASE_URL, launchBrowser, VIEWPORTS } from "./support/browser";
import { pageTexts } from "./support/page-texts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Deep links that open the texts a plain page keeps closed: a place's panel with its legs, names and disputes; the state-only place. */
const DEEP_LINKS = ["/?v=2&event=2026-01&place=us_houston", "/?v=2&place=us_pa", "/?v=2&event=2025-02&place=mx_aifa", "/?v=2&place=us_sat"];

/**
 * Every page a reader can open, in Spanish: each page route of the route table (so a page added
 * later is read too), every chart's embed, the deep links, and the 404 page.
 */
function spanishPages(): string[] {
  const pages = Object.values(ROUTES).flatMap((r) => {
    if (r.rule !== "view" || !r.example) return [];
    if (r.pattern === ROUTES.embedChart.pattern) return CHART_IDS.map((id) => `/embed/chart/${id}?v=2`);
    return [r.example];
  });
  return [...pages, ...DEEP_LINKS, "/no-such-page"].map((path) => {
    const url = new URL(path, BASE_URL);
    url.searchParams.set("lang", "es");
    return `${url.pathname}${url.search}`;
  });
}

describe("Spanish pages in Spanish", () => {
  it("no Spanish page shows a catalogue or data string in English, nor a run of English words", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    const english = englishStrings();
    const found: { path: string; english: string[]; runs: string[] }[] = [];
    for (const path of spanishPages()) {
      await page.goto(`${BASE_URL}${path}`);
      expect({ path, lang: await page.locator("html").getAttribute("lang") }).toEqual({ path, lang: "es" });
      const texts = await pageTexts(page);
      const runs = [...new Set(texts.pieces.filter((p) => readsAsEnglish(p) || p.includes("[object Object]")))];
      found.push({ path, english: englishFound(english, texts), runs });
    }
    const failing = found.filter((f) => f.english.length + f.runs.length > 0);
    // The count is printed for the record: what a failing run found, page by page.
    console.log(`English on Spanish pages: ${found.map((f) => `${f.path}: ${f.english.length} strings, ${f.runs.length} runs`).join("; ")}`);
    expect(failing).toEqual([]);
    await context.close();
  });
});
