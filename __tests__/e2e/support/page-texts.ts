import type { Page } from "playwright-core";

/**
 * The texts a page shows in its own language: its text with every element marked as another
 * language taken out (a cited English headline, a quotation in English), each text node, and each
 * label, title and text alternative, plus the head's title and preview texts.
 */
export async function pageTexts(page: Page): Promise<{ text: string; pieces: string[] }> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const isPageLanguage = (el: Element | null) => (el?.closest("[lang]")?.getAttribute("lang") ?? pageLang) === pageLang;
    const pieces: string[] = [document.title];
    for (const m of document.head.querySelectorAll("meta[name=description], meta[property^='og:'], meta[name^='twitter:']")) {
      const content = m.getAttribute("content") ?? "";
      if (!/^https?:/.test(content)) pieces.push(content);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (parent && !parent.closest("script, style") && isPageLanguage(parent)) pieces.push(n.textContent ?? "");
    }
    for (const el of document.body.querySelectorAll("[aria-label], [title], [alt], [placeholder]"))
      if (isPageLanguage(el)) for (const a of ["aria-label", "title", "alt", "placeholder"]) pieces.push(el.getAttribute(a) ?? "");
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll("[lang], script, style")) if (el.getAttribute("lang") !== pageLang) el.remove();
    return { text: clone.textContent ?? "", pieces: pieces.map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean) };
  });
}
