import { scaleOrdinal } from "d3-scale";

/**
 * Okabe-Ito colours (Okabe & Ito 2008), chosen to stay distinct under the common colour-vision
 * deficiencies and to keep 3:1 contrast against the light basemap. One colour per transfer, in
 * date order; the map and the charts both take colours from here.
 */
export const EVENT_PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00"] as const;

/** Colour for things that belong to no single transfer; also the scale's unknown colour. */
export const NEUTRAL_COLOR = "#1b1f24";
/** A destination reached by several of the chosen transfers: grey, not any one event's colour. */
export const SHARED_COLOR = "#6e7781";

/** Grey ink of samples that stand for no single transfer (map legend): the light page's --muted. */
export const MUTED_INK = "#57606a";
/**
 * The halo colour: inside hollow markers and around departure dots on a light ground. Spelled
 * "#fff": the page's CSS gives literal "#fff" fills and strokes the scheme's background (app/globals.css).
 */
export const HALO_COLOR = "#fff";
/** Pennsylvania, reported only as a state: its hatch and dashed outline on the live map and in the legend. */
export const STATE_ONLY_COLOR = "#009E73";

/** Colour per event id, in the order given (date order). buildEventColors(["ev2025-02"]).get(...) */
export function buildEventColors(eventIds: readonly string[]): Map<string, string> {
  const scale = scaleOrdinal<string, string>().domain(eventIds).range(EVENT_PALETTE).unknown(NEUTRAL_COLOR);
  return new Map(eventIds.map((id) => [id, scale(id)]));
}

/**
 * Colours of the statistical series, from the same family: dark ink for official counts, a grey
 * for the second official series, reddish purple (Okabe-Ito) for figures stated by officials.
 */
export const SERIES_COLORS = {
  sesnsp: "#1b1f24",
  inegi: "#8c959f",
  stated: "#CC79A7",
  fentanyl: "#57606a",
  administration: "#57606a",
} as const;
