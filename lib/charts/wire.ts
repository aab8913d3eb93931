import { addMonths } from "../stats/calendar";
import { victimsPerDay } from "../stats/rates";
import { midMonthTime } from "../series/time";
import type { FentanylPlotData, HomicidePlotData, PlotSpec } from "./plot-spec";

/**
 * A plot spec as it crosses from the server to the browser (React props in the page's payload):
 * the monthly series as one array per column from a first month, not one object per month, and
 * nothing the browser can derive (times, per-day rates). About a tenth of the rows' JSON.
 * fromWire(toWire(spec)) gives the same rows, except the stated figures' source ids (unused by plots).
 */
export type WirePlotSpec =
  | { kind: "homicides"; props: Omit<HomicidePlotData, "rows"> & { rows: { from: string; victims: (number | null)[]; stated: (number | null)[] } } }
  | { kind: "fentanyl"; props: Omit<FentanylPlotData, "rows"> & { rows: { from: string; pounds: number[] } } }
  | Exclude<PlotSpec, { kind: "homicides" | "fentanyl" }>;

/** Throws unless the months follow each other with none missing: the wire form stores only the first. */
function firstOfContiguous(months: readonly string[]): string {
  months.forEach((m, i) => {
    if (i > 0 && m !== addMonths(months[i - 1]!, 1)) throw new Error(`months must be contiguous; "${months[i - 1]}" is followed by "${m}"`);
  });
  if (!months[0]) throw new Error("a monthly series needs at least one month");
  return months[0];
}

export function toWire(spec: PlotSpec): WirePlotSpec {
  switch (spec.kind) {
    case "homicides": {
      const { rows, ...rest } = spec.props;
      return {
        kind: "homicides",
        props: { ...rest, rows: { from: firstOfContiguous(rows.map((r) => r.month)), victims: rows.map((r) => r.victims), stated: rows.map((r) => r.stated) } },
      };
    }
    case "fentanyl": {
      const { rows, ...rest } = spec.props;
      return { kind: "fentanyl", props: { ...rest, rows: { from: firstOfContiguous(rows.map((r) => r.month)), pounds: rows.map((r) => r.pounds) } } };
    }
    case "annual":
      return { kind: "annual", props: { ...spec.props, rows: spec.props.rows.map((r) => ({ ...r, inegiNote: null })) } };
    default:
      return spec;
  }
}

export function fromWire(wire: WirePlotSpec): PlotSpec {
  switch (wire.kind) {
    case "homicides": {
      const { from, victims, stated } = wire.props.rows;
      const rows = victims.map((v, i) => {
        const month = addMonths(from, i);
        return {
          month,
          time: midMonthTime(month),
          victims: v,
          perDay: v === null ? null : victimsPerDay(v, month),
          stated: stated[i] ?? null,
          statedSourceId: null,
        };
      });
      return { kind: "homicides", props: { ...wire.props, rows } };
    }
    case "fentanyl": {
      const { from, pounds } = wire.props.rows;
      const rows = pounds.map((p, i) => {
        const month = addMonths(from, i);
        return { month, time: midMonthTime(month), pounds: p };
      });
      return { kind: "fentanyl", props: { ...wire.props, rows } };
    }
    default:
      return wire;
  }
}
