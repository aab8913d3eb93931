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
import { roundCamera, type Camera } from "@/lib/url/view-state";
import { ARCS_DASHED, ARCS_SOLID, ATTRIBUTION, buildArcOpacity, buildBaseStyle, buildSelectedStroke, HATCH_IMAGE, LABELS, LAYER, PLACES, SOURCE } from "@/lib/map/style";

maplibregl.setWorkerUrl("/maplibre-gl-worker.mjs");

/** The map cannot be panned away from the Americas: [west, south, east, north] in degrees. */
const MAX_BOUNDS: [number, number, number, number] = [-179, -10, -20, 80];

/** Wait after the map settles before writing its camera to the URL. */
const CAMERA_DEBOUNCE_MS = 300;

function readCamera(map: maplibregl.Map): Camera {
  const c = map.getCenter();
  return roundCamera({ zoom: map.getZoom(), lat: c.lat, lon: c.lng, bearing: map.getBearing(), pitch: map.getPitch() });
}

function sameCamera(a: Camera, b: Camera): boolean {
  return a.zoom === b.zoom && a.lat === b.lat && a.lon === b.lon && a.bearing === b.bearing && a.pitch === b.pitch;
}

/** Padding around framed places, in CSS pixels. */
const FIT_PADDING_PX = 48;

interface Props {
  model: MapModel;
  event: EventFilter;
  selectedPlace: string | null;
  /** The camera from the URL; null = frame the chosen transfer or place. */
  camera: Camera | null;
  onSelectPlace: (id: string) => void;
  /** Called after the map settles (debounced), with the camera rounded as the URL stores it. */
  onCameraChange: (camera: Camera) => void;
  onReady?: () => void;
  /** Hands the live map to the export menu once it has loaded. */
  onMapLoad?: (map: maplibregl.Map) => void;
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
export default function TransferMap({ model, event, selectedPlace, camera, onSelectPlace, onCameraChange, onReady, onMapLoad, label, descriptionId }: Props) {
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
  // The first frame: the linked camera, or the chosen transfer framed.
  const initialViewState = useMemo(
    () => (camera ? { longitude: camera.lon, latitude: camera.lat, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch } : { bounds: padBounds(boundsForFilter(model, event)!, 0.08) }),
    [], // eslint-disable-line react-hooks/exhaustive-deps -- only the first frame
  );
  const framed = useRef<{ event: string; place: string | null; camera: Camera | null } | null>(null);
  /** Pending camera write-back, and the camera the map is easing to because the URL said so. */
  const writeBack = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const urlCamera = useRef<Camera | null>(null);

  const handleLoad = useCallback(() => {
    const map = ref.current?.getMap();
    if (!map) return;
    if (!map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchPattern(8, [0, 158, 115]), { pixelRatio: 2 });
    window.__atlasMap = map;
    onMapLoad?.(map);
    setLoaded(true);
  }, [onMapLoad]);

  // Pennsylvania is drawn as the state only for the transfer that reported it.
  useEffect(() => {
    const map = ref.current?.getMap();
    if (!map || !isLoaded) return;
    const isVisible = points.features.some((f) => f.properties.isStateOnly);
    for (const id of [LAYER.paHatch, LAYER.paOutline]) map.setLayoutProperty(id, "visibility", isVisible ? "visible" : "none");
  }, [isLoaded, points]);

  // Follow the URL. A new transfer or place without a camera: frame it. A camera in the URL (a
  // deep link, Back/Forward): go there. The map's own moves come back here equal and do nothing.
  useEffect(() => {
    const map = ref.current?.getMap();
    if (!map || !isLoaded) return;
    // A camera write-back scheduled for the previous view must not land on this one.
    clearTimeout(writeBack.current);
    const before = framed.current;
    framed.current = { event, place: selectedPlace, camera };
    const duration = prefersReducedMotion() ? 0 : 700;
    if (camera) {
      if (!sameCamera(readCamera(map), camera)) {
        urlCamera.current = camera;
        map.easeTo({ center: [camera.lon, camera.lat], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch, duration });
      }
      return;
    }
    const isFirst = before === null;
    if (isFirst && !selectedPlace) return; // initialViewState already framed the transfer
    if (!isFirst && before.event === event && before.place === selectedPlace) return;
    const bounds = (selectedPlace && boundsOfSelection(model, event, selectedPlace)) || boundsForFilter(model, event);
    if (bounds) map.fitBounds(padBounds(bounds, 0.04), { padding: FIT_PADDING_PX, maxZoom: 6, duration });
  }, [isLoaded, model, event, selectedPlace, camera]);

  // Write the camera back to the URL once the map settles (replaceState: no history entry).
  // Moves made to follow the URL (Back/Forward, a deep link) are not written back.
  useEffect(() => {
    const map = ref.current?.getMap();
    if (!map || !isLoaded) return;
    const handleMoveEnd = () => {
      clearTimeout(writeBack.current);
      writeBack.current = setTimeout(() => {
        if (map.isMoving()) return;
        const now = readCamera(map);
        const target = urlCamera.current;
        urlCamera.current = null;
        if (target && sameCamera(now, target)) return;
        onCameraChange(now);
      }, CAMERA_DEBOUNCE_MS);
    };
    map.on("moveend", handleMoveEnd);
    return () => {
      clearTimeout(writeBack.current);
      map.off("moveend", handleMoveEnd);
    };
  }, [isLoaded, onCameraChange]);

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
      initialViewState={initialViewState}
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
