/** The people count of one transfer, in date order. */
export interface TransferCount {
  id: string;
  date: string;
  people: number;
}

export interface CumulativeTransfer extends TransferCount {
  runningTotal: number;
}

/** Running total of people transferred, in date order: 29, 26, 37 -> 29, 55, 92. */
export function cumulativeTransfers(transfers: readonly TransferCount[]): CumulativeTransfer[] {
  let runningTotal = 0;
  return [...transfers]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((t) => {
      runningTotal += t.people;
      return { ...t, runningTotal };
    });
}
