import type { Dataset } from "./dataset";
import { DATA_FILES } from "./files";
import { describeFound, type DataIssue } from "./issue";
import { requireAuthority } from "./source-authority";

/**
 * The claims file's cross-file rules: claim ids are unique; every source a statement cites has an
 * authority (the page rates each statement by it, lib/sources/trust.ts); and a figure a statement
 * quotes as the claimant's own agrees with the stated daily average in
 * data/homicides-stated-daily.csv for that month, where that file holds the same statement (same
 * month, stated the same day).
 */
export function checkClaims(d: Pick<Dataset, "claims" | "sources" | "homicidesStated">, issues: DataIssue[]): void {
  const file = DATA_FILES.claims;
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const stated = new Map(d.homicidesStated.map((r) => [`${r.month}@${r.stated_on}`, r]));
  const seen = new Set<string>();
  const push = (record: string, field: string, expected: string, found: unknown) => issues.push({ file, record, field, expected, found: describeFound(found) });
  for (const claim of d.claims) {
    if (seen.has(claim.id)) push(claim.id, "id", "an id used once", claim.id);
    seen.add(claim.id);
    claim.statements.forEach((s, i) => {
      requireAuthority(sources, { file, record: claim.id, field: `statements[${i}].source_ids` }, s.source_ids, issues);
      if (s.check.kind !== "stated_figures") return;
      for (const side of ["baseline", "comparison"] as const) {
        const figure = s.check[side];
        // The baseline month (September 2024) was stated long before; the file keeps its first statement.
        const row = stated.get(`${figure.month}@${s.date}`) ?? (side === "baseline" ? d.homicidesStated.find((r) => r.month === figure.month) : undefined);
        if (row && row.daily_average !== figure.value)
          push(claim.id, `statements[${i}].check.${side}.value`, `${row.daily_average}, the stated average for ${figure.month} in ${DATA_FILES.homicidesStated} (stated ${row.stated_on})`, figure.value);
      }
    });
  }
}
