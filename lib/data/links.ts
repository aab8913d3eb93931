import { fiscalYearOf, monthsBetween, weekdayOf } from "../stats/calendar";
import type { TransferEvent } from "../schema/transfers";
import { discrepancyRefs } from "../transfers/confidence";
import type { Dataset } from "./dataset";
import { DATA_FILES } from "./files";
import { describeFound, type DataIssue } from "./issue";
import { checkClaims } from "./claim-links";
import { checkTimeline } from "./timeline-links";
import { checkPeople } from "./people-links";

const SOURCE_KEYS = new Set(["source_ids", "coord_source_ids", "date_source_ids", "name_source_ids"]);
/** Single source ids (the change log's) are checked like lists. */
const SOURCE_KEY = "source_id";
/** FY totals in the research are rounded to 0.01 lb; sums of rounded months drift by a few hundredths. */
const POUNDS_TOLERANCE = 0.05;

/** Every source id under a JSON record, with the path where it sits. */
function sourceRefs(node: unknown, path: string, out: { path: string; id: unknown }[] = []): { path: string; id: unknown }[] {
  if (Array.isArray(node)) node.forEach((child, i) => sourceRefs(child, `${path}[${i}]`, out));
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      const childPath = path ? `${path}.${key}` : key;
      if (SOURCE_KEYS.has(key) && Array.isArray(value)) value.forEach((id, i) => out.push({ path: `${childPath}[${i}]`, id }));
      else if (key === SOURCE_KEY) out.push({ path: childPath, id: value });
      else sourceRefs(value, childPath, out);
    }
  }
  return out;
}

function checkSourceIds(d: Dataset, issues: DataIssue[]): void {
  const known = new Set(d.sources.map((s) => s.id));
  const expected = "a source id listed in data/sources.json";
  const jsonRecords: [string, { id: string }[]][] = [
    [DATA_FILES.transfers, d.events],
    [DATA_FILES.places, d.places],
    [DATA_FILES.claims, d.claims],
    [DATA_FILES.discrepancies, d.discrepancies],
    [DATA_FILES.seriesMeta, d.seriesMeta],
    [DATA_FILES.changelog, d.changelog],
    [DATA_FILES.people, d.people],
    [DATA_FILES.courts, d.courts],
    [DATA_FILES.timeline, d.timeline],
  ];
  for (const [file, records] of jsonRecords) {
    for (const record of records) {
      for (const ref of sourceRefs(record, "")) {
        if (!known.has(String(ref.id))) issues.push({ file, record: record.id, field: ref.path, expected, found: describeFound(ref.id) });
      }
    }
  }
  const csvRows: [string, { source_id: string }[]][] = [
    [DATA_FILES.fentanylMonthly, d.fentanylMonthly],
    [DATA_FILES.fentanylFiscalYears, d.fentanylFiscalYears],
    [DATA_FILES.homicidesMonthly, d.homicidesMonthly],
    [DATA_FILES.homicidesStated, d.homicidesStated],
    [DATA_FILES.homicidesAnnual, d.homicidesAnnual],
  ];
  for (const [file, rows] of csvRows) {
    rows.forEach((row, i) => {
      if (!known.has(row.source_id)) issues.push({ file, record: `row ${i + 2}`, field: "source_id", expected, found: describeFound(row.source_id) });
    });
  }
}

function checkUniqueIds(file: string, records: { id: string }[], issues: DataIssue[]): void {
  const seen = new Set<string>();
  records.forEach((r, i) => {
    if (seen.has(r.id)) issues.push({ file, record: `#${i + 1}`, field: "id", expected: "an id used once", found: describeFound(r.id) });
    seen.add(r.id);
  });
}

function checkEvents(d: Dataset, fileOrder: readonly TransferEvent[], issues: DataIssue[]): void {
  const file = DATA_FILES.transfers;
  const placeIds = new Set(d.places.map((p) => p.id));
  for (const ev of fileOrder) {
    if (weekdayOf(ev.date) !== ev.weekday) {
      issues.push({ file, record: ev.id, field: "weekday", expected: `${weekdayOf(ev.date)} (the weekday of ${ev.date})`, found: describeFound(ev.weekday) });
    }
    const places = [...ev.departures.map((p, i) => ({ p, field: `departures[${i}].place_id` })), ...ev.destinations.map((p, i) => ({ p, field: `destinations[${i}].place_id` }))];
    for (const { p, field } of places) {
      if (!placeIds.has(p.place_id)) issues.push({ file, record: ev.id, field, expected: "a place id listed in data/places.json", found: describeFound(p.place_id) });
    }
    const counts = ev.destinations.map((x) => x.people);
    const reported = counts.filter((n): n is number => n !== null).reduce((a, b) => a + b, 0);
    const isComplete = counts.every((n) => n !== null);
    if (isComplete ? reported !== ev.people_count.value : reported > ev.people_count.value) {
      issues.push({
        file, record: ev.id, field: "destinations[].people",
        expected: `${isComplete ? "a sum equal to" : "a sum no larger than"} people_count.value (${ev.people_count.value})`,
        found: String(reported),
      });
    }
  }
  let runningTotal = 0;
  let previous: TransferEvent | undefined;
  for (const ev of d.events) {
    runningTotal += ev.people_count.value;
    if (ev.running_total_after.value !== runningTotal) {
      issues.push({ file, record: ev.id, field: "running_total_after.value", expected: `${runningTotal} (the cumulative sum of people_count in sequence order)`, found: String(ev.running_total_after.value) });
    }
    if (previous && (previous.sequence === ev.sequence || previous.date >= ev.date)) {
      issues.push({ file, record: ev.id, field: "sequence", expected: `a sequence after ${previous.id}'s with a later date`, found: `${ev.sequence} on ${ev.date}` });
    }
    previous = ev;
  }
}

/** Months strictly increasing within each key (scope), so no month is duplicated or out of order. */
function checkMonthOrder(file: string, rows: { month: string; key?: string }[], issues: DataIssue[]): void {
  const last = new Map<string, string>();
  rows.forEach((row, i) => {
    const key = row.key ?? "";
    const before = last.get(key);
    if (before !== undefined && row.month <= before) {
      issues.push({ file, record: `row ${i + 2}`, field: "month", expected: `a month after ${before}${key ? ` for ${key}` : ""} (unique, in order)`, found: describeFound(row.month) });
    }
    last.set(key, row.month);
  });
}

function checkSeriesTotals(d: Dataset, issues: DataIssue[]): void {
  d.fentanylFiscalYears.forEach((fy, i) => {
    const months = d.fentanylMonthly.filter((r) => r.scope === fy.scope && fiscalYearOf(r.month) === fy.fiscal_year);
    const sum = months.reduce((a, r) => a + r.pounds, 0);
    const record = `row ${i + 2}`;
    const file = DATA_FILES.fentanylFiscalYears;
    if (Math.abs(sum - fy.pounds) > POUNDS_TOLERANCE) {
      issues.push({ file, record, field: "pounds", expected: `${sum.toFixed(2)} (sum of ${months.length} months of ${DATA_FILES.fentanylMonthly})`, found: String(fy.pounds) });
    }
    if (fy.partial !== months.length < 12) {
      issues.push({ file, record, field: "partial", expected: String(months.length < 12) + ` (${months.length} months in the monthly file)`, found: String(fy.partial) });
    }
  });
  d.homicidesAnnual.forEach((row, i) => {
    if (row.series !== "SESNSP") return;
    const months = monthsBetween(`${row.year}-01`, `${row.year}-12`).map((m) => d.homicidesMonthly.find((r) => r.month === m));
    if (months.some((m) => m === undefined)) return; // year not covered month by month (2015-2017)
    const sum = months.reduce((a, r) => a + (r?.victims ?? 0), 0);
    if (sum !== row.victims) {
      issues.push({ file: DATA_FILES.homicidesAnnual, record: `row ${i + 2}`, field: "victims", expected: `${sum} (sum of the 12 months in ${DATA_FILES.homicidesMonthly})`, found: String(row.victims) });
    }
  });
}

function checkReferences(d: Dataset, issues: DataIssue[]): void {
  const eventIds = new Set(d.events.map((e) => e.id));
  for (const disc of d.discrepancies) {
    if (disc.event_id !== null && !eventIds.has(disc.event_id)) {
      issues.push({ file: DATA_FILES.discrepancies, record: disc.id, field: "event_id", expected: "an event id listed in data/transfers.json, or null", found: describeFound(disc.event_id) });
    }
  }
  const discIds = new Set(d.discrepancies.map((x) => x.id));
  for (const ev of d.events) {
    ev.destinations.forEach((dest, i) => {
      // Ids read the same in both languages: the English notes name them.
      for (const id of discrepancyRefs(`${dest.confidence_note?.en ?? ""} ${dest.count_note?.en ?? ""}`)) {
        if (!discIds.has(id)) issues.push({ file: DATA_FILES.transfers, record: ev.id, field: `destinations[${i}].confidence_note`, expected: "a discrepancy id listed in data/discrepancies.json", found: describeFound(id) });
      }
    });
  }
  for (const place of d.places) {
    place.used_by_events.forEach((id, i) => {
      if (!eventIds.has(id)) issues.push({ file: DATA_FILES.places, record: place.id, field: `used_by_events[${i}]`, expected: "an event id listed in data/transfers.json", found: describeFound(id) });
    });
    // The reverse: a place's events are exactly the events whose departures or destinations use it.
    const using = d.events.filter((e) => [...e.departures, ...e.destinations].some((x) => x.place_id === place.id)).map((e) => e.id);
    const listed = new Set(place.used_by_events);
    if (using.length !== listed.size || using.some((id) => !listed.has(id))) {
      issues.push({ file: DATA_FILES.places, record: place.id, field: "used_by_events", expected: `the events that use the place: ${JSON.stringify(using)}`, found: describeFound(place.used_by_events) });
    }
  }
}

/** Cross-file rules that no single schema can see. Returns every broken link. */
export function checkLinks(d: Dataset, eventsInFileOrder: readonly TransferEvent[]): DataIssue[] {
  const issues: DataIssue[] = [];
  checkUniqueIds(DATA_FILES.sources, d.sources, issues);
  checkUniqueIds(DATA_FILES.places, d.places, issues);
  checkUniqueIds(DATA_FILES.transfers, [...eventsInFileOrder], issues);
  checkUniqueIds(DATA_FILES.changelog, d.changelog, issues);
  checkUniqueIds(DATA_FILES.courts, d.courts, issues);
  checkSourceIds(d, issues);
  checkEvents(d, eventsInFileOrder, issues);
  checkReferences(d, issues);
  checkMonthOrder(DATA_FILES.fentanylMonthly, d.fentanylMonthly.map((r) => ({ month: r.month, key: r.scope })), issues);
  checkMonthOrder(DATA_FILES.homicidesMonthly, d.homicidesMonthly, issues);
  checkSeriesTotals(d, issues);
  checkPeople(d, issues);
  checkClaims(d, issues);
  checkTimeline(d, issues);
  return issues;
}
