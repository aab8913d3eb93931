import type { Source } from "../schema/sources";
import type { DataIssue } from "./issue";

/**
 * The rule every file rated by its sources shares (people, courts, claims, the timeline): each
 * source a fact cites must carry an `authority`, or the page cannot rate the fact. Pushes one
 * issue per such source, at `${field}[i]`; unknown ids are checkSourceIds' to report.
 */
export function requireAuthority(
  sources: ReadonlyMap<string, Pick<Source, "authority">>,
  at: { file: string; record: string; field: string },
  ids: readonly string[],
  issues: DataIssue[],
): void {
  ids.forEach((id, i) => {
    const s = sources.get(id);
    if (s && s.authority === undefined)
      issues.push({ file: at.file, record: at.record, field: `${at.field}[${i}]`, expected: `a source with an authority (data/sources.json › ${id} › authority)`, found: "a source with none" });
  });
}
