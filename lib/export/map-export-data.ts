import { formatDate } from "../format/format";
import type { Messages } from "../i18n/messages";
import type { LegendItem, MapLegendMark } from "../legend";
import type { MapModel } from "../map/model";
import { ATTRIBUTION } from "../map/style";
import { ink } from "../theme/ink";
import type { ViewState } from "../url/view-state";
import { buildMapExportStrings, type MapExportStrings } from "./export-strings";

/** What the map's image says about itself: title, legend, attribution and footer (the link is added in the browser). */
export interface MapImageMeta {
  title: string;
  subtitle: string;
  legend: LegendItem<MapLegendMark>[];
  attribution: string;
  footer: string[];
}

/**
 * What the map's download panel needs, fetched when the menu is first opened
 * (`/pictures/<build>/map-export?<view>`, lib/pictures/): the image's words for the view's transfer
 * filter, the data's date (part of the file name) and the panel's words.
 */
export interface MapExportData {
  meta: MapImageMeta;
  dataDate: string;
  strings: MapExportStrings;
}

export function buildMapExportData(model: MapModel, view: ViewState, dataDate: string, t: Messages): MapExportData {
  const locale = view.lang;
  const event = model.events.find((e) => e.id === view.event);
  const filterName = event ? t.map.transferOf(formatDate(locale, event.date)) : t.map.allTransfersPhrase;
  return {
    meta: {
      title: t.export.mapTitle(filterName),
      subtitle: t.export.mapSubtitle,
      legend: [
        ...model.events
          .filter((e) => view.event === "all" || e.id === view.event)
          .map((e) => ({ label: formatDate(locale, e.date, "short"), color: e.color, mark: "line" as const })),
        { label: t.export.mapLegendDisputed, color: ink("muted"), mark: "dashed" },
        { label: t.map.legendNotReported, color: ink("muted"), mark: "hollow" },
        { label: t.map.legendDeparture, color: ink("neutral"), mark: "dot" },
      ],
      attribution: ATTRIBUTION,
      footer: [`${t.footer.data(formatDate(locale, dataDate))} ${t.map.legendProxy}`],
    },
    dataDate,
    strings: buildMapExportStrings(t),
  };
}
