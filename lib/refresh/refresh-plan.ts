import type { Dataset } from "../data/dataset";
import type { RawDataFiles } from "../data/files";
import type { ChangeLogEntry } from "../schema/changelog";
import type { SeriesMeta } from "../schema/series";
import type { Source } from "../schema/sources";
import { writeJsonText } from "./csv-text";
import type { IngestIssue } from "./ingest-issue";
import { monthName, shortMonthName, type Agency, type ReleaseFile } from "./release-file";
import type { SeriesDiff } from "./series-diff";

/** A yearly total the refresh recomputed from the release (a CBP fiscal year, a SESNSP calendar year). */
export interface TotalChange {
  label: string;
  from: number | null;
  to: number;
}

/** Everything a refresh would change, worked out before anything is written. */
export interface RefreshPlan {
  agency: Agency;
  source: Source;
  isNewSource: boolean;
  /** The release's months that the series takes. */
  coverage: { from: string; to: string; months: number };
  diff: SeriesDiff;
  totals: TotalChange[];
  /** What the release holds that the series does not take, said once. */
  ignored: string[];
  /** The new text of each data/ file that changes; empty when data/ already holds the release. */
  files: Partial<RawDataFiles>;
  entry: ChangeLogEntry | null;
  /** Sentences in data/ that name the series' old last month: prose a person should re-read. */
  review: string[];
}

export type PlanResult = { ok: true; plan: RefreshPlan } | { ok: false; issues: IngestIssue[] };

export interface RefreshInput {
  raw: RawDataFiles;
  dataset: Dataset;
  file: ReleaseFile;
  allowRemovals: boolean;
  /** Other prose kept in data/ (its README), checked for mentions of the old last month. */
  prose?: { where: string; text: string }[];
}

/** "CBP release with data to May 2026: 1 new month, 3 revised": the change log's line for an entry. */
export function describeEntry(entry: Pick<ChangeLogEntry, "data_to" | "new_months" | "revised" | "removed">, agency: Pick<Agency, "short">): string {
  const parts = [
    `${entry.new_months.length} new month${entry.new_months.length === 1 ? "" : "s"}`,
    `${entry.revised.length} revised`,
    ...(entry.removed.length ? [`${entry.removed.length} removed`] : []),
  ];
  return `${agency.short} release with data to ${monthName(entry.data_to)}: ${parts.join(", ")}`;
}

/** The removal refusal, naming the months so a reviewer can check them against the agency's file. */
export function removalIssues(file: ReleaseFile, diff: SeriesDiff): IngestIssue[] {
  const months = [...new Set(diff.removed.map((v) => v.month))];
  return [
    {
      file: file.name,
      line: 1,
      message: `the file no longer gives ${months.length} month(s) that data/ holds (${months.join(", ")}); refused: pass --allow-removals if the agency withdrew them`,
    },
  ];
}

/** Sentences that name a month in the forms data/ prose uses, in both languages: "Apr 2026", "April 2026", "abril de 2026", "abr 2026", "2026-04". */
export function reviewMentions(texts: { where: string; text: string }[], month: string): string[] {
  const forms = [monthName(month), monthName(month, "es"), shortMonthName(month), shortMonthName(month, "es"), month];
  const found: string[] = [];
  for (const { where, text } of texts) {
    for (const sentence of text.split(/(?<=[.;])\s+|\n+/)) {
      const form = forms.find((f) => sentence.includes(f));
      if (form) found.push(`${where}: "${sentence.trim().slice(0, 140)}" names ${form}`);
    }
  }
  return found;
}

/** The series' metadata after the refresh: coverage to its new last month, the new source listed. */
export function updatedSeriesMeta(raw: RawDataFiles, series: SeriesMeta["id"], update: (meta: SeriesMeta) => SeriesMeta): string {
  const root = JSON.parse(raw.seriesMeta) as { series: SeriesMeta[] };
  return writeJsonText({ ...root, series: root.series.map((m) => (m.id === series ? update(m) : m)) });
}

/**
 * Completes a plan: the source record (kept when the same bytes were read before), the change-log
 * entry, and only the files whose text differs from data/'s, so a second identical run writes nothing.
 */
export function finishPlan(
  input: RefreshInput,
  parts: Omit<RefreshPlan, "files" | "entry" | "review"> & {
    files: Partial<RawDataFiles>;
    oldLast: string | undefined;
    texts: { where: string; text: string }[];
  },
): RefreshPlan {
  const { raw, file } = input;
  const { files: candidates, oldLast, texts, ...plan } = parts;
  const files: Partial<RawDataFiles> = {};
  for (const [key, text] of Object.entries(candidates) as [keyof RawDataFiles, string][]) if (text !== raw[key]) files[key] = text;
  if (Object.keys(files).length === 0) return { ...plan, files, entry: null, review: [] };

  if (plan.isNewSource) {
    const root = JSON.parse(raw.sources) as { sources: Source[] };
    files.sources = writeJsonText({ ...root, sources: [...root.sources, plan.source] });
  }
  const entry: ChangeLogEntry = {
    id: `${plan.agency.short.toLowerCase()}-${plan.coverage.to}-${file.sha256.slice(0, 8)}`,
    applied_on: file.retrieved,
    series: plan.agency.series,
    source_id: plan.source.id,
    data_to: plan.coverage.to,
    new_months: [...new Set(plan.diff.added.map((v) => v.month))],
    revised: plan.diff.revised.map((r) => ({ month: r.month, scope: r.key || null, from: r.from, to: r.to })),
    removed: plan.diff.removed.map((r) => ({ month: r.month, scope: r.key || null, from: r.value })),
  };
  const log = JSON.parse(raw.changelog) as { entries: ChangeLogEntry[] };
  files.changelog = writeJsonText({ ...log, entries: [...log.entries.filter((e) => e.id !== entry.id), entry] });
  const review = oldLast && oldLast !== plan.coverage.to ? reviewMentions([...texts, ...(input.prose ?? [])], oldLast) : [];
  return { ...plan, files, entry, review };
}
