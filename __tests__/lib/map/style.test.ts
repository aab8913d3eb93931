/** @jest-environment node */
import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { LayerSpecification, StyleSpecification } from "maplibre-gl";
import { buildArcs, buildPlacePoints } from "@/lib/map/features";
import { buildMapModel } from "@/lib/map/model";
import {
  ARCS_DASHED,
  ARCS_SOLID,
  buildArcOpacity,
  buildBaseStyle,
  buildSelectedStroke,
  LABEL_OBSTACLES,
  labelsLayer,
  LAYER,
  palettePaint,
  placesLayer,
  SOURCE,
} from "@/lib/map/style";
import { MAP_PALETTES } from "@/lib/theme/palette";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const PLACES = placesLayer(MAP_PALETTES.light);
const LABELS = labelsLayer(MAP_PALETTES.light);

/** The base style plus the arcs and places sources (real data) and the given overlay layers. */
function makeFullStyle(layers: LayerSpecification[]): StyleSpecification {
  const model = buildMapModel(loadDatasetSnapshot());
  const base = buildBaseStyle("http://localhost", MAP_PALETTES.light);
  return {
    ...base,
    sources: {
      ...base.sources,
      [SOURCE.arcs]: { type: "geojson", data: buildArcs(model, "all") },
      [SOURCE.places]: { type: "geojson", data: buildPlacePoints(model, "all") },
    },
    layers: [...base.layers, ...layers],
  };
}

/** The validator's messages only, so a failure prints what is wrong. */
const validate = (style: StyleSpecification) => validateStyleMin(style).map((e) => e.message);

describe(buildBaseStyle, () => {
  it("buildBaseStyle passes the MapLibre style validator on its own", () => {
    expect(validate(buildBaseStyle("http://localhost", MAP_PALETTES.light))).toEqual([]);
  });

  it("buildBaseStyle and the marker and label layers pass the validator in the dark scheme, with its colours", () => {
    const dark = MAP_PALETTES.dark;
    const style = buildBaseStyle("http://localhost", dark);
    expect(validate({ ...style, layers: [...style.layers] })).toEqual([]);
    expect(style.layers.find((l) => l.id === LAYER.water)).toMatchObject({ paint: { "background-color": dark.water } });
    expect(JSON.stringify(placesLayer(dark).paint)).toContain(dark.halo);
    expect(labelsLayer(dark).paint).toMatchObject({ "text-color": dark.text, "text-halo-color": dark.halo });
  });

  it("buildBaseStyle makes every data and font URL absolute on the given origin", () => {
    const style = buildBaseStyle("https://atlas.example", MAP_PALETTES.light);
    const urls = [...Object.values(style.sources).map((s) => ("data" in s ? s.data : undefined)), ...Object.values(style["font-faces"] ?? {})];
    expect(urls).toHaveLength(6);
    for (const url of urls) expect(url).toMatch(/^https:\/\/atlas\.example\/(geo|fonts)\//);
  });

  it("buildBaseStyle hides the Pennsylvania layers until Jan 2026 is shown", () => {
    const layers = buildBaseStyle("http://localhost", MAP_PALETTES.light).layers.filter((l) => l.id === LAYER.paHatch || l.id === LAYER.paOutline);
    expect(layers.map((l) => [l.id, l.layout?.visibility])).toEqual([
      [LAYER.paHatch, "none"],
      [LAYER.paOutline, "none"],
    ]);
  });
});

describe("ARCS_SOLID, ARCS_DASHED, PLACES and LABELS", () => {
  it("ARCS_SOLID, ARCS_DASHED, PLACES and LABELS pass the MapLibre validator on the base style with real data", () => {
    expect(validate(makeFullStyle([ARCS_SOLID, ARCS_DASHED, PLACES, LABELS, LABEL_OBSTACLES]))).toEqual([]);
  });

  it("ARCS_SOLID, ARCS_DASHED and PLACES pass the validator when restyled for a selected place", () => {
    const arcsSolid: LayerSpecification = { ...ARCS_SOLID, paint: { ...ARCS_SOLID.paint, "line-opacity": buildArcOpacity("us_sat") } };
    const arcsDashed: LayerSpecification = { ...ARCS_DASHED, paint: { ...ARCS_DASHED.paint, "line-opacity": buildArcOpacity("us_sat") } };
    const places: LayerSpecification = { ...PLACES, paint: { ...PLACES.paint, "circle-stroke-width": buildSelectedStroke("us_sat") } };
    expect(validate(makeFullStyle([arcsSolid, arcsDashed, places, LABELS]))).toEqual([]);
  });

  it("ARCS_SOLID and PLACES pass the validator with the no-selection variants of the selection paints", () => {
    const arcsSolid: LayerSpecification = { ...ARCS_SOLID, paint: { ...ARCS_SOLID.paint, "line-opacity": buildArcOpacity(null) } };
    const places: LayerSpecification = { ...PLACES, paint: { ...PLACES.paint, "circle-stroke-width": buildSelectedStroke(null) } };
    expect(validate(makeFullStyle([arcsSolid, places]))).toEqual([]);
  });

  it("ARCS_SOLID and ARCS_DASHED split the arcs on isDisputed, and only the dashed layer has a dash array", () => {
    expect(ARCS_SOLID.filter).toEqual(["!", ["get", "isDisputed"]]);
    expect(ARCS_DASHED.filter).toEqual(["get", "isDisputed"]);
    expect(ARCS_SOLID.paint?.["line-dasharray"]).toBeUndefined();
    expect(ARCS_DASHED.paint?.["line-dasharray"]).toBeDefined();
  });
});

/** Controls: the validator the tests above rely on does catch broken layers. */
describe(validateStyleMin, () => {
  it("validateStyleMin rejects a layer with an unknown paint property, so the layer tests can fail", () => {
    const broken = { ...PLACES, id: "broken", paint: { ...PLACES.paint, "circle-glow": 3 } } as unknown as LayerSpecification;
    expect(validate(makeFullStyle([ARCS_SOLID, broken]))).toEqual([expect.stringMatching(/circle-glow/)]);
  });

  it("validateStyleMin rejects a layer whose source is missing", () => {
    const orphan: LayerSpecification = { ...ARCS_SOLID, id: "orphan", source: "no-such-source" };
    expect(validate(makeFullStyle([orphan]))).toEqual([expect.stringMatching(/no-such-source/)]);
  });

  it("validateStyleMin rejects two layers with the same id", () => {
    expect(validate(makeFullStyle([ARCS_SOLID, ARCS_SOLID]))).toEqual([expect.stringMatching(/duplicate/)]);
  });

  it("validateStyleMin rejects a malformed expression in a paint property", () => {
    const bad: LayerSpecification = {
      ...ARCS_SOLID,
      id: "bad-expr",
      paint: { ...ARCS_SOLID.paint, "line-opacity": ["case", ["==", ["get", "placeId"], "us_sat"], 1] as never },
    };
    expect(validate(makeFullStyle([bad])).length).toBeGreaterThan(0);
  });
});

describe(buildArcOpacity, () => {
  it("buildArcOpacity is the flat default without a selection", () => {
    expect(buildArcOpacity(null)).toBe(0.85);
    expect(buildArcOpacity("")).toBe(0.85);
  });

  it("buildArcOpacity keeps arcs that start or end at the selected place and fades the rest", () => {
    expect(buildArcOpacity("us_sat")).toEqual(["case", ["any", ["==", ["get", "placeId"], "us_sat"], ["==", ["get", "departureId"], "us_sat"]], 1, 0.15]);
  });
});

describe(buildSelectedStroke, () => {
  it("buildSelectedStroke without a selection equals the PLACES layer's stroke width", () => {
    expect(buildSelectedStroke(null)).toEqual(PLACES.paint!["circle-stroke-width"]);
  });

  it("buildSelectedStroke rings the selected place with a wider stroke", () => {
    expect(buildSelectedStroke("us_sat")).toEqual(["case", ["==", ["get", "id"], "us_sat"], 4.5, PLACES.paint!["circle-stroke-width"]]);
  });
});

describe(palettePaint, () => {
  it("palettePaint names a colour for each scheme property, and every one differs between the schemes", () => {
    const [light, dark] = [palettePaint(MAP_PALETTES.light), palettePaint(MAP_PALETTES.dark)];
    expect(light.map(([id, property]) => `${id} ${property}`)).toEqual(dark.map(([id, property]) => `${id} ${property}`));
    light.forEach(([id, property, value], i) => {
      expect({ id, property, value }).toEqual({ id, property, value: expect.anything() });
      expect(dark[i]![2]).not.toEqual(value);
    });
    expect(dark[0]).toEqual([LAYER.water, "background-color", MAP_PALETTES.dark.water]);
  });
});
