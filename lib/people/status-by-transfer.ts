import { STAGES, type Stage } from "./status";
import type { PersonRow } from "./table";

/** How many of each transfer's named people are at each stage: the rows of the status picture. */
export interface StageCounts {
  stage: Stage;
  /** One count per transfer, in the order of `eventIds`. */
  perEvent: number[];
}

/** Every stage, furthest last, with how many people of each transfer (`eventIds`, in order) stand there. */
export function statusByTransfer(rows: readonly PersonRow[], eventIds: readonly string[]): StageCounts[] {
  return STAGES.map((stage) => ({
    stage,
    perEvent: eventIds.map((id) => rows.filter((r) => r.status.stage === stage && r.person.event_id === id).length),
  }));
}
