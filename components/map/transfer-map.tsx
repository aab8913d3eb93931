"use client";

import * as maplibregl from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import MapGL, { AttributionControl, Layer, NavigationControl, Source, type MapLayerMouseEvent, type MapRef } from "react-map-gl/maplibre";
import { padBounds } from "@/lib/map/bounds";
import { boundsForFilter, buildArcs, buildPlacePoints, type EventFilter } from "@/lib/map/features";
import { boundsOfSelection } from "@/lib/map/selection";
import type { MapModel } from "@/lib/map/model";
import { hatchPattern } from "@/lib/map/hatch";
import { ARCS_DASHED, ARCS_SOLID, ATTRIBUTION, buildArcOpacity, buildBaseStyle, buildSelectedStroke, HATCH_IMAGE, LABELS, LAYER, PLACES, SOURCE } from "@/lib/map/style";

maplibregl.setWorkerUrl("/maplibre-gl-worker.mjs");

/** The map cannot be panned away from the Americas: [west, south, east, north] in degrees. */
const MAX_BOUNDS: [number, number, number, number] = [-179, -10, -20, 80];

/** Padding around framed places, in CSS pixels. */
const FIT_PADDING_PX = 48;

interface Props {
  model: MapModel;
  event: EventFilter;
  selectedPlace: string | null;
  onSelectPlace: (id: string) => void;
  onReady?: () => void;
  label: string;
  descriptionId: string;
}

function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

declare global {
  interface Window {
    /** The live map, for the browser tests and for people poking at the page. */
    __atlasMap?: maplibregl.Map;
  }
}

/** The MapLibre map: basemap, arcs and markers for the chosen transfer, selection by click. */
export default function TransferMap({ model, event, selectedPlace, onSelectPlace, onReady, label, descriptionId }: Props) {
  const ref = useRef<MapRef>(null);
  const [isLoaded, setLoaded] = useState(false);
  const style = useMemo(() => buildBaseStyle(window.location.origin), []);
  const arcs = useMemo(() => buildArcs(model, event), [model, event]);
  const points = useMemo(() => buildPlacePoints(model, event), [model, event]);
  const arcOpacity = useMemo(() => buildArcOpacity(selectedPlace), [selectedPlace]);
  const stroke = useMemo(() => buildSelectedStroke(selectedPlace), [selectedPlace]);
  const arcsSolid = useMemo(() => ({ ...ARCS_SOLID, paint: { ...ARCS_SOLID.paint, "line-opacity": arcOpacity } }), [arcOpacity]);
  const arcsDashed = useMemo(() => ({ ...ARCS_DASHED, paint: { ...ARCS_DASHED.paint, "line-opacity": arcOpacity } }), [arcOpacity]);
  const places = useMemo(() => ({ ...PLACES, paint: { ...PLACES.paint, "circle-stroke-width": stroke } }), [stroke]);
  const initialBounds = useMemo(() => padBounds(boundsForFilter(model, event)!, 0.08), []); // eslint-disable-line react-hooks/exhaustive-deps -- only the first frame

  const handleLoad = useCallback(() => {
    const map = ref.current?.getMap();
    if (!map) return;
    if (!map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchPattern(8, [0, 158, 115]), { pixelRatio: 2 });
    window.__atlasMap = map;
    setLoaded(true);
  }, []);

  // Pennsylvania is drawn as the state only for the transfer that reported it.
  useEffect(() => {
    const map = ref.current?.getMap();
    if (!map || !isLoaded) return;
    const isVisible = points.features.some((f) => f.properties.isStateOnly);
    for (const id of [LAYER.paHatch, LAYER.paOutline]) map.setLayoutProperty(id, "visibility", isVisible ? "visible" : "none");
  }, [isLoaded, points]);

  // Frame the chosen transfer, or the routes of the chosen place.
  useEffect(() => {
    const map = ref.current?.getMap();
    if (!map || !isLoaded) return;
    const bounds = (selectedPlace && boundsOfSelection(model, event, selectedPlace)) || boundsForFilter(model, event);
    if (!bounds) return;
    map.fitBounds(padBounds(bounds, 0.04), { padding: FIT_PADDING_PX, maxZoom: 6, duration: prefersReducedMotion() ? 0 : 700 });
  }, [isLoaded, model, event, selectedPlace]);

  // Ready = our data sources loaded and the map idle after them.
  useEffect(() => {
    const map = ref.current?.getMap();
    if (!map || !isLoaded) return;
    let isCancelled = false;
    const check = () => {
      if (isCancelled) return;
      if (map.isSourceLoaded(SOURCE.arcs) && map.isSourceLoaded(SOURCE.places) && map.isSourceLoaded(SOURCE.countries)) {
        map.getContainer().dataset.ready = "true";
        onReady?.();
      } else map.once("idle", check);
    };
    map.getContainer().dataset.ready = "false";
    map.once("idle", check);
    return () => {
      isCancelled = true;
    };
  }, [isLoaded, arcs, points, onReady]);

  const handleClick = useCallback(
    (e: MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.id;
      if (typeof id === "string") onSelectPlace(id);
    },
    [onSelectPlace],
  );

  return (
    <MapGL
      ref={ref}
      mapLib={maplibregl}
      mapStyle={style}
      initialViewState={{ bounds: initialBounds }}
      minZoom={1.5}
      maxZoom={9}
      maxBounds={MAX_BOUNDS}
      dragRotate={false}
      touchPitch={false}
      interactiveLayerIds={[LAYER.places]}
      onClick={handleClick}
      onLoad={handleLoad}
      cursor="grab"
      attributionControl={false}
      style={{ width: "100%", height: "100%" }}
      aria-label={label}
      aria-describedby={descriptionId}
    >
      <AttributionControl compact={false} customAttribution={ATTRIBUTION} />
      <NavigationControl showCompass={false} />
      <Source id={SOURCE.arcs} type="geojson" data={arcs}>
        <Layer {...arcsDashed} />
        <Layer {...arcsSolid} />
      </Source>
      <Source id={SOURCE.places} type="geojson" data={points}>
        <Layer {...places} />
        <Layer {...LABELS} />
      </Source>
    </MapGL>
  );
}
