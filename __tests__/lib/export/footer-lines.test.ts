/** @jest-environment node */
import { buildFooterLines, type FooterText } from "@/lib/export/footer-lines";
import { layoutChartExport } from "@/lib/export/layout";

const makeText = (overrides: Partial<FooterText> = {}): FooterText => ({
  sourceLine: "Source: CBP Drug Seizure Statistics",
  asOf: "2026-11-30",
  asOfLabel: "Data as of",
  link: "https://extradition-atlas.example/?v=2&chart=fentanyl&scope=nationwide",
  ...overrides,
});
const footerFor = (width: number, height: number) => layoutChartExport({ width, height, legendItemCount: 0, hasSubtitle: false }).footer;

describe("buildFooterLines", () => {
  it("buildFooterLines puts the date and link on one last line when they fit", () => {
    const lines = buildFooterLines(makeText(), footerFor(1200, 630));
    expect(lines.map((l) => l.text)).toEqual(["Source: CBP Drug Seizure Statistics", `Data as of 2026-11-30 \u00b7 ${makeText().link}`]);
  });
  it("buildFooterLines gives the link its own line on a narrow export and never cuts it", () => {
    const lines = buildFooterLines(makeText(), footerFor(320, 240));
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => l.text).slice(1)).toEqual(["Data as of 2026-11-30", makeText().link]);
    expect(lines[2]!.isSqueezed).toBe(true);
  });
  it("buildFooterLines never returns more lines than the footer holds", () => {
    const box = footerFor(1200, 630);
    const lines = buildFooterLines(makeText({ sourceLine: "word ".repeat(500) }), box);
    expect(lines).toHaveLength(box.lineCount);
    expect(lines[1]!.text.endsWith("\u2026")).toBe(true);
  });
  it("buildFooterLines uses the given label before the date", () => {
    const lines = buildFooterLines(makeText({ asOfLabel: "Datos al" }), footerFor(1200, 630));
    expect(lines.at(-1)!.text.startsWith("Datos al 2026-11-30")).toBe(true);
  });
});
