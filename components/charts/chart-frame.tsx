import type { ReactNode } from "react";
import { defineChart } from "@/lib/charts/define-chart";
import type { PlotSpec } from "@/lib/charts/plot-spec";
import { toWire } from "@/lib/charts/wire";
import { buildChartExportStrings } from "@/lib/export/export-strings";
import type { ChartId, ViewState } from "@/lib/url/view-state";
import type { Messages } from "@/lib/i18n/messages";
import type { SourceRef } from "@/lib/map/model";
import { ChartLink } from "../share/chart-link";
import type { LegendItem } from "@/lib/legend";
import { Picture } from "../view/picture";
import { PlotSlot } from "./plot-slot";
import { ViewPatchLink } from "../view/view-patch-link";

/** The props every chart's frame takes the same way: from the chart catalogue and the view (charts-section). */
export interface FrameBasics {
  chartId: ChartId;
  title: string;
  subtitle: string;
  description: string;
  /** Where the full list of sources is, e.g. "/sources#topic-homicides". */
  allSourcesHref: string;
  /** The data's compile date, for stable export file names. */
  dataDate: string;
  /** In an embed (another site's frame): its links open outside the frame. */
  isEmbedded?: boolean;
  isTableOpen?: boolean;
  /** The view and the build, which name the chart's picture and legend (lib/pictures/). */
  view: ViewState;
  buildId: string;
  /** The legend's items, drawn by the legend picture and by the image export. */
  legend: readonly LegendItem[];
  t: Messages;
}

interface Props extends FrameBasics {
  note?: string;
  /** The series' caveats from data/series.json, behind a disclosure. */
  caveats?: readonly string[];
  sources: readonly SourceRef[];
  asOf: string;
  controls?: ReactNode;
  plotSpec: PlotSpec;
}

/** Sources named in the line under a chart; the rest are one link away on /sources. */
const MAX_LISTED_SOURCES = 3;

/**
 * A chart as a self-contained figure: title, subtitle with units, legend, the plot (a picture
 * drawn on the server, interactive once reached), its data table (in the page only when the URL
 * asks for it; otherwise a link to that view), and the source line with "data as of". The
 * picture, the legend and the table are sent once (components/view/picture.tsx).
 */
export function ChartFrame({
  chartId,
  isEmbedded = false,
  title,
  subtitle,
  description,
  legend,
  note,
  caveats,
  sources,
  allSourcesHref,
  asOf,
  controls,
  plotSpec,
  dataDate,
  isTableOpen,
  view,
  buildId,
  t,
}: Props) {
  const def = defineChart(plotSpec);
  const id = `chart-${chartId}`;
  const listed = sources.slice(0, MAX_LISTED_SOURCES);
  // The short title where the data give one; else the publisher without its parenthesis ("KVIA", not
  // "KVIA (Associated Press copy)"), or the title when two sources share a publisher. The link's
  // title and /sources keep the full record.
  const sourceText = (s: SourceRef) =>
    s.shortTitle ?? (sources.filter((o) => o.publisher === s.publisher).length > 1 ? s.title : s.publisher.replace(/\s*\(.*$/, ""));
  const more = sources.length - listed.length;
  const sourceLine = `${t.charts.source}: ${listed.map(sourceText).join("; ")}${more > 0 ? ` ${t.charts.moreSources(more)}` : ""}.`;
  return (
    <figure className="chart" id={id} aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p className="chart__subtitle">{subtitle}</p>
        <p id={`${id}-desc`} className="visually-hidden">
          {description}
        </p>
      </figcaption>
      {controls}
      <Picture kind={`legend-${chartId}`} view={view} buildId={buildId} t={t} />
      <PlotSlot
        wire={toWire(plotSpec)}
        heightPx={def.heightPx}
        label={t.charts.explore}
        failedText={t.charts.plotFailed}
        retryText={t.common.retry}
        exportMeta={{ chartId, title, subtitle, legend: [...legend], sourceLine, asOf, dataDate }}
        exportStrings={buildChartExportStrings(t)}
      >
        <Picture kind={`chart-${chartId}`} view={view} buildId={buildId} t={t} />
      </PlotSlot>
      {note && <p className="small muted">{note}</p>}
      {caveats && caveats.length > 0 && (
        <details className="chart__caveats small">
          <summary>{t.charts.caveats}</summary>
          <ul>
            {caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </details>
      )}
      {isTableOpen ? (
        <div className="chart__table" data-table-open={chartId}>
          <ViewPatchLink patch={{ table: false }} hash={id} className="chart__table-toggle">
            {t.charts.hideTable}
          </ViewPatchLink>
          <Picture kind={`table-${chartId}`} view={view} buildId={buildId} t={t} />
        </div>
      ) : (
        <ViewPatchLink patch={{ chart: chartId, table: true }} hash={id} className="chart__table-toggle">
          {t.charts.showTable}
        </ViewPatchLink>
      )}
      <p className="chart__source small muted">
        {t.charts.source}:{" "}
        {listed.map((s, i) => (
          <span key={s.id}>
            {i > 0 && "; "}
            <a href={s.url} rel="noopener noreferrer external" target="_blank" title={s.title}>
              {sourceText(s)}
            </a>
          </span>
        ))}
        {more > 0 && (
          <>
            {" "}
            <a href={allSourcesHref} target={isEmbedded ? "_blank" : undefined}>
              {t.charts.moreSources(more)}
            </a>
          </>
        )}
        .
      </p>
      <p className="chart__meta small muted">
        {t.charts.dataAsOf(asOf)}. <ChartLink chart={chartId} label={t.share.chartLink} isEmbedded={isEmbedded} />
      </p>
    </figure>
  );
}
