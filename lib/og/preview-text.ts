import type { Dataset } from "../data/dataset";
import { formatDate, formatMonthRange, formatNumber } from "../format/format";
import type { Locale } from "../i18n/locale";
import { listFormat } from "../format/intl-cache";
import { getMessages, type Messages } from "../i18n/messages";
import { placeLabel } from "../map/features";
import { buildMapModel, type MapModel } from "../map/model";
import { CHART_CATALOG } from "../charts/chart-catalog";
import { chartTexts } from "../series/chart-texts";
import type { ChartId, ViewState } from "../url/view-state";
import { claimResultsOf } from "../stats/claim-check";
import { latestClaimSentence } from "../texts/claim-outcome-text";
import { computeEventFacts, computeMapFacts, computePlaceFacts } from "./preview-facts";

/** The words of a link preview. `subtitle` is the second line on the image. */
export interface PreviewText {
  title: string;
  subtitle: string;
  description: string;
  /** Describes the image, text and map, for people who cannot see it. */
  alt: string;
}

/** Title and subtitle of a chart, as its frame on the page shows them. */
function chartText(data: Dataset, chart: ChartId, view: ViewState, t: Messages): { title: string; subtitle: string; description: string } {
  const scopeLabel =
    data.seriesMeta
      .find((m) => m.id === "fentanyl")
      ?.scopes.find((s) => s.id === view.scope)
      ?.label[view.lang].toLowerCase() ?? view.scope;
  const transfers = data.events.map((e) => `${formatDate(view.lang, e.date, "short")}: ${formatNumber(view.lang, e.people_count.value)}`).join(", ");
  const total = formatNumber(
    view.lang,
    data.events.reduce((sum, e) => sum + e.people_count.value, 0),
  );
  const c = t.charts;
  const { descriptions } = chartTexts(data, view.lang, t, scopeLabel, c.transfers.description(transfers, total));
  const text = {
    transfers: { title: c.transfers.title, subtitle: c.transfers.subtitle },
    homicides: { title: c.homicides.title, subtitle: c.homicides.subtitle },
    annual: { title: c.annual.title, subtitle: c.annual.subtitle },
    fentanyl: { title: c.fentanyl.title, subtitle: c.fentanyl.subtitle(scopeLabel) },
    fiscal: { title: c.fiscal.title, subtitle: c.fiscal.subtitle(scopeLabel) },
  }[chart];
  // Only the charts that take the range (the monthly series) are cut to it.
  const range = view.range && CHART_CATALOG[chart].takesRange ? ` · ${formatMonthRange(view.lang, view.range.from, view.range.to)}` : "";
  const series = chart === "homicides" || chart === "fentanyl" ? chart : null;
  const claim = series && latestClaimSentence(claimResultsOf(data), series, view.lang, t);
  return { ...text, description: claim ? `${descriptions[chart]} ${claim}` : descriptions[chart], subtitle: text.subtitle + range };
}

function mapAlt(model: MapModel, view: ViewState, s: Messages["preview"]): string {
  const facts = computeMapFacts(model, view.event);
  const event = model.events.find((e) => e.id === view.event);
  const what = event ? s.mapWhatEvent(formatDate(view.lang, event.date, "short")) : s.mapWhatAll(model.events.length);
  const place = view.place ? model.places.find((p) => p.id === view.place) : undefined;
  return [s.mapAlt(what, { ...facts, disputed: facts.disputedArcs }), place ? s.selectedAlt(place.name[view.lang]) : ""].filter(Boolean).join(" ");
}

function mapText(model: MapModel, view: ViewState, t: Messages, s: Messages["preview"]): Omit<PreviewText, "alt"> {
  const locale = view.lang;
  const date = (iso: string) => formatDate(locale, iso, "short");
  const list = (items: string[], type: "conjunction" | "disjunction" = "conjunction") => listFormat(locale, { type }).format(items);
  const place = view.place ? computePlaceFacts(model, view.place, view.event) : undefined;
  if (place) {
    const dates = s.transfersOn(list(place.events.map((e) => date(e.date))), place.events.length);
    const what =
      place.role === "departure"
        ? s.placeDeparture(place.events.length)
        : s.placePeople(formatNumber(locale, place.people), place.status, place.minReported === null ? null : formatNumber(locale, place.minReported));
    const notes = [
      dates,
      place.place.isProxy ? t.headline.proxy : place.place.isStateOnly ? t.headline.stateOnly : "",
      place.role === "destination" && place.isDisputed ? t.headline.disputed : "",
    ];
    return {
      title: `${place.place.name[locale]}: ${what}`,
      subtitle: notes.filter(Boolean).join(" · "),
      description: s.placeDescription(place.place.name[locale], place.role),
    };
  }
  const event = view.event === "all" ? undefined : computeEventFacts(model, view.event);
  if (event) {
    const departures = list(
      event.departures.map((p) => placeLabel(p, locale)),
      "disjunction",
    );
    return {
      title: s.eventTitle(date(event.event.date), formatNumber(locale, event.event.people), event.destinations.length),
      subtitle: `${s.eventSubtitle(event.sequence, event.transferCount, departures)} · ${s.countsReported(event.countsReported, event.destinations.length)}`,
      description: s.eventDescription(date(event.event.date), list(event.destinations.map((p) => p.name[locale]))),
    };
  }
  const total = model.events.reduce((sum, e) => sum + e.people, 0);
  const perEvent = model.events.map((e) => s.peopleOnDate(formatNumber(locale, e.people), date(e.date)));
  // No-break spaces keep "26 on Aug 12, 2025" on one line of the image.
  const subtitle = perEvent.map((x) => x.replaceAll(" ", "\u00a0")).join(" · ");
  return { title: t.headline.title(formatNumber(locale, total), model.events.length), subtitle, description: s.allDescription(list(perEvent)) };
}

/**
 * The preview's words for a view, every number counted from the data: the chart's title when
 * the link points at a chart, else the selected place, else the selected transfer, else the
 * headline over all transfers.
 * Example: buildPreviewText(data, { ...DEFAULT_VIEW, event: "ev2026-01" }, "en").title
 *   === "Jan 20, 2026: 37 people flown from Mexico to 6 U.S. destinations".
 */
export function buildPreviewText(data: Dataset, view: ViewState, locale: Locale): PreviewText {
  const t = getMessages(locale);
  const s = t.preview;
  const model = buildMapModel(data);
  const localized = { ...view, lang: locale };
  const text = view.chart ? chartText(data, view.chart, localized, t) : mapText(model, localized, t, s);
  return { ...text, alt: `${text.title}. ${mapAlt(model, localized, s)}` };
}

/** The source line printed on the image: where the data comes from, and the basemap's credit. */
export function buildAttribution(data: Dataset, locale: Locale): string {
  return `${getMessages(locale).preview.dataLine(formatDate(locale, data.meta.compiled, "short"))} · ${getMessages(locale).map.attribution}`;
}
