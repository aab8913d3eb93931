"use client";

import * as maplibregl from "maplibre-gl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Locale } from "@/lib/i18n/locale";
import MapGL, { AttributionControl, Layer, NavigationControl, Source, type ErrorEvent, type MapLayerMouseEvent, type MapRef } from "react-map-gl/maplibre";
import type { Bounds } from "@/lib/map/bounds";
import type { EventFilter } from "@/lib/map/features";
import { hatchPattern } from "@/lib/map/hatch";
import { FIT_PADDING_PX } from "@/lib/map/view-frame";
import { MAP_PALETTES } from "@/lib/theme/palette";
import { roundCamera, type Camera } from "@/lib/url/view-state";
import {
  ARCS_DASHED,
  ARCS_SOLID,
  ATTRIBUTION,
  buildArcOpacity,
  buildBaseStyle,
  buildSelectedStroke,
  HATCH_IMAGE,
  LABEL_OBSTACLES,
  OBSTACLE_IMAGE,
  OBSTACLE_IMAGE_PX,
  labelsLayer,
  LAYER,
  placesLayer,
  SOURCE,
} from "@/lib/map/style";
import { useResolvedTheme } from "../view/use-theme";

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

/** A map that has not loaded by then counts as failed (a stuck worker, a lost context). */
const START_LIMIT_MS = 45_000;

interface Props {
  event: EventFilter;
  selectedPlace: string | null;
  /** The camera from the URL; null = frame `fitBounds`. */
  camera: Camera | null;
  /** The box the view frames when it has no camera: the server computed it, the picture shows it. */
  fitBounds: Bounds;
  /** Pennsylvania is hatched when the view shows the state-only destination. */
  showPennsylvania: boolean;
  onSelectPlace: (id: string) => void;
  /** Called after the map settles (debounced), with the camera rounded as the URL stores it. */
  onCameraChange: (camera: Camera) => void;
  /** Our sources are loaded and drawn (each time the view changes). */
  onReady: (map: maplibregl.Map) => void;
  /** MapLibre cannot run here (no WebGL, worker blocked, context lost, too slow). */
  onFail: (error: Error) => void;
  label: string;
  /** The page's language: the place labels are drawn in it. */
  locale: Locale;
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

/** The transfer filter's GeoJSON, served by app/map-data (parsed in MapLibre's worker). */
const dataUrl = (event: EventFilter, layer: "arcs" | "places") => `${window.location.origin}/map-data/${encodeURIComponent(event)}/${layer}.json`;

/** The MapLibre map: basemap, arcs and markers for the chosen transfer, selection by click. */
export default function TransferMap({
  event,
  selectedPlace,
  camera,
  fitBounds,
  showPennsylvania,
  onSelectPlace,
  onCameraChange,
  onReady,
  onFail,
  label,
  locale,
  descriptionId,
}: Props) {
  const ref = useRef<MapRef>(null);
  const [isLoaded, setLoaded] = useState(false);
  // The page's scheme, live: react-map-gl diffs the new style in, keeping sources and camera.
  const palette = MAP_PALETTES[useResolvedTheme()];
  const style = useMemo(() => buildBaseStyle(window.location.origin, palette), [palette]);
  const labels = useMemo(() => labelsLayer(palette, locale), [palette, locale]);
  const arcs = useMemo(() => dataUrl(event, "arcs"), [event]);
  const points = useMemo(() => dataUrl(event, "places"), [event]);
  const arcOpacity = useMemo(() => buildArcOpacity(selectedPlace), [selectedPlace]);
  const stroke = useMemo(() => buildSelectedStroke(selectedPlace), [selectedPlace]);
  const arcsSolid = useMemo(() => ({ ...ARCS_SOLID, paint: { ...ARCS_SOLID.paint, "line-opacity": arcOpacity } }), [arcOpacity]);
  const arcsDashed = useMemo(() => ({ ...ARCS_DASHED, paint: { ...ARCS_DASHED.paint, "line-opacity": arcOpacity } }), [arcOpacity]);
  const places = useMemo(() => {
    const layer = placesLayer(palette);
    return { ...layer, paint: { ...layer.paint, "circle-stroke-width": stroke } };
  }, [palette, stroke]);
  // The first frame is the picture's: the linked camera, or the view's box fitted the same way.
  const initialViewState = useMemo(
    () =>
      camera
        ? { longitude: camera.lon, latitude: camera.lat, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch }
        : { bounds: fitBounds, fitBoundsOptions: { padding: FIT_PADDING_PX } },
    [], // eslint-disable-line react-hooks/exhaustive-deps -- only the first frame
  );
  const framed = useRef<{ event: string; place: string | null; camera: Camera | null } | null>(null);
  /** Pending camera write-back, and the camera the map is easing to because the URL said so. */
  const writeBack = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const urlCamera = useRef<Camera | null>(null);

  const handleLoad = useCallback(() => {
    const map = ref.current?.getMap();
    if (!map) return;
    const images: Record<string, () => { width: number; height: number; data: Uint8Array }> = {
      [HATCH_IMAGE]: () => hatchPattern(8, [0, 158, 115]),
      [OBSTACLE_IMAGE]: () => ({ width: OBSTACLE_IMAGE_PX, height: OBSTACLE_IMAGE_PX, data: new Uint8Array(OBSTACLE_IMAGE_PX * OBSTACLE_IMAGE_PX * 4) }),
    };
    const addImage = (id: string) => {
      if (images[id] && !map.hasImage(id)) map.addImage(id, images[id](), { pixelRatio: id === HATCH_IMAGE ? 2 : 1 });
    };
    Object.keys(images).forEach(addImage);
    // A scheme change that MapLibre cannot diff reloads the style, images included.
    map.on("styleimagemissing", (e) => addImage(e.id));
    window.__atlasMap = map;
    map.getCanvas().addEventListener("webglcontextlost", () => onFail(new Error("WebGL context lost")), { once: true });
    setLoaded(true);
  }, [onFail]);

  // Errors before the map has loaded mean it cannot start here (react-map-gl reports MapLibre's
  // constructor errors, a missing WebGL context and worker failures through onError).
  const handleError = useCallback(
    (e: ErrorEvent) => {
      if (!isLoaded) onFail(e.error instanceof Error ? e.error : new Error(String(e.error)));
    },
    [isLoaded, onFail],
  );
  useEffect(() => {
    if (isLoaded) return;
    const timer = setTimeout(() => onFail(new Error(`the map did not load within ${START_LIMIT_MS / 1000} s`)), START_LIMIT_MS);
    return () => clearTimeout(timer);
  }, [isLoaded, onFail]);

  // Pennsylvania is drawn as the state only for the transfer that reported it.
  useEffect(() => {
    const map = ref.current?.getMap();
    if (!map || !isLoaded) return;
    for (const id of [LAYER.paHatch, LAYER.paOutline]) map.setLayoutProperty(id, "visibility", showPennsylvania ? "visible" : "none");
  }, [isLoaded, showPennsylvania]);

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
    if (before === null) return; // initialViewState already framed this view
    if (before.event === event && before.place === selectedPlace && !before.camera) return;
    map.fitBounds(fitBounds, { padding: FIT_PADDING_PX, duration });
  }, [isLoaded, fitBounds, event, selectedPlace, camera]);

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
        onReady(map);
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
      onError={handleError}
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
        <Layer {...labels} />
        <Layer {...LABEL_OBSTACLES} />
      </Source>
    </MapGL>
  );
}
