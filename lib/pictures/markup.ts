import { ByteLru } from "../cache/byte-lru";
import { processOnce } from "../cache/process-once";
import { buildChartPlots, type ChartPlots } from "../charts/chart-plots";
import { defineChart } from "../charts/define-chart";
import { chartLegendHtml } from "../charts/legend-html";
import { ChartMarkList, ChartsHead } from "../texts/chart-marks";
import { timelineHref } from "../url/timeline-href";
import { chartPictureHtml } from "../charts/picture-svg";
import { withoutLinks } from "../charts/unlinked-spec";
import { toWire } from "../charts/wire";
import type { PlotData } from "../charts/plot-data";
import type { ChartExportMeta } from "../export/chart-export-meta";
import { buildChartExportStrings } from "../export/export-strings";
import { buildMapExportData } from "../export/map-export-data";
import { readValidatedData } from "../data/validated-data";
import { xmlElement } from "../export/xml";
import { getMessages, type Messages } from "../i18n/messages";
import { getBuildId } from "../load/build-id";
import { getClaimChecks, getLookup, getMapModel, getMapPictureScene, getPeopleModel, getTransferSummary, getViewIds } from "../load/derived";
import { ChartCaption, ChartNotes, chartSourceLine } from "../texts/chart-notes";
import { ClaimChecks } from "../texts/claim-checks";
import { DataTable } from "../texts/data-table";
import { DiscrepancyList } from "../texts/discrepancy-list";
import { EventFilter } from "../texts/event-filter";
import { Hero } from "../texts/hero";
import { MapSide } from "../texts/map-side";
import { LatestTransfer } from "../texts/latest-transfer";
import { SourceList } from "../texts/source-list";
import { TransfersTable } from "../texts/transfers-table";
import { mapLegendHtml } from "../map/legend-html";
import { mapPictureHtml, renderMapPicture } from "../map/picture-html";
import { mapViewTexts } from "../map/view-texts";
import { inkStyleSheet } from "../theme/ink";
import { DEFAULT_VIEW, parseViewState, toSearch, type ViewState } from "../url/view-state";
import { buildStatusExportData } from "../export/status-export-data";
import { embedLinks } from "./embed-links";
import { drawPeoplePart } from "./people-parts";
import { drawTimelinePart } from "./timeline-parts";
import { chartPartOf, isPictureKind, MAP_PICTURE_PATHS, PICTURES_PREFIX, picturesBase, pictureView, type PictureKind } from "./picture-source";

/**
 * The generator of the static pictures: the markup of a picture from its kind and view, drawn by
 * the plain string renderers of lib/map and lib/charts, and the texts of lib/texts (JSX rendered
 * to strings by lib/html/jsx-runtime.ts). It runs on the server only, in two places:
 * the server branch of components/view/static-markup.tsx (the page's HTML) and the picture route
 * (app/pictures/[build]/[kind]/route.ts, a client-side view change). So that the first can reach
 * it, neither it nor anything it imports carries the `server-only` marker (the one exception to
 * the layer rules, README "Architecture"); scripts/check-client-bundle.mjs (run by every build) checks that its
 * marker string, and those of the renderers, never reach the browser's JavaScript.
 */
export const GENERATOR_MARKER = "static picture generator: no picture of kind";

/** Markup kept per process (the picture route's responses are cached again, compressed, by the front server). */
const KEPT_BYTES = 4 * 1024 * 1024;
const kept = processOnce("picture-markup", () => new ByteLru<{ bytes: number; html: string }>(KEPT_BYTES));

/** The markup of the picture of `kind` for `view` (reduced to what the kind draws), drawn once per distinct picture. */
export function pictureMarkup(kind: PictureKind, view: ViewState): string {
  const drawn = pictureView(kind, view);
  const key = `${kind}|${JSON.stringify(drawn)}`;
  const hit = kept().get(key);
  if (hit) return hit.html;
  const html = draw(kind, drawn);
  kept().set(key, { bytes: html.length * 2, html });
  return html;
}

/**
 * The kind and view a picture address names ("/pictures/<build>/<kind>?<view>"; the query parsed
 * like a page's, so it never throws), or null when its kind is not a picture's or its build is
 * not `build`.
 */
export function parsePictureSrc(src: string, build: string): { kind: PictureKind; view: ViewState } | null {
  const url = new URL(src, "http://picture.invalid");
  const [at, kind, ...rest] = url.pathname.slice(PICTURES_PREFIX.length).split("/");
  if (!url.pathname.startsWith(PICTURES_PREFIX) || at !== build || kind === undefined || rest.length > 0 || !isPictureKind(kind)) return null;
  return { kind, view: parseViewState(url.searchParams, getViewIds()).view };
}

/** The markup of a picture of this build by its key ("map-legend?v=2&lang=es"); throws for a key that names none (a page hands out only good ones). */
export function renderPictureKey(key: string): string {
  const picture = parsePictureSrc(`${picturesBase(getBuildId())}${key}`, getBuildId());
  if (!picture) throw new Error(`${GENERATOR_MARKER} at ${key}`);
  return pictureMarkup(picture.kind, picture.view);
}

/**
 * What a view's charts plot and say, once per distinct view a chart part draws (the parts of one
 * page ask for the same few: about 25 chart parts on `/`, from 2 or 3 distinct views).
 */
const PLOTS_KEPT = 32;
const plotsKept = processOnce("chart-plots", () => new Map<string, ChartPlots>());
function chartPlotsOf(view: ViewState, t: Messages): ChartPlots {
  const key = JSON.stringify(view);
  const kept = plotsKept();
  let plots = kept.get(key);
  if (!plots) {
    plots = buildChartPlots(readValidatedData().dataset, view, t);
    if (kept.size >= PLOTS_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(key, plots);
  }
  return plots;
}

function draw(kind: PictureKind, view: ViewState): string {
  const t = getMessages(view.lang);
  const locale = view.lang;
  const data = readValidatedData().dataset;
  const model = getMapModel();
  if (kind === "ink") return inkStyleSheet();
  if (kind === "notice-words") return JSON.stringify(t.notice);
  if (kind === "hero") return String(Hero({ summary: getTransferSummary(), locale, t }));
  if (kind === "charts-head") return String(ChartsHead({ timelineHref: timelineHref({ ...DEFAULT_VIEW, lang: locale }), t }));
  if (kind === "map-export") return JSON.stringify(buildMapExportData(model, view, data.meta.compiled, t));
  if (kind === "map" || kind === "embed-map") {
    const scene = getMapPictureScene(view);
    const texts = mapViewTexts(model, view, scene, MAP_PICTURE_PATHS[kind], locale, t);
    return mapPictureHtml(
      renderMapPicture(scene, { hrefOf: texts.placeHref, nameOf: (m) => `${texts.names.get(m.id) ?? m.label}: ${texts.summaryOf(m)}`, alt: texts.alt }),
    );
  }
  if (kind === "map-legend") return mapLegendHtml(model.events, view.lang, t);
  if (kind === "map-filter" || kind === "embed-map-filter") {
    const path = MAP_PICTURE_PATHS[kind];
    const hrefFor = (event: string) => `${path}${toSearch({ ...view, event, place: null, camera: null })}`;
    return String(EventFilter({ events: model.events, current: view.event, hrefFor, locale: view.lang, t }));
  }
  if (kind === "map-side" || kind === "embed-map-side") {
    const path = MAP_PICTURE_PATHS[kind];
    const scene = getMapPictureScene(view);
    const texts = mapViewTexts(model, view, scene, path, view.lang, t);
    const place = view.place ? model.places.find((p) => p.id === view.place) : undefined;
    return String(
      MapSide({
        model,
        place,
        event: view.event,
        markers: scene.markers,
        texts,
        closeHref: `${path}${toSearch({ ...view, place: null, camera: null })}`,
        locale: view.lang,
        t,
      }),
    );
  }
  if (kind === "latest-transfer")
    return String(LatestTransfer({ event: getTransferSummary().latest, discrepancies: data.discrepancies, lookup: getLookup(), locale, t }));
  if (kind === "transfers-table") return String(TransfersTable({ events: data.events, lookup: getLookup(), locale, t }));
  if (kind === "claim-checks" || kind === "claims-full") {
    const search = toSearch({ ...DEFAULT_VIEW, lang: locale });
    return String(
      ClaimChecks({
        checks: getClaimChecks(),
        full: kind === "claims-full",
        csvHref: `/claims.csv${search}`,
        claimsHref: `/claims${search}`,
        lookup: getLookup(),
        locale,
        t,
      }),
    );
  }
  if (kind === "sources-discrepancies")
    return String(DiscrepancyList({ discrepancies: data.discrepancies, events: data.events, lookup: getLookup(), locale, t }));
  if (kind === "timeline-axis" || kind === "timeline-list") return drawTimelinePart(kind, view, t);
  if (kind === "sources-list") return String(SourceList({ sources: data.sources, locale, t }));
  if (kind === "people-summary" || kind === "people-table" || kind === "person-case") return drawPeoplePart(kind, view, t);
  if (kind === "people-status-export") return JSON.stringify(buildStatusExportData(getPeopleModel(), view, t));
  if (kind === "embed-people-table") return embedLinks(drawPeoplePart("people-table", view, t));
  if (kind === "embed-person-case") return embedLinks(drawPeoplePart("person-case", view, t));
  const of = chartPartOf(kind);
  if (!of) throw new Error(`${GENERATOR_MARKER} "${kind}"`);
  const { part, chart } = of;
  const plots = chartPlotsOf(view, t);
  if (part === "plot") {
    const frame = plots.frames[chart];
    const meta: ChartExportMeta = {
      chartId: chart,
      title: frame.title,
      subtitle: frame.subtitle,
      legend: plots.legends[chart],
      sourceLine: chartSourceLine(frame.sources, t),
      asOf: frame.asOf,
      dataDate: data.meta.compiled,
    };
    return JSON.stringify({ spec: toWire(plots.specs[chart]), meta, exportStrings: buildChartExportStrings(t) } satisfies PlotData);
  }
  if (part === "legend") return xmlElement("ul", { class: "chart__legend" }, chartLegendHtml(plots.legends[chart]));
  if (part === "table") {
    const spec = plots.specs[chart];
    const table = String(DataTable({ chart, rows: spec.props.rows as never, locale, t, partialLabel: plots.texts.fiscalPartial }));
    return "annotations" in spec.props ? table + String(ChartMarkList({ id: `chart-${chart}`, marks: spec.props.annotations, t })) : table;
  }
  if (part === "caption") return String(ChartCaption({ id: `chart-${chart}`, frame: plots.frames[chart] }));
  if (part === "notes" || part === "embed-notes") return String(ChartNotes({ frame: plots.frames[chart], isEmbedded: part === "embed-notes", t }));
  // The picture is one image until a reader reaches for the chart; its marks' links come with the
  // live chart, the legend and the table's list, so the first paint does not carry them twice.
  return chartPictureHtml(defineChart(withoutLinks(plots.specs[chart])), { hatchId: `hatch-${chart}`, descriptionId: `chart-${chart}-desc` });
}
