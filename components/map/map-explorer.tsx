"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { formatDate } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { buildPlacePoints } from "@/lib/map/features";
import type { MapModel } from "@/lib/map/model";
import type { Camera, ViewState } from "@/lib/url/view-state";
import { ShareButtons } from "../share/share-buttons";
import { useView } from "../view/view-context";
import type { Map as MapLibreMap } from "maplibre-gl";
import { ATTRIBUTION } from "@/lib/map/style";
import { SERIES_COLORS } from "@/lib/palette";
import { MapExportMenu } from "../export/map-export-menu";
import { EventFilter } from "./event-filter";
import { MapErrorBoundary } from "./map-error-boundary";
import { MapLegend } from "./map-legend";
import { PlaceDetail } from "./place-detail";
import { PlaceList } from "./place-list";

/** MapLibre loads after the first paint, in its own chunk; the frame keeps its size meanwhile. */
const TransferMap = dynamic(() => import("./transfer-map"), { ssr: false, loading: () => <MapMessage text={getMessages("en").map.loading} /> });

function MapMessage({ text }: { text: string }) {
  return <p className="map-message">{text}</p>;
}

/** The map, its event filter, the place list and the detail panel, all driven by the URL. */
export function MapExplorer({ model, dataDate, locale, isEmbed = false }: { model: MapModel; dataDate: string; locale: Locale; isEmbed?: boolean }) {
  const t = getMessages(locale);
  const { view, hrefOf, push, replace } = useView();
  const points = useMemo(() => buildPlacePoints(model, view.event), [model, view.event]);
  const visibleIds = useMemo(() => new Set(points.features.map((f) => f.properties.id)), [points]);
  const selected = view.place && visibleIds.has(view.place) ? view.place : null;
  const names = useMemo(() => new Map(model.places.map((p) => [p.id, p.name])), [model]);
  const departureEventCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const d of model.departures) if (view.event === "all" || d.eventId === view.event) counts.set(d.placeId, (counts.get(d.placeId) ?? 0) + 1);
    return counts;
  }, [model, view.event]);
  const listRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const handleMapLoad = useCallback((map: MapLibreMap) => {
    mapRef.current = map;
  }, []);
  const getMap = useCallback(() => mapRef.current, []);

  // A new transfer or place drops the camera: the map frames the choice, then writes its camera back.
  const go = useCallback((next: ViewState) => push({ ...next, camera: null }), [push]);
  const chooseEvent = useCallback((event: string) => go({ ...view, event, place: null }), [go, view]);
  const choosePlace = useCallback((place: string) => go({ ...view, place }), [go, view]);
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  }, [view]);
  const handleCameraChange = useCallback((camera: Camera) => replace({ ...viewRef.current, camera }), [replace]);

  // Map clicks select in the list too: bring the chosen item into view.
  useEffect(() => {
    if (!selected) return;
    listRef.current?.querySelector(`[data-place="${selected}"]`)?.scrollIntoView({ block: "nearest" });
  }, [selected]);

  const filterName = view.event === "all" ? t.map.allTransfersPhrase : t.map.transferOf(formatDate(locale, model.events.find((e) => e.id === view.event)!.date));
  const place = selected ? model.places.find((p) => p.id === selected) : undefined;
  return (
    <section className="card map-section" aria-labelledby="map-title">
      <div className="section-head">
        <h2 id="map-title">{t.map.title}</h2>
        {!isEmbed && <ShareButtons locale={locale} title={t.map.title} embedPath="/embed/map" />}
      </div>
      {!isEmbed && <p className="muted">{t.map.lede}</p>}
      <EventFilter events={model.events} current={view.event} hrefFor={(event) => hrefOf({ ...view, event, place: null, camera: null })} onChoose={chooseEvent} locale={locale} t={t} />
      <div className="map-layout">
        <div className="map-frame" role="region" aria-label={t.map.mapLabel} aria-describedby="map-description">
          <p id="map-description" className="visually-hidden">
            {t.map.mapDescription(filterName)}
          </p>
          <MapErrorBoundary fallback={<MapMessage text={t.map.failed} />}>
            <TransferMap model={model} event={view.event} selectedPlace={selected} camera={view.camera} onSelectPlace={choosePlace} onCameraChange={handleCameraChange} onMapLoad={handleMapLoad} label={t.map.mapLabel} descriptionId="map-description" />
          </MapErrorBoundary>
        </div>
        <div className="map-side" ref={listRef}>
          {place ? (
            <PlaceDetail model={model} place={place} event={view.event} onClose={() => go({ ...view, place: null })} closeHref={hrefOf({ ...view, place: null, camera: null })} locale={locale} t={t} />
          ) : (
            <p className="place-detail place-detail--empty muted">{t.map.detailEmpty}</p>
          )}
          <PlaceList
            points={points.features.map((f) => f.properties)}
            names={names}
            departureEventCounts={departureEventCounts}
            selected={selected}
            hrefFor={(id) => hrefOf({ ...view, place: id, camera: null })}
            onSelect={choosePlace}
            locale={locale}
            t={t}
          />
        </div>
      </div>
      <MapLegend events={model.events} locale={locale} t={t} />
      {!isEmbed && <MapExportMenu
        getMap={getMap}
        dataDate={dataDate}
        locale={locale}
        meta={{
          title: t.export.mapTitle(filterName),
          subtitle: t.export.mapSubtitle,
          legend: [
            ...model.events.filter((e) => view.event === "all" || e.id === view.event).map((e) => ({ label: formatDate(locale, e.date, "short"), color: e.color, mark: "line" as const })),
            { label: t.export.mapLegendDisputed, color: SERIES_COLORS.fentanyl, mark: "dashed" },
            { label: t.map.legendNotReported, color: SERIES_COLORS.fentanyl, mark: "hollow" },
            { label: t.map.legendDeparture, color: "#1b1f24", mark: "dot" },
          ],
          attribution: ATTRIBUTION,
          footer: [`${t.footer.data(formatDate(locale, dataDate))} ${t.map.legendProxy}`],
        }}
      />}
    </section>
  );
}
