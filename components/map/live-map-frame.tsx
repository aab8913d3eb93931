"use client";

import type { Map as MapLibreMap } from "maplibre-gl";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import type { Bounds } from "@/lib/map/bounds";
import type { Camera } from "@/lib/url/view-state";
import { ErrorBoundary } from "../view/error-boundary";
import { useView } from "../view/view-context";
import { liveMapStore } from "./live-map-store";

/** MapLibre and react-map-gl, in their own chunk, imported when the reader starts the map. */
const TransferMap = dynamic(() => import("./transfer-map"), { ssr: false });

const subscribeNever = () => () => {};

/** How long a link click holds camera write-backs if no new view arrives (a link to the same view). */
const NAVIGATION_HOLD_MS = 10_000;

/** picture: the server's drawing only; starting: MapLibre loading under it; live: MapLibre shown; failed: the picture stays. */
type Phase = "picture" | "starting" | "live" | "failed";

export interface LiveMapStrings {
  label: string;
  explore: string;
  loading: string;
  unavailable: string;
  retry: string;
}

interface Props {
  /** The server-drawn picture of the view (components/map/map-picture.tsx). */
  children: ReactNode;
  fitBounds: Bounds;
  showPennsylvania: boolean;
  descriptionId: string;
  strings: LiveMapStrings;
}

/**
 * The map frame: shows the picture, and starts MapLibre when the reader starts to use the map
 * (pointer down, wheel, touch or focus inside the frame, the "Explore the map" button, or an
 * export). MapLibre draws invisibly over the picture and is shown once its data are drawn, with
 * the same centre and zoom; if it cannot run, the picture stays with a message.
 */
export function LiveMapFrame({ children, fitBounds, showPennsylvania, descriptionId, strings }: Props) {
  const { view, push, replace } = useView();
  const [phase, setPhase] = useState<Phase>("picture");
  // False in the server HTML (the button would do nothing without JavaScript), true once hydrated.
  const isHydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const frameRef = useRef<HTMLElement>(null);
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  }, [view]);

  const start = useCallback(() => setPhase((p) => (p === "picture" ? "starting" : p)), []);
  useEffect(() => liveMapStore.onStartRequest(start), [start]);

  const phaseRef = useRef(phase);
  useEffect(() => {
    phaseRef.current = phase;
  }, [phase]);
  const handleReady = useCallback((map: MapLibreMap) => {
    if (phaseRef.current === "starting") {
      // Focus was in the frame (on the start button, which now goes): hand it to the map.
      const active = document.activeElement;
      if (active === document.body || active === null || frameRef.current?.contains(active)) map.getCanvas().focus();
    }
    setPhase((p) => (p === "failed" ? p : "live"));
    liveMapStore.setReady(map);
  }, []);
  const handleFail = useCallback((error: Error) => {
    console.warn(`interactive map unavailable: ${error.message}`);
    setPhase("failed");
    liveMapStore.setFailed(error);
  }, []);
  // While a soft navigation is under way, a camera write-back (replaceState of the old view) would
  // cancel it: hold write-backs from a link click or Back/Forward until the new view arrives.
  const navigatingSince = useRef(0);
  useEffect(() => {
    const markNavigating = (e: Event) => {
      const link = e instanceof MouseEvent ? (e.target as Element | null)?.closest?.("a[href]") : null;
      if (e.type === "popstate" || (link instanceof HTMLAnchorElement && link.origin === window.location.origin)) navigatingSince.current = performance.now();
    };
    document.addEventListener("click", markNavigating, true);
    window.addEventListener("popstate", markNavigating);
    return () => {
      document.removeEventListener("click", markNavigating, true);
      window.removeEventListener("popstate", markNavigating);
    };
  }, []);
  useEffect(() => {
    navigatingSince.current = 0;
  }, [view.event, view.place, view.scope, view.chart, view.table, view.lang]);
  const isNavigating = () => navigatingSince.current > 0 && performance.now() - navigatingSince.current < NAVIGATION_HOLD_MS;

  // A new transfer or place drops the camera: the map frames the choice, then writes its camera back.
  const handleSelectPlace = useCallback(
    (place: string) => {
      navigatingSince.current = performance.now();
      push({ ...viewRef.current, place, camera: null });
    },
    [push],
  );
  const handleCameraChange = useCallback(
    (camera: Camera) => {
      if (!isNavigating()) replace({ ...viewRef.current, camera });
    },
    [replace],
  );

  const isRunning = phase === "starting" || phase === "live";
  return (
    <section
      ref={frameRef}
      className={`map-frame map-frame--${phase}`}
      aria-label={strings.label}
      aria-describedby={descriptionId}
      onPointerDown={start}
      onWheel={start}
      onTouchStart={start}
      onFocus={start}
    >
      {children}
      {isRunning && (
        <div className="map-live" aria-hidden={phase === "starting" ? true : undefined}>
          <ErrorBoundary fallback={() => null} onError={handleFail}>
            <TransferMap
              event={view.event}
              selectedPlace={view.place}
              camera={view.camera}
              fitBounds={fitBounds}
              showPennsylvania={showPennsylvania}
              onSelectPlace={handleSelectPlace}
              onCameraChange={handleCameraChange}
              onReady={handleReady}
              onFail={handleFail}
              label={strings.label}
              locale={view.lang}
              descriptionId={descriptionId}
            />
          </ErrorBoundary>
        </div>
      )}
      {isHydrated && (phase === "picture" || phase === "starting") && (
        // Stays while MapLibre loads (it may hold keyboard focus, which then moves to the map).
        <button type="button" className="button map-start" onClick={start} aria-busy={phase === "starting"} data-map-start="">
          {phase === "starting" ? strings.loading : strings.explore}
        </button>
      )}
      {phase === "failed" && (
        <p className="map-status map-status--failed" role="status">
          {strings.unavailable}{" "}
          <button type="button" className="button" onClick={() => setPhase("starting")} data-map-retry="">
            {strings.retry}
          </button>
        </p>
      )}
    </section>
  );
}
