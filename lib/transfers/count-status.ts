/** What a place is in a transfer: where the flight left from, or where it landed. */
export type PlaceRole = "departure" | "destination";

/** reported: every chosen transfer gives a count of people; partial: some do; notReported: none does. */
export type CountStatus = "reported" | "partial" | "notReported";

/** The status of the counts that the chosen transfers give for one place (null: not reported). countStatusOf([29, null]) === "partial" */
export function countStatusOf(counts: readonly (number | null)[]): CountStatus {
  return counts.every((n) => n !== null) ? "reported" : counts.some((n) => n !== null) ? "partial" : "notReported";
}
