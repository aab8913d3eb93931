import type { Dataset } from "../data/dataset";
import { ink } from "../theme/ink";
import { buildEventColors } from "../theme/event-colors";
import { toTime } from "./time";

/**
 * A dated marker on the time charts: a transfer or the change of government (a line across the
 * plot, on every time chart), or an official claim (a small triangle above the plot, on the chart
 * of the series it is about, at the month it measured to; lib/series/claim-annotations.ts).
 */
export interface TimeAnnotation {
  id: string;
  date: string;
  time: number;
  kind: "transfer" | "administration" | "claim";
  color: string;
  /** For transfers, the people count; the label text comes from the message catalogue. */
  people?: number;
  /** For claims, what was claimed and when, for the mark's tooltip: "−44% (stated Mar 10, 2026)". */
  title?: string;
}

/** Start of the current Mexican administration (Claudia Sheinbaum took office). */
export const ADMINISTRATION_START = "2024-10-01";

/** The three transfer dates in the map's colours, plus 1 Oct 2024. Sorted by date. */
export function buildTimeAnnotations(d: Pick<Dataset, "events">): TimeAnnotation[] {
  const colors = buildEventColors(d.events.map((e) => e.id));
  const transfers: TimeAnnotation[] = d.events.map((e) => ({
    id: e.id,
    date: e.date,
    time: toTime(e.date),
    kind: "transfer",
    color: colors.get(e.id)!,
    people: e.people_count.value,
  }));
  const administration: TimeAnnotation = {
    id: "administration",
    date: ADMINISTRATION_START,
    time: toTime(ADMINISTRATION_START),
    kind: "administration",
    color: ink("neutral"),
  };
  return [administration, ...transfers].sort((a, b) => a.time - b.time);
}
