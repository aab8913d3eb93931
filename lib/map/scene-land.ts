import { geoPath, type GeoProjection, type GeoStream } from "d3-geo";
import type { Feature } from "geojson";
import type { Basemap } from "./basemap";
import { compactPathContext } from "./compact-path";
import { isFocusCountry } from "./focus-countries";
import { isFeatureVisible, visibleGeoBox } from "./geo-bbox";
import { smallRingFilter } from "./small-ring-filter";
import { thinStream } from "./thin-stream";

/**
 * How finely the land is drawn, in the scene's units (CSS px or box units).
 * Example: `{ minStep: 0.8, coarseFactor: 1, minIslandUnits: 0, precision: "tenth" }` (the link preview).
 */
export interface LandDetail {
  /** Vertices of the focus countries (and Pennsylvania) closer than this to the last kept one are dropped. */
  minStep: number;
  /** Other countries and the state lines are thinned with `minStep * coarseFactor`. */
  coarseFactor: number;
  /** Islands smaller than this both ways are left out; 0 keeps every island. */
  minIslandUnits: number;
  /** "integer": compact relative paths in whole units (lib/map/compact-path.ts); "tenth": absolute, to 0.1 unit. */
  precision: "integer" | "tenth";
}

/** The land of a scene as SVG path data: focus countries, the others, U.S. state lines, Pennsylvania. */
export interface SceneLand {
  landFocus: string;
  landOther: string;
  stateLines: string;
  pennsylvania: string;
}

type Clip = [[number, number], [number, number]];

/** A path drawer thinned to `minStep`, islands filtered, written at the detail's precision. */
function pathDrawer(projection: GeoProjection, minStep: number, detail: LandDetail): (f: Feature) => string {
  const stream = (out: GeoStream) => {
    const thinned = thinStream(out, minStep);
    return projection.stream(detail.minIslandUnits > 0 ? smallRingFilter(thinned, detail.minIslandUnits) : thinned);
  };
  if (detail.precision === "tenth") {
    const draw = geoPath({ stream }).digits(1);
    return (f) => draw(f) ?? "";
  }
  const context = compactPathContext();
  const draw = geoPath({ stream }, context);
  return (f) => {
    draw(f);
    return context.result();
  };
}

/**
 * The basemap clipped to `clip` (projected units; the projection's clip extent is left set to
 * it). Features whose bbox lies outside the visible part of the world are skipped unprojected,
 * also when that part or the feature straddles the antimeridian.
 */
export function drawLand(projection: GeoProjection, basemap: Basemap, clip: Clip, detail: LandDetail): SceneLand {
  projection.clipExtent(clip);
  // The two countries of the story in most detail; the rest and the faint state lines maybe coarser.
  const fine = pathDrawer(projection, detail.minStep, detail);
  const coarse = detail.coarseFactor === 1 ? fine : pathDrawer(projection, detail.minStep * detail.coarseFactor, detail);
  const visible = visibleGeoBox(projection, clip);
  const focus: string[] = [];
  const other: string[] = [];
  for (const f of basemap.countries.features) {
    if (!isFeatureVisible(f, visible)) continue;
    const isFocus = isFocusCountry(f.properties?.name);
    const d = (isFocus ? fine : coarse)(f);
    if (d) (isFocus ? focus : other).push(d);
  }
  const states = basemap.states.features.filter((f) => isFeatureVisible(f, visible)).map(coarse);
  return { landFocus: focus.join(""), landOther: other.join(""), stateLines: states.join(""), pennsylvania: fine(basemap.pennsylvania) };
}
