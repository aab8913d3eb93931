import { readValidatedData } from "@/lib/data/validated-data";
import { getMessages } from "@/lib/i18n/messages";
import { SourceList } from "@/lib/texts/source-list";

/** /sources' list of sources (lib/texts/source-list.tsx), as the Spanish page shows it. */
describe("SourceList", () => {
  const { sources } = readValidatedData().dataset;

  it("lists every source once, its title a link in the title's own language", () => {
    document.body.innerHTML = String(SourceList({ sources, locale: "es", t: getMessages("es") }));
    const items = document.querySelectorAll("li[id^='src-']");
    expect(items).toHaveLength(sources.length);
    for (const s of sources) {
      const link = document.querySelector<HTMLAnchorElement>(`#src-${CSS.escape(s.id)} a[href]`)!;
      expect({ id: s.id, lang: link.getAttribute("lang"), text: link.textContent }).toEqual({ id: s.id, lang: s.language, text: s.title });
    }
    // Both languages are there: the check above is not vacuous.
    expect(sources.some((s) => s.language === "es") && sources.some((s) => s.language === "en")).toBe(true);
  });
});
