import { scaleOrdinal } from "d3-scale";
import { EVENT_PALETTE, NEUTRAL_COLOR } from "./palette";

/** Colour per event id, in the order given (date order). buildEventColors(["ev2025-02"]).get(...) */
export function buildEventColors(eventIds: readonly string[]): Map<string, string> {
  const scale = scaleOrdinal<string, string>().domain(eventIds).range(EVENT_PALETTE).unknown(NEUTRAL_COLOR);
  return new Map(eventIds.map((id) => [id, scale(id)]));
}
