import { textRuns } from "@/lib/i18n/localized";
import { screen, within } from "@testing-library/react";
import type { ChartFrameTexts } from "@/lib/charts/chart-plots";
import { getMessages } from "@/lib/i18n/messages";
import type { SourceRef } from "@/lib/map/model";
import { ChartNotes, chartSourceLine } from "@/lib/texts/chart-notes";

/** What stands under a chart (lib/texts/chart-notes.tsx), as the page shows it. */
const t = getMessages("en");

function makeSources(n: number): SourceRef[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `s${i + 1}`,
    publisher: `Publisher ${i + 1}`,
    title: `Title ${i + 1}`,
    url: `https://example.org/${i + 1}`,
  }));
}
const FRAME: ChartFrameTexts = {
  title: "Seizures per month",
  subtitle: "Pounds per month",
  description: "Monthly pounds seized.",
  note: null,
  caveats: [],
  sources: makeSources(2),
  asOf: "June 2025",
  allSourcesHref: "/sources#topic-test",
};

function show(frame: Partial<ChartFrameTexts>, isEmbedded = false) {
  document.body.innerHTML = String(ChartNotes({ frame: { ...FRAME, ...frame }, isEmbedded, t }));
}
const sourceLine = () => document.querySelector(".chart__source") as HTMLElement;
const sourceLinks = () => within(sourceLine()).getAllByRole("link");

describe("ChartNotes", () => {
  it("lists 2 sources by publisher, with no 'more' link", () => {
    show({ sources: makeSources(2) });
    expect(sourceLinks().map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Publisher 1", "https://example.org/1"],
      ["Publisher 2", "https://example.org/2"],
    ]);
    expect(sourceLine().textContent).toBe("Source: Publisher 1; Publisher 2.");
    expect(chartSourceLine(makeSources(2), t)).toBe("Source: Publisher 1; Publisher 2.");
  });

  it("names a source by its short title, else by its publisher without the parenthesis; the link's title keeps the full record", () => {
    const sources: SourceRef[] = [
      { id: "a", publisher: "KVIA (Associated Press copy)", title: "Mexico sends 26", url: "https://example.org/a" },
      {
        id: "b",
        publisher: "U.S. Customs and Border Protection (re-hosted)",
        title: "Nationwide Drug Seizures (CSV: FY, Month, ...)",
        shortTitle: "CBP, Nationwide Drug Seizures",
        url: "https://example.org/b",
      },
    ];
    show({ sources });
    expect(sourceLine().textContent).toBe("Source: KVIA; CBP, Nationwide Drug Seizures.");
    expect(sourceLinks().map((a) => a.getAttribute("title"))).toEqual(["Mexico sends 26", "Nationwide Drug Seizures (CSV: FY, Month, ...)"]);
  });

  it("lists exactly 3 sources without a 'more' link", () => {
    show({ sources: makeSources(3) });
    expect(sourceLinks().map((a) => a.textContent)).toEqual(["Publisher 1", "Publisher 2", "Publisher 3"]);
  });

  it("lists the first 3 of 5 sources and links 'and 2 more' to the sources page, outside the frame in an embed", () => {
    show({ sources: makeSources(5) });
    expect(sourceLinks().map((a) => a.textContent)).toEqual(["Publisher 1", "Publisher 2", "Publisher 3", "and 2 more"]);
    expect(screen.getByRole("link", { name: "and 2 more" })).toHaveAttribute("href", "/sources#topic-test");
    expect(screen.getByRole("link", { name: "and 2 more" })).not.toHaveAttribute("target");
    for (const a of sourceLinks().slice(0, 3)) expect(a).toHaveAttribute("rel", "noopener noreferrer external");
    expect(sourceLine().textContent).toBe("Source: Publisher 1; Publisher 2; Publisher 3 and 2 more.");
    show({ sources: makeSources(5) }, true);
    expect(screen.getByRole("link", { name: "and 2 more" })).toHaveAttribute("target", "_blank");
  });

  it("shows the note, and the caveats behind their own disclosure only when there are some", () => {
    show({ note: "No month of the link's range.", caveats: [textRuns("Revised monthly."), textRuns("FY2026 is partial.")] });
    expect(document.querySelector("p.small.muted")).toHaveTextContent("No month of the link's range.");
    const summary = screen.getByText(t.charts.caveats);
    expect(summary.tagName).toBe("SUMMARY");
    expect(Array.from(summary.closest("details")!.querySelectorAll("li")).map((li) => li.textContent)).toEqual(["Revised monthly.", "FY2026 is partial."]);
    show({ caveats: [] });
    expect(screen.queryByText(t.charts.caveats)).toBeNull();
  });

  it("marks each source link with the language of the source's title", () => {
    show({
      sources: [
        { ...makeSources(1)[0]!, language: "es" },
        { ...makeSources(2)[1]!, language: "en" },
      ],
    });
    expect(sourceLinks().map((a) => a.getAttribute("lang"))).toEqual(["es", "en"]);
  });

  it("escapes a hostile note, caveat and source name", () => {
    show({
      note: "<img src=x>",
      caveats: [textRuns("<script>x</script>")],
      sources: [{ id: "h", publisher: "<b>P</b>", title: '"><i>', url: "https://example.org/h" }],
    });
    expect(document.querySelector("img, script, b, i")).toBeNull();
    expect(sourceLine().textContent).toBe("Source: <b>P</b>.");
  });
});
