import type { ChangeLogEntry } from "../schema/changelog";
import type { Claim } from "../schema/claims";
import type { Court } from "../schema/courts";
import type { TimelineEntry } from "../schema/timeline";
import type { Discrepancy } from "../schema/discrepancies";
import type { PeopleFile, Person } from "../schema/people";
import type { Place } from "../schema/places";
import type {
  FentanylFiscalYearRow,
  FentanylMonthRow,
  HomicideAnnualRow,
  HomicideMonthRow,
  SeriesMeta,
  StatedDailyRow,
} from "../schema/series";
import type { Source } from "../schema/sources";
import type { TransferEvent, TransfersFile } from "../schema/transfers";

/** Everything in data/, validated and linked. Events are in sequence order. */
export interface Dataset {
  meta: TransfersFile["meta"];
  events: TransferEvent[];
  places: Place[];
  claims: Claim[];
  discrepancies: Discrepancy[];
  sources: Source[];
  seriesMeta: SeriesMeta[];
  fentanylMonthly: FentanylMonthRow[];
  fentanylFiscalYears: FentanylFiscalYearRow[];
  homicidesMonthly: HomicideMonthRow[];
  homicidesStated: StatedDailyRow[];
  homicidesAnnual: HomicideAnnualRow[];
  /** Every applied `npm run refresh`, oldest first. */
  changelog: ChangeLogEntry[];
  /** The named people among the transferred, in file order, and the courts of their cases. */
  people: Person[];
  courts: Court[];
  /** When the people's records were last checked, and the newest reporting they cover. */
  peopleReview: Pick<PeopleFile, "reviewed_on" | "covers_to">;
  /** The dated moments around the transfers (data/timeline.json), oldest first, and when they were last checked. */
  timeline: TimelineEntry[];
  timelineReviewedOn: string;
}
