/** One part of the bench: the sections of latest.json it fills, and how it measures them. */
export interface BenchPart {
  name: string;
  keys: string[];
  needsBrowser: boolean;
  about: string;
  run: (env: { browser: unknown; baseUrl: string; chromePath: string; serverPid: number }) => Promise<unknown>;
}
export const PARTS: BenchPart[];
export function describeParts(): string;
export function selectParts(names: string[]): BenchPart[];
