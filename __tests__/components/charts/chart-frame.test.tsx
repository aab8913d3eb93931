import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act, render, screen, within } from "@testing-library/react";
import { Suspense, type ComponentProps, type ReactElement } from "react";
import { ChartFrame } from "@/components/charts/chart-frame";
import { ChartsSection } from "@/components/charts/charts-section";
import { PictureStringsProvider } from "@/components/view/picture-strings";
import { ViewProvider } from "@/components/view/view-context";
import { parseViewState } from "@/lib/url/view-state";
import { getMessages } from "@/lib/i18n/messages";
import { pageWords } from "@/lib/i18n/page-words";
import { buildChartPlots } from "@/lib/charts/chart-plots";
import { readValidatedData } from "@/lib/data/validated-data";
import { DEFAULT_VIEW } from "@/lib/url/view-state";
import { loadDatasetSnapshot, SNAPSHOT_DIR } from "../../fixtures/dataset-snapshot";
import { servePictureRoute } from "../../support/picture-route";

// The framework's hooks read the page URL; the fentanyl scope comes from ?scope=.
jest.mock("next/navigation", () => ({
  usePathname: () => window.location.pathname,
  useSearchParams: () => new URLSearchParams(window.location.search),
  useRouter: () => ({ push: () => undefined }),
}));

/** PlotSlot measures its box with ResizeObserver once recharts is loaded; nothing is reached here, so it never reports. */
class SilentResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

const t = getMessages("en");

/** The annual chart as the page has it: what it plots and its words, from data/ (the generator draws its parts from the same). */
const plots = buildChartPlots(readValidatedData().dataset, DEFAULT_VIEW, t);

/** The pictures come from the picture route, as after a view change in the browser (support/picture-route.ts). */
let route: ReturnType<typeof servePictureRoute>;
beforeAll(() => (route = servePictureRoute()));
afterAll(() => route.restore());

/** Renders and waits for the pictures, inside a boundary as the page's. */
async function renderInPage(ui: ReactElement) {
  let rendered!: ReturnType<typeof render>;
  await act(async () => {
    rendered = render(
      <PictureStringsProvider strings={pageWords(t)} base={route.base}>
        <Suspense fallback={null}>{ui}</Suspense>
      </PictureStringsProvider>,
    );
  });
  return rendered;
}

/** ChartFrame's client leaves (links, export menu) read the view, so they need its provider. */
function renderFrame(ui: ReactElement) {
  return renderInPage(<ViewProvider ids={{ eventIds: [], placeIds: [] }}>{ui}</ViewProvider>);
}

function makeFrameProps(overrides: Partial<ComponentProps<typeof ChartFrame>> = {}): ComponentProps<typeof ChartFrame> {
  return {
    chartId: "annual",
    frame: plots.frames.annual,
    plotSpec: plots.specs.annual,
    view: DEFAULT_VIEW,
    isTableOpen: true,
    t,
    ...overrides,
  };
}

describe("ChartFrame", () => {
  it("ChartFrame names the figure by its title and describes it by its description", async () => {
    await renderFrame(<ChartFrame {...makeFrameProps()} />);
    const figure = screen.getByRole("figure", { name: plots.frames.annual.title });
    expect(figure).toHaveAccessibleDescription(plots.frames.annual.description);
    expect(within(figure).getByRole("heading", { level: 3 })).toHaveTextContent(plots.frames.annual.title);
    expect(figure.firstElementChild?.tagName).toBe("FIGCAPTION");
    expect(figure.querySelector(".chart__meta")).toHaveTextContent(`Data as of ${plots.frames.annual.asOf}. Link to this chart`);
  });
  it("ChartFrame shows an open table under a link that closes it (table=0)", async () => {
    window.history.replaceState(null, "", "/?v=2&chart=annual&table=1");
    await renderFrame(<ChartFrame {...makeFrameProps()} />);
    // The table is the annual chart's, drawn from data/ by the pictures' generator (its header and one row per year).
    const table = screen.getByRole("table");
    expect(table).toHaveAttribute("data-table", "annual");
    expect(within(table).getAllByRole("row")[1]).toHaveTextContent(/^2015/);
    expect(screen.getByRole("link", { name: t.charts.hideTable })).toHaveAttribute("href", "/?v=2&chart=annual#chart-annual");
    window.history.replaceState(null, "", "/");
  });
  it("ChartFrame leaves a closed table out of the page and links to the view that opens it", async () => {
    const before = route.requests.length;
    await renderFrame(<ChartFrame {...makeFrameProps({ isTableOpen: false })} />);
    expect(screen.queryByRole("table")).toBeNull();
    expect(route.requests.slice(before).filter((r) => r.includes("/table-"))).toEqual([]);
    expect(t.charts.showTable).toBe("Show the data as a table");
    expect(screen.getByRole("link", { name: t.charts.showTable })).toHaveAttribute("href", "/?v=2&chart=annual&table=1#chart-annual");
  });
  it("ChartFrame draws the plot as a picture named by the chart's description, with no loading text", async () => {
    await renderFrame(<ChartFrame {...makeFrameProps()} />);
    const picture = screen.getByRole("img", { name: plots.frames.annual.description });
    expect(picture).toHaveAttribute("data-chart-picture");
    expect(picture.closest("[data-plot=annual]")).toHaveAttribute("tabindex", "0");
    expect(document.body.textContent).not.toMatch(/Drawing the chart|Loading/);
  });
});

/* ChartsSection: the server-rendered tables must carry the same numbers as data/. */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2018-10" -> "Oct 2018", written out here rather than through lib/format. */
function monthLabel(key: string): string {
  const [y, m] = key.split("-");
  return `${MONTHS[Number(m) - 1]} ${y}`;
}

/** "1902.26" -> "1,902.26": the CSV text with en-US thousands separators. */
function withCommas(text: string): string {
  const [int, frac] = text.split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** A data CSV as records of strings, straight from the file (not through the project's parser). */
function readCsv(name: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(SNAPSHOT_DIR, name), "utf8").trimEnd().split("\n");
  const keys = header!.split(",");
  // Only the leading columns are used; notes may hold quoted commas.
  return lines.map((line) =>
    Object.fromEntries(
      line
        .split(",")
        .slice(0, keys.length)
        .map((v, i) => [keys[i], v]),
    ),
  );
}

function renderSection(search = "") {
  window.history.replaceState(null, "", `/${search}`);
  const data = loadDatasetSnapshot();
  const ids = { eventIds: data.events.map((e) => e.id), placeIds: data.places.map((p) => p.id) };
  const { view } = parseViewState(new URLSearchParams(search), ids);
  return renderInPage(
    <ViewProvider ids={ids}>
      <ChartsSection data={data} view={view} t={t} />
    </ViewProvider>,
  );
}

/** Body rows of the table tagged data-table=`name`, each as its cells' text. */
function tableRows(name: string): string[][] {
  const table = document.querySelector(`table[data-table="${name}"]`);
  if (!table) throw new Error(`no table "${name}"`);
  return within(table as HTMLElement)
    .getAllByRole("row")
    .filter((r) => r.closest("tbody"))
    .map((r) => Array.from(r.children).map((c) => c.textContent ?? ""));
}

describe("ChartsSection", () => {
  const originalResizeObserver = globalThis.ResizeObserver;
  beforeAll(() => {
    globalThis.ResizeObserver = SilentResizeObserver as unknown as typeof ResizeObserver;
  });
  afterAll(() => {
    globalThis.ResizeObserver = originalResizeObserver;
    window.history.replaceState(null, "", "/");
  });

  it("ChartsSection shows the 91 southwest-border months of data/fentanyl-monthly.csv with 2 decimals by default", async () => {
    await renderSection("?v=2&chart=fentanyl&table=1");
    const expected = readCsv("fentanyl-monthly.csv")
      .filter((r) => r.scope === "swb")
      .sort((a, b) => a.month!.localeCompare(b.month!))
      .map((r) => [monthLabel(r.month!), withCommas(r.pounds!)]);
    expect(expected).toHaveLength(91);
    expect(tableRows("fentanyl")).toEqual(expected);
    expect(tableRows("fentanyl")).toContainEqual(["Oct 2024", "1,902.26"]);
  });
  it("ChartsSection shows the nationwide months with ?scope=nationwide", async () => {
    await renderSection("?v=2&scope=nationwide&chart=fentanyl&table=1");
    const expected = readCsv("fentanyl-monthly.csv")
      .filter((r) => r.scope === "nationwide")
      .sort((a, b) => a.month!.localeCompare(b.month!))
      .map((r) => [monthLabel(r.month!), withCommas(r.pounds!)]);
    expect(tableRows("fentanyl")).toHaveLength(91);
    expect(tableRows("fentanyl")).toEqual(expected);
    expect(tableRows("fentanyl")).toContainEqual(["Oct 2024", "1,992.47"]);
    expect(screen.getByRole("link", { name: "Nationwide" })).toHaveAttribute("aria-current", "true");
    expect(screen.getByText("Pounds per month, nationwide")).toBeInTheDocument();
  });
  it("ChartsSection shows the fiscal years of the chosen scope, the incomplete year marked partial with its months", async () => {
    const years = readCsv("fentanyl-fiscal-years.csv");
    const partialYear = Number(years.find((r) => r.partial === "true")!.fiscal_year);
    // The partial year's months, read from the monthly file: October of the year before to its last month.
    const months = readCsv("fentanyl-monthly.csv")
      .map((r) => r.month!)
      .filter((m) => m >= `${partialYear - 1}-10` && m <= `${partialYear}-09`)
      .sort();
    const partialLabel = `partial: ${monthLabel(months[0]!)} – ${monthLabel(months.at(-1)!)}`;
    for (const scope of ["swb", "nationwide"]) {
      const { unmount } = await renderSection(`?v=2&chart=fiscal&table=1${scope === "swb" ? "" : `&scope=${scope}`}`);
      const expected = years
        .filter((r) => r.scope === scope)
        .map((r) => [`FY${r.fiscal_year}`, withCommas(r.pounds!), r.partial === "true" ? partialLabel : t.charts.fiscal.full]);
      expect({ scope, rows: tableRows("fiscal") }).toEqual({ scope, rows: expected });
      expect(
        tableRows("fiscal")
          .filter((r) => r[2] === partialLabel)
          .map((r) => r[0]),
      ).toEqual([`FY${partialYear}`]);
      unmount();
    }
  });
  it("ChartsSection shows 98 homicide months: SESNSP victims and victims per day, and the latest stated average", async () => {
    await renderSection("?v=2&chart=homicides&table=1");
    const rows = tableRows("homicides");
    expect(rows).toHaveLength(98);
    const byMonth = new Map(rows.map((r) => [r[0], r.slice(1)]));
    for (const r of readCsv("homicides-monthly.csv")) {
      const [y, m] = r.month!.split("-").map(Number);
      const days = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
      const at = r.month;
      expect({ at, cells: byMonth.get(monthLabel(r.month!))?.slice(0, 2) }).toEqual({
        at,
        cells: [withCommas(r.victims!), (Number(r.victims) / days).toFixed(1)],
      });
    }
    expect(byMonth.get("Sep 2024")).toEqual(["2,607", "86.9", "86.9"]);
    expect(byMonth.get("Dec 2024")![2]).toBe("73.3");
    expect(byMonth.get("Jul 2025")).toEqual([t.common.notReported, "–", "64.9"]);
    expect(byMonth.get("Feb 2026")).toEqual([t.common.notReported, "–", "48.8"]);
    expect(rows.filter((r) => r[3] !== "–")).toHaveLength(13);
  });
  it("ChartsSection shows SESNSP and INEGI per year as in data/homicides-annual.csv", async () => {
    await renderSection("?v=2&chart=annual&table=1");
    const csv = readCsv("homicides-annual.csv");
    const years = [...new Set(csv.map((r) => r.year!))].sort();
    const victims = (year: string, series: string) => withCommas(csv.find((r) => r.year === year && r.series === series)!.victims!);
    expect(tableRows("annual").map((r) => r.slice(0, 3))).toEqual(years.map((y) => [y, victims(y, "SESNSP"), victims(y, "INEGI")]));
    expect(
      tableRows("annual")
        .find((r) => r[0] === "2024")!
        .slice(0, 3),
    ).toEqual(["2024", "30,046", "33,550"]);
  });
  it("ChartsSection shows the 3 transfers with 29, 26, 37 people and running totals 29, 55, 92", async () => {
    await renderSection("?v=2&chart=transfers&table=1");
    expect(tableRows("transfers")).toEqual([
      ["February 27, 2025", "29", "29"],
      ["August 12, 2025", "26", "55"],
      ["January 20, 2026", "37", "92"],
    ]);
  });
  it("ChartsSection gives every chart a picture, a link that opens its table, at most 3 source links and a 'Data as of' date", async () => {
    await renderSection();
    const figures = screen.getAllByRole("figure");
    expect(figures.map((f) => f.id)).toEqual(["chart-transfers", "chart-homicides", "chart-annual", "chart-fentanyl", "chart-fiscal"]);
    const asOf: Record<string, string> = {
      "chart-transfers": "Data as of Nov 30, 2026. Link to this chart",
      "chart-homicides": "Data as of Mar 10, 2026. Link to this chart",
      "chart-annual": "Data as of Mar 10, 2026. Link to this chart",
      "chart-fentanyl": "Data as of April 2026. Link to this chart",
      "chart-fiscal": "Data as of April 2026. Link to this chart",
    };
    expect(document.querySelectorAll("table")).toHaveLength(0);
    for (const figure of figures) {
      const id = figure.id.replace("chart-", "");
      const line = figure.querySelector(".chart__source")!;
      const metaLine = figure.querySelector(".chart__meta")!;
      const external = Array.from(line.querySelectorAll("a")).filter((a) => a.getAttribute("href")!.startsWith("http"));
      expect({
        id: figure.id,
        pictures: figure.querySelectorAll(`[data-plot="${id}"] [data-chart-picture]`).length,
        tableLink: within(figure).getByRole("link", { name: t.charts.showTable }).getAttribute("href"),
        atMost3: external.length >= 1 && external.length <= 3,
        asOf: metaLine.textContent,
      }).toEqual({ id: figure.id, pictures: 1, tableLink: `/?v=2&chart=${id}&table=1#${figure.id}`, atMost3: true, asOf: asOf[figure.id] });
    }
  });
  it("ChartsSection links the homicide chart's other sources as 'and 10 more'", async () => {
    await renderSection();
    const line = document.querySelector("#chart-homicides .chart__source") as HTMLElement;
    const more = within(line).getByRole("link", { name: /more$/ });
    expect(more).toHaveTextContent("and 10 more");
    expect(more).toHaveAttribute("href", "/sources#topic-homicides");
    // 3 sources and "and 10 more"; the link to this chart is on the line below, with the date.
    expect(within(line).getAllByRole("link")).toHaveLength(4);
  });
  it("ChartsSection links each chart to a URL of the current view with chart=<id> and its anchor", async () => {
    await renderSection("?v=2&scope=nationwide");
    const link = within(document.querySelector("#chart-fiscal .chart__meta") as HTMLElement).getByRole("link", { name: "Link to this chart" });
    expect(link).toHaveAttribute("href", "/?v=2&chart=fiscal&scope=nationwide#chart-fiscal");
  });
  it("ChartsSection opens the linked chart's table when the link asks for it (table=1)", async () => {
    await renderSection("?v=2&chart=annual&table=1");
    expect(document.querySelectorAll("#chart-annual table[data-table=annual]")).toHaveLength(1);
    expect(document.querySelectorAll("table")).toHaveLength(1);
  });
  it("ChartsSection limits the time charts to the linked range", async () => {
    const { unmount } = await renderSection("?v=2&range=2024-09..2025-06&chart=homicides&table=1");
    expect(document.querySelectorAll("table[data-table=homicides] tbody tr")).toHaveLength(10);
    unmount();
    await renderSection("?v=2&range=2024-09..2025-06&chart=fentanyl&table=1");
    expect(document.querySelectorAll("table[data-table=fentanyl] tbody tr")).toHaveLength(10);
  });
});
