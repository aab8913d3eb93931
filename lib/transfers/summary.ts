import type { Dataset } from "../data/dataset";
import type { TransferEvent } from "../schema/transfers";
import { cumulativeTransfers, type CumulativeTransfer } from "../stats/transfers";

export interface TransfersSummary {
  totalPeople: number;
  transferCount: number;
  latest: TransferEvent;
  cumulative: CumulativeTransfer[];
}

/** Headline figures, computed from the events (and equal to the data's own running totals by validation). */
export function summarizeTransfers(d: Pick<Dataset, "events">): TransfersSummary {
  const cumulative = cumulativeTransfers(d.events.map((e) => ({ id: e.id, date: e.date, people: e.people_count.value })));
  const last = cumulative.at(-1);
  const latest = d.events.find((e) => e.id === last?.id);
  if (!last || !latest) throw new Error("summarizeTransfers: the dataset has no transfers");
  return { totalPeople: last.runningTotal, transferCount: cumulative.length, latest, cumulative };
}
