import type { Locale } from "../i18n/locale";
import { processOnce } from "../cache/process-once";
import { buildLookup, type Lookup } from "../data/lookup";
import { readValidatedData } from "../data/validated-data";
import { buildMapModel, type MapModel } from "../map/model";
import { buildMapScene, type MapScene } from "../map/scene";
import { buildPeopleModel, type PeopleModel } from "../people/model";
import { claimResultsOf } from "../stats/claim-check";
import { buildMoments, type Moment } from "../timeline/moments";
import { summarizeTransfers, type TransfersSummary } from "../transfers/summary";
import type { RequestContext } from "../url/canonical-request";
import { buildRequestContext } from "../url/request-context";
import type { Camera } from "../url/view-state";
import { loadBasemap } from "./basemap";

/**
 * What the pages derive from the dataset, computed once per server process and shared by its
 * bundles (lib/cache/process-once.ts): the data do not change while it runs (a data update is a
 * new build and a new process). No `server-only` marker: the static pictures' generator
 * (lib/pictures/markup.ts) reads these during server rendering of a client module; the check
 * scripts/check-client-bundle.mjs (run by every build) keeps them out of the
 * browser's JavaScript.
 */
const dataset = () => readValidatedData().dataset;

export const getMapModel = processOnce("map-model", (): MapModel => buildMapModel(dataset()));
/** What a link may name (event and place ids) and the months its range is cut to. */
export const getViewIds = processOnce("view-ids", (): RequestContext => buildRequestContext(getMapModel(), dataset()));
export const getLookup = processOnce("lookup", (): Lookup => buildLookup(dataset()));
export const getTransferSummary = processOnce("transfer-summary", (): TransfersSummary => summarizeTransfers(dataset()));
export const getClaimChecks = processOnce("claim-checks", () => claimResultsOf(dataset()));
/** Every moment of the timeline (its entries and the claims' shown statements), oldest first. */
export const getTimelineMoments = processOnce("timeline-moments", (): Moment[] => buildMoments(dataset().timeline, getClaimChecks()));
export const getPeopleModel = processOnce("people-model", (): PeopleModel => buildPeopleModel(dataset()));

/**
 * Distinct map scenes kept. A scene serves one render (the page's section, then its parts' markup,
 * which lib/pictures/markup.ts keeps as strings), so a few per page render running at once
 * (PAGE_RENDERS, 4 by default) are enough; more would only hold memory during a storm of new
 * camera links.
 */
const MAX_PICTURES = 16;
const pictures = processOnce("map-scenes", () => new Map<string, MapScene>());

/**
 * The server's map picture of a view, drawn once per distinct (event, place, camera) and kept
 * (oldest dropped first); the page and the picture's markup (lib/pictures/markup.ts) share it.
 */
export function getMapPictureScene(view: { event: string; place: string | null; camera: Camera | null; lang: Locale }): MapScene {
  const c = view.camera;
  // The language is in the key for the labels: a state's name differs ("Pensilvania").
  const key = `${view.lang}|${view.event}|${view.place ?? ""}|${c ? `${c.zoom}/${c.lat}/${c.lon}` : ""}`;
  const kept = pictures();
  const hit = kept.get(key);
  if (hit) return hit;
  // 1:110m land: the picture is a few hundred pixels wide, and the page stays light.
  const scene = buildMapScene(getMapModel(), view, loadBasemap("110m"), { kind: "picture" });
  if (kept.size >= MAX_PICTURES) kept.delete(kept.keys().next().value!);
  kept.set(key, scene);
  return scene;
}
