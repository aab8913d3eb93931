/** @jest-environment node */
import { loadBasemap } from "@/lib/load/basemap";
import { buildMapModel } from "@/lib/map/model";
import { mapPictureHtml, renderMapPicture } from "@/lib/map/picture-html";
import { buildMapScene } from "@/lib/map/scene";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";
import { expectSnapshotFile, normalizeMarkup } from "../../support/snapshot-file";

/**
 * The server's map picture of a few views, as files under __tests__/snapshots/map/: every
 * transfer, one transfer with a chosen place, and a linked camera (see support/snapshot-file.ts
 * for how a change is reviewed).
 */
const model = buildMapModel(loadDatasetSnapshot());
const basemap = loadBasemap("110m");

const VIEWS = {
  all: { event: "all", place: null, camera: null },
  "jan-2026-houston": { event: "ev2026-01", place: "us_houston", camera: null },
  camera: { event: "ev2025-02", place: null, camera: { zoom: 5, lat: 39, lon: -77, bearing: 0, pitch: 0 } },
} as const;

describe("map picture snapshots", () => {
  it.each(Object.entries(VIEWS))("the map picture of the view %s is unchanged", (name, view) => {
    const scene = buildMapScene(model, view, basemap, { kind: "picture" });
    const markup = mapPictureHtml(
      renderMapPicture(scene, { hrefOf: (id) => `/?v=2&place=${id}`, nameOf: (m) => `${m.label}: ${m.people} people`, alt: "Map of the transfers" }),
    );
    expectSnapshotFile(`map/${name}.html`, normalizeMarkup(markup));
  });
});
