import type { z } from "zod";
import { ChangeLogFile } from "../schema/changelog";
import { ClaimsFile } from "../schema/claims";
import { CourtsFile } from "../schema/courts";
import { DiscrepanciesFile } from "../schema/discrepancies";
import { PeopleFile } from "../schema/people";
import { TimelineFile } from "../schema/timeline";
import { PlacesFile } from "../schema/places";
import {
  FentanylFiscalYearRow,
  FentanylMonthRow,
  HomicideAnnualRow,
  HomicideMonthRow,
  SeriesMetaFile,
  StatedDailyRow,
} from "../schema/series";
import { SourcesFile } from "../schema/sources";
import { TransfersFile } from "../schema/transfers";
import { parseCsv } from "./csv";
import type { Dataset } from "./dataset";
import { DATA_FILES, type DataFileKey, type RawDataFiles } from "./files";
import { describeFound, formatPath, type DataIssue } from "./issue";
import { checkLinks } from "./links";
import { reviewWarning } from "./people-links";

/** A valid dataset may still carry warnings (a review getting old): printed, never failing. */
export type ValidationResult = { ok: true; dataset: Dataset; warnings: string[] } | { ok: false; issues: DataIssue[] };

/** "Invalid input: expected string, received undefined" -> "string". */
function expectedFrom(message: string): string {
  return message
    .replace(/^Invalid (input|option): /, "")
    .replace(/^expected /, "")
    .replace(/, received .*$/, "");
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined), root);
}

/** Names a JSON record by its id where it has one: "ev2026-01", else "#3". */
function recordName(root: unknown, path: readonly PropertyKey[]): { record: string; rest: readonly PropertyKey[] } {
  const [collection, index, ...rest] = path;
  // A top-level field of the file (people.json's reviewed_on) belongs to no record.
  if (path.length <= 1) return { record: "(file)", rest: path };
  if (typeof index !== "number") return { record: String(collection), rest: path.slice(1) };
  const id = valueAt(root, [collection!, index, "id"]);
  return { record: typeof id === "string" && id ? id : `${String(collection)} #${index + 1}`, rest };
}

function parseJsonFile<T>(key: DataFileKey, text: string, schema: z.ZodType<T>, issues: DataIssue[]): T | undefined {
  const file = DATA_FILES[key];
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    issues.push({ file, record: "(file)", field: "(syntax)", expected: "valid JSON", found: (error as Error).message });
    return undefined;
  }
  const result = schema.safeParse(root);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const { record, rest } = recordName(root, issue.path);
    issues.push({ file, record, field: formatPath(rest) || "(record)", expected: expectedFrom(issue.message), found: describeFound(valueAt(root, issue.path)) });
  }
  return undefined;
}

function parseCsvFile<T>(key: DataFileKey, text: string, row: z.ZodType<T>, issues: DataIssue[]): T[] | undefined {
  const file = DATA_FILES[key];
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    issues.push({ file, record: `line ${parsed.line}`, field: "(syntax)", expected: "well-formed CSV", found: parsed.message });
    return undefined;
  }
  const out: T[] = [];
  let isValid = true;
  parsed.table.rows.forEach((cells, i) => {
    const result = row.safeParse(cells);
    if (result.success) {
      out.push(result.data);
      return;
    }
    isValid = false;
    for (const issue of result.error.issues) {
      // Line numbers count the header as line 1, as an editor shows them.
      issues.push({ file, record: `row ${i + 2}`, field: formatPath(issue.path) || "(row)", expected: expectedFrom(issue.message), found: describeFound(valueAt(cells, issue.path)) });
    }
  });
  return isValid ? out : undefined;
}

/**
 * Validates every data file against its schema, then the links between files. Pure: takes the
 * files' text, returns the typed dataset or every issue found (never only the first). With
 * `today` ("YYYY-MM-DD", the build's date) it also warns when the people's review is old.
 */
export function validateDataset(raw: RawDataFiles, options: { today?: string } = {}): ValidationResult {
  const issues: DataIssue[] = [];
  const transfers = parseJsonFile("transfers", raw.transfers, TransfersFile, issues);
  const places = parseJsonFile("places", raw.places, PlacesFile, issues);
  const claims = parseJsonFile("claims", raw.claims, ClaimsFile, issues);
  const discrepancies = parseJsonFile("discrepancies", raw.discrepancies, DiscrepanciesFile, issues);
  const sources = parseJsonFile("sources", raw.sources, SourcesFile, issues);
  const seriesMeta = parseJsonFile("seriesMeta", raw.seriesMeta, SeriesMetaFile, issues);
  const fentanylMonthly = parseCsvFile("fentanylMonthly", raw.fentanylMonthly, FentanylMonthRow, issues);
  const fentanylFiscalYears = parseCsvFile("fentanylFiscalYears", raw.fentanylFiscalYears, FentanylFiscalYearRow, issues);
  const homicidesMonthly = parseCsvFile("homicidesMonthly", raw.homicidesMonthly, HomicideMonthRow, issues);
  const homicidesStated = parseCsvFile("homicidesStated", raw.homicidesStated, StatedDailyRow, issues);
  const homicidesAnnual = parseCsvFile("homicidesAnnual", raw.homicidesAnnual, HomicideAnnualRow, issues);
  const changelog = parseJsonFile("changelog", raw.changelog, ChangeLogFile, issues);
  const people = parseJsonFile("people", raw.people, PeopleFile, issues);
  const courts = parseJsonFile("courts", raw.courts, CourtsFile, issues);
  const timeline = parseJsonFile("timeline", raw.timeline, TimelineFile, issues);

  if (
    !transfers || !places || !claims || !discrepancies || !sources || !seriesMeta ||
    !fentanylMonthly || !fentanylFiscalYears || !homicidesMonthly || !homicidesStated || !homicidesAnnual || !changelog || !people || !courts || !timeline
  ) {
    return { ok: false, issues };
  }
  const dataset: Dataset = {
    meta: transfers.meta,
    events: [...transfers.events].sort((a, b) => a.sequence - b.sequence),
    places: places.places,
    claims: claims.claims,
    discrepancies: discrepancies.discrepancies,
    sources: sources.sources,
    seriesMeta: seriesMeta.series,
    fentanylMonthly,
    fentanylFiscalYears,
    homicidesMonthly,
    homicidesStated,
    homicidesAnnual,
    changelog: changelog.entries,
    people: people.people,
    courts: courts.courts,
    peopleReview: { reviewed_on: people.reviewed_on, covers_to: people.covers_to },
    timeline: [...timeline.entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    timelineReviewedOn: timeline.reviewed_on,
  };
  const linkIssues = checkLinks(dataset, transfers.events);
  if (linkIssues.length) return { ok: false, issues: linkIssues };
  const warning = options.today ? reviewWarning(people.reviewed_on, options.today) : undefined;
  return { ok: true, dataset, warnings: warning ? [warning] : [] };
}
