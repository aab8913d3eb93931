import type { ReactNode } from "react";
import type { ChartFrameTexts } from "@/lib/charts/chart-plots";
import { defineChart } from "@/lib/charts/define-chart";
import type { PlotSpec } from "@/lib/charts/plot-spec";
import { pictureKey } from "@/lib/pictures/picture-source";
import type { Messages } from "@/lib/i18n/messages";
import type { ChartId, ViewState } from "@/lib/url/view-state";
import { ChartLink } from "../share/chart-link";
import { Picture } from "../view/picture";
import { ViewPatchLink } from "../view/view-patch-link";
import { PlotSlot } from "./plot-slot";

/** The props every chart's frame takes the same way: from lib/charts/chart-plots.ts and the view (charts-section). */
export interface FrameBasics {
  chartId: ChartId;
  /** Caption, note, caveats, sources and their date. */
  frame: ChartFrameTexts;
  /** In an embed (another site's frame): its links open outside the frame. */
  isEmbedded?: boolean;
  isTableOpen?: boolean;
  /** The view, which names the chart's parts sent once (lib/pictures/). */
  view: ViewState;
  t: Messages;
}

interface Props extends FrameBasics {
  controls?: ReactNode;
  plotSpec: PlotSpec;
}

/**
 * A chart as a self-contained figure: caption (title, subtitle with units, description), legend,
 * the plot (a picture drawn on the server, interactive once reached), its data table (in the page
 * only when the URL asks for it; otherwise a link to that view), the note, caveats and source line,
 * and "data as of" with the chart's link. Caption, legend, picture, table and notes are sent once
 * (components/view/picture.tsx); only the links that depend on the whole view are React's.
 */
export function ChartFrame({ chartId, isEmbedded = false, frame, controls, plotSpec, isTableOpen, view, t }: Props) {
  const def = defineChart(plotSpec);
  const id = `chart-${chartId}`;
  const part = (kind: `${"legend" | "chart" | "table" | "notes" | "embed-notes"}-${ChartId}`) => <Picture kind={kind} view={view} />;
  return (
    <figure className="chart" id={id} aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
      <Picture kind={`caption-${chartId}`} view={view} />
      {controls}
      {part(`legend-${chartId}`)}
      <PlotSlot
        kind={plotSpec.kind}
        dataSrc={pictureKey(`plot-${chartId}`, view)}
        heightPx={def.heightPx}
        exportMenu={{ chartId, download: t.export.download }}
      >
        {part(`chart-${chartId}`)}
      </PlotSlot>
      {isTableOpen ? (
        <div className="chart__table" data-table-open={chartId}>
          <ViewPatchLink patch={{ table: false }} hash={id} className="chart__table-toggle">
            {t.charts.hideTable}
          </ViewPatchLink>
          {part(`table-${chartId}`)}
        </div>
      ) : (
        <ViewPatchLink patch={{ chart: chartId, table: true }} hash={id} className="chart__table-toggle">
          {t.charts.showTable}
        </ViewPatchLink>
      )}
      {part(`${isEmbedded ? "embed-notes" : "notes"}-${chartId}`)}
      <p className="chart__meta small muted">
        {t.charts.dataAsOf(frame.asOf)}. <ChartLink chart={chartId} label={t.share.chartLink} isEmbedded={isEmbedded} />
      </p>
    </figure>
  );
}
