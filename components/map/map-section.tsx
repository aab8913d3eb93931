import { formatDate, formatNumber } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import type { MapModel } from "@/lib/map/model";
import type { MapScene, SceneMarker } from "@/lib/map/scene";
import { ATTRIBUTION } from "@/lib/map/style";
import { ink } from "@/lib/theme/ink";
import { toSearch, type ViewState } from "@/lib/url/view-state";
import { MapExportMenu } from "../export/map-export-menu";
import { ShareButtons } from "../share/share-buttons";
import { EventFilter } from "./event-filter";
import { LiveMapFrame } from "./live-map-frame";
import { MapLegend } from "./map-legend";
import { MapPicture } from "./map-picture";
import { PlaceDetail } from "./place-detail";
import { PlaceList } from "./place-list";
import { buildMapExportStrings } from "@/lib/export/export-strings";

interface Props {
  model: MapModel;
  view: ViewState;
  scene: MapScene;
  /** The route the view's links point at: "/" or "/embed/map". */
  path: string;
  dataDate: string;
  locale: Locale;
  t: Messages;
  isEmbed?: boolean;
}

/**
 * The map section, rendered on the server for the linked view: event filter, the map picture
 * (the live map takes its place on demand), the place list and the detail panel. Every choice is
 * a link to a view; with JavaScript it is a soft navigation, and the server renders the new view.
 */
export function MapSection({ model, view, scene, path, dataDate, locale, t, isEmbed = false }: Props) {
  const hrefOf = (next: ViewState) => `${path}${toSearch(next)}`;
  const placeHref = (id: string) => hrefOf({ ...view, place: id, camera: null });
  const filterName =
    view.event === "all" ? t.map.allTransfersPhrase : t.map.transferOf(formatDate(locale, model.events.find((e) => e.id === view.event)!.date));
  const place = view.place ? model.places.find((p) => p.id === view.place) : undefined;
  const names = new Map(model.places.map((p) => [p.id, p.name]));
  const departureEventCounts = new Map<string, number>();
  for (const d of model.departures)
    if (view.event === "all" || d.eventId === view.event) departureEventCounts.set(d.placeId, (departureEventCounts.get(d.placeId) ?? 0) + 1);
  const summaryOf = (m: Pick<SceneMarker, "id" | "role" | "people" | "countStatus">) =>
    m.role === "departure" ? t.map.departureSummary(departureEventCounts.get(m.id) ?? 0) : t.map.peopleSummary(formatNumber(locale, m.people), m.countStatus);
  const alt = t.map.pictureAlt(filterName, place?.name ?? null, scene.markers.length);
  return (
    <section className="card map-section" aria-labelledby="map-title">
      <div className="section-head">
        <h2 id="map-title">{t.map.title}</h2>
        {!isEmbed && <ShareButtons strings={t.share} title={t.map.title} embedPath="/embed/map" />}
      </div>
      {!isEmbed && <p className="muted">{t.map.lede}</p>}
      <EventFilter
        events={model.events}
        current={view.event}
        hrefFor={(event) => hrefOf({ ...view, event, place: null, camera: null })}
        locale={locale}
        t={t}
      />
      <div className="map-layout">
        <LiveMapFrame
          fitBounds={scene.fitBounds}
          showPennsylvania={scene.pennsylvania !== ""}
          descriptionId="map-description"
          strings={{ label: t.map.mapLabel, explore: t.map.explore, loading: t.map.loading, unavailable: t.map.unavailable, retry: t.common.retry }}
        >
          <p id="map-description" className="visually-hidden">
            {t.map.mapDescription(filterName)}
          </p>
          <MapPicture scene={scene} hrefOf={placeHref} nameOf={(m) => `${names.get(m.id) ?? m.label}: ${summaryOf(m)}`} alt={alt} />
        </LiveMapFrame>
        <div className="map-side">
          {place ? (
            <PlaceDetail model={model} place={place} event={view.event} closeHref={hrefOf({ ...view, place: null, camera: null })} locale={locale} t={t} />
          ) : (
            <p className="place-detail place-detail--empty muted">{t.map.detailEmpty}</p>
          )}
          <PlaceList markers={scene.markers} names={names} selected={view.place} hrefFor={placeHref} summaryOf={summaryOf} t={t} />
        </div>
      </div>
      <MapLegend events={model.events} locale={locale} t={t} />
      {!isEmbed && (
        <MapExportMenu
          summary={t.export.downloadMap}
          dataDate={dataDate}
          strings={buildMapExportStrings(t)}
          meta={{
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
          }}
        />
      )}
    </section>
  );
}
