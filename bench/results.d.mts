/** What bench/run.mjs knows of its run when it writes the file. */
export interface BenchRun {
  date: string;
  commit: string | null;
  dirty: boolean | null;
  chromium: string | null;
  chromePath: string;
  build: { buildId?: string; builtAt?: string; changedDuringRun?: boolean; [key: string]: unknown };
}
/** A part this run measured, and how long it took. */
export interface MeasuredPart {
  name: string;
  keys: string[];
  durationSeconds: number;
}
/** bench/results/latest.json, loosely: its sections are described in bench/README.md. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the sections' shapes live in bench/README.md, not in types
export type BenchResults = { meta: any; targets: Record<string, any>; [section: string]: any };

export const RESULTS_FILE: string;
export const SCHEMA_VERSION: number;
export function readPreviousResults(): BenchResults | null;
export function buildMeta(run: BenchRun, measuredParts: MeasuredPart[], previous: object | null): BenchResults["meta"];
export function mergeResults(previous: object | null, meta: BenchResults["meta"], measured: Record<string, unknown>): BenchResults;
export function writeResults(results: BenchResults): void;
