import type { ChangeLogEntry } from "../schema/changelog";
import type { Claim } from "../schema/claims";
import type { Discrepancy } from "../schema/discrepancies";
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
}
