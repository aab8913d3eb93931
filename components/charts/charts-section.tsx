import type { Dataset } from "@/lib/data/dataset";
import type { Messages } from "@/lib/i18n/messages";
import { buildChartPlots } from "@/lib/charts/chart-plots";
import type { ChartId, ViewState } from "@/lib/url/view-state";
import { Picture } from "../view/picture";
import { ChartFrame, type FrameBasics } from "./chart-frame";
import { FentanylCharts } from "./fentanyl-charts";

interface Props {
  data: Dataset;
  /** The view the page was opened with: range, linked chart, open table. */
  view: ViewState;
  /** Render one chart alone (the embed route); all of them when absent. */
  only?: ChartId;
  t: Messages;
}

/**
 * All statistical charts, rendered on the server for the view: frames, legends, a picture of each
 * plot (interactive once reached) and, when the view asks for it, one chart's data table. What
 * each chart plots, its legend and its words come from lib/charts/chart-plots.ts, as for the
 * parts of it that are sent once.
 */
export function ChartsSection({ data, view, only, t }: Props) {
  const shows = (id: ChartId) => !only || only === id;
  const { specs, frames } = buildChartPlots(data, view, t);
  /** The props every chart's frame takes the same way. */
  const frame = (id: ChartId): FrameBasics => ({
    isEmbedded: Boolean(only),
    chartId: id,
    isTableOpen: view.table && view.chart === id,
    frame: frames[id],
    view,
    t,
  });
  return (
    <section className="card charts" aria-labelledby="charts-title">
      {only ? (
        <h2 id="charts-title" className="visually-hidden">
          {t.charts.sectionTitle}
        </h2>
      ) : (
        // Heading and lede are sent once, in the HTML (components/view/picture.tsx).
        <Picture kind="charts-head" view={view} />
      )}
      <div className="chart-grid">
        {shows("transfers") && <ChartFrame {...frame("transfers")} plotSpec={specs.transfers} />}
        {shows("homicides") && <ChartFrame {...frame("homicides")} plotSpec={specs.homicides} />}
        {shows("annual") && <ChartFrame {...frame("annual")} plotSpec={specs.annual} />}
        {(shows("fentanyl") || shows("fiscal")) && (
          <FentanylCharts only={only === "fentanyl" || only === "fiscal" ? only : undefined} specs={specs} frame={frame} view={view} t={t} />
        )}
      </div>
    </section>
  );
}
