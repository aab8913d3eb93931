import { render } from "@testing-library/react";
import { loadPlot } from "@/components/charts/plot-registry";
import { defineChart } from "@/lib/charts/define-chart";
import { chartPictureHtml } from "@/lib/charts/picture-svg";
import type { PlotSpec } from "@/lib/charts/plot-spec";
import { chartExportCsv, chartExportSvg } from "@/lib/export/chart-export-file";
import { buildChartExportStrings } from "@/lib/export/export-strings";
import { EXPORT_THEMES } from "@/lib/export/presets";
import { getMessages } from "@/lib/i18n/messages";
import { ink } from "@/lib/theme/ink";
import { EVENT_PALETTE } from "@/lib/theme/palette";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";
import { makePlotSpecs } from "../../fixtures/plot-specs";
import { expectSnapshotFile, normalizeCsv, normalizeMarkup } from "../../support/snapshot-file";

/**
 * Each chart's server picture, its exported SVG (light and dark) and its CSV, as files under
 * __tests__/snapshots/charts/ (see support/snapshot-file.ts for how a change is reviewed).
 */
const specs = makePlotSpecs(loadDatasetSnapshot());
const cases = specs.map((spec) => [spec.kind, spec] as const);

/** The export's words, and a legend in inks (resolved per export theme) and one literal event colour. */
const META = {
  title: "A chart <title> & more",
  subtitle: "Per month",
  legend: [
    { label: "Counted", color: ink("counted"), mark: "line" as const },
    { label: "Seized", color: ink("seized"), mark: "bar" as const },
    { label: "Stated", color: ink("stated"), mark: "hollow" as const },
    { label: "Transfer", color: EVENT_PALETTE[0], mark: "hatched" as const },
  ],
  sourceLine: "Source: CBP; SESNSP",
  asOf: "30 Nov 2026",
  link: "https://atlas.example/?v=2&chart=fentanyl#chart-fentanyl",
  asOfLabel: "Data as of",
};

/** The recharts plot's <svg> as the export menu takes it, drawn at a fixed size. */
async function plotSvg(spec: PlotSpec, width: number, height: number): Promise<string> {
  const Plot = await loadPlot(spec.kind);
  const { container, unmount } = render(<Plot {...spec.props} width={width} height={height} />);
  const svg = new XMLSerializer().serializeToString(container.querySelector(".recharts-wrapper > svg")!);
  unmount();
  return svg;
}

describe("chart snapshots", () => {
  it.each(cases)("the server picture of the %s chart is unchanged", (kind, spec) => {
    const markup = chartPictureHtml(defineChart(spec), { descriptionId: `desc-${kind}`, hatchId: `hatch-${kind}` });
    expectSnapshotFile(`charts/${kind}-picture.svg.html`, normalizeMarkup(markup));
  });

  it.each(cases)("the exported SVG of the %s chart is unchanged, light and dark", async (kind, spec) => {
    const plot = await plotSvg(spec, 1136, 420);
    for (const background of ["light", "dark"] as const) {
      const svg = chartExportSvg({ plotSvg: plot, width: 1200, height: 630, meta: META, theme: EXPORT_THEMES[background], fontCss: "" });
      expectSnapshotFile(`charts/${kind}-export-${background}.svg`, normalizeMarkup(svg));
    }
  });

  it.each(cases)("the CSV of the %s chart is unchanged", (kind, spec) => {
    for (const locale of ["en", "es"] as const) {
      const csv = chartExportCsv(spec, META, buildChartExportStrings(getMessages(locale)));
      expectSnapshotFile(`charts/${kind}-${locale}.csv`, normalizeCsv(csv));
    }
  });
});
