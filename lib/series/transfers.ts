import type { Dataset } from "../data/dataset";
import { buildEventColors } from "../theme/event-colors";
import { cumulativeTransfers } from "../stats/transfers";
import { toTime } from "./time";

export interface TransferRow {
  id: string;
  date: string;
  time: number;
  people: number;
  runningTotal: number;
  color: string;
}

/** People per transfer and the running total (29, 55, 92), in the map's colours. */
export function buildTransferRows(d: Pick<Dataset, "events">): TransferRow[] {
  const colors = buildEventColors(d.events.map((e) => e.id));
  return cumulativeTransfers(d.events.map((e) => ({ id: e.id, date: e.date, people: e.people_count.value }))).map((t) => ({
    ...t,
    time: toTime(t.date),
    color: colors.get(t.id)!,
  }));
}
