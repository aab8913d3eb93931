import "server-only";
import { buildLookup, type Lookup } from "../data/lookup";
import { buildMapModel, type MapModel } from "../map/model";
import { buildMapScene, type MapScene } from "../map/scene";
import { computeClaimChecks } from "../stats/claim-check";
import { summarizeTransfers, type TransfersSummary } from "../transfers/summary";
import type { RequestContext } from "../url/canonical-request";
import { buildRequestContext } from "../url/request-context";
import type { Camera } from "../url/view-state";
import { loadDataset } from "./dataset";
import { loadBasemap } from "./basemap";

/**
 * What the pages derive from the dataset, computed once per server process: the data do not
 * change while it runs (a data update is a new build and a new process).
 */
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  let isBuilt = false;
  return () => {
    if (!isBuilt) [value, isBuilt] = [build(), true];
    return value as T;
  };
}

export const getMapModel = once((): MapModel => buildMapModel(loadDataset()));
/** What a link may name (event and place ids) and the months its range is cut to. */
export const getViewIds = once((): RequestContext => buildRequestContext(getMapModel(), loadDataset()));
export const getLookup = once((): Lookup => buildLookup(loadDataset()));
export const getTransferSummary = once((): TransfersSummary => summarizeTransfers(loadDataset()));
export const getClaimChecks = once(() => computeClaimChecks(loadDataset().claims, loadDataset()));

/** Distinct map pictures kept; a link's view has at most (1 + events) x (1 + places) fitted pictures plus camera ones. */
const MAX_PICTURES = 256;
const pictures = new Map<string, MapScene>();

/** The server's map picture of a view, drawn once per distinct (event, place, camera) and kept (oldest dropped first). */
export function getMapPictureScene(view: { event: string; place: string | null; camera: Camera | null }): MapScene {
  const c = view.camera;
  const key = `${view.event}|${view.place ?? ""}|${c ? `${c.zoom}/${c.lat}/${c.lon}` : ""}`;
  const hit = pictures.get(key);
  if (hit) return hit;
  // 1:110m land: the picture is a few hundred pixels wide, and the page stays light.
  const scene = buildMapScene(getMapModel(), view, loadBasemap("110m"), { kind: "picture" });
  if (pictures.size >= MAX_PICTURES) pictures.delete(pictures.keys().next().value!);
  pictures.set(key, scene);
  return scene;
}
