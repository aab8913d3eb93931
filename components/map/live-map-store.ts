import type { Map as MapLibreMap } from "maplibre-gl";

/**
 * The page's one live map, for the leaves that act on it without rendering it (the export menu):
 * they ask for it to start and wait until it is ready. Module state in the browser only.
 */
type Listener = () => void;

let current: MapLibreMap | null = null;
let startListener: Listener | null = null;
let waiters: { resolve: (map: MapLibreMap) => void; reject: (error: Error) => void }[] = [];

export const liveMapStore = {
  /** Called by the map frame: who starts the map when someone asks. */
  onStartRequest(listener: Listener): () => void {
    startListener = listener;
    return () => {
      if (startListener === listener) startListener = null;
    };
  },
  /** The frame reports the map ready (or gone: null). */
  setReady(map: MapLibreMap | null): void {
    current = map;
    if (!map) return;
    for (const w of waiters) w.resolve(map);
    waiters = [];
  },
  /** The frame reports that the map cannot start. */
  setFailed(error: Error): void {
    current = null;
    for (const w of waiters) w.reject(error);
    waiters = [];
  },
  /** The ready map, starting it first if the reader has not yet. */
  whenReady(): Promise<MapLibreMap> {
    if (current) return Promise.resolve(current);
    return new Promise((resolve, reject) => {
      waiters.push({ resolve, reject });
      startListener?.();
    });
  },
};
