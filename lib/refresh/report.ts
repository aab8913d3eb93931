import { monthName, shortMonthName } from "./release-file";
import type { RefreshPlan } from "./refresh-plan";
import { describeEntry } from "./refresh-plan";

/** The change a plan makes, as the command prints it: what a reviewer checks before committing. */
export function formatPlan(plan: RefreshPlan): string[] {
  const { diff, agency } = plan;
  const digits = agency.series === "fentanyl" ? 2 : 0;
  const n = (x: number) => x.toFixed(digits);
  const signed = (x: number) => `${x > 0 ? "+" : ""}${n(x)}`;
  const what = (month: string, key: string) => `${shortMonthName(month)}${key ? ` ${key}` : ""}`;
  const lines = [
    `release: ${plan.coverage.months} months, ${monthName(plan.coverage.from)} - ${monthName(plan.coverage.to)}${plan.ignored.length ? ` (ignored: ${plan.ignored.join("; ")})` : ""}`,
    `source: ${plan.source.id}${plan.isNewSource ? " (new)" : " (already recorded: same SHA-256)"}`,
    `new months (${new Set(diff.added.map((v) => v.month)).size}):`,
    ...diff.added.map((v) => `  ${what(v.month, v.key)}: ${n(v.value)}`),
    `revised values (${diff.revised.length}):`,
    ...diff.revised.map((r) => `  ${what(r.month, r.key)}: ${n(r.from)} -> ${n(r.to)} (${signed(r.to - r.from)})`),
    `removed (${diff.removed.length}):`,
    ...diff.removed.map((v) => `  ${what(v.month, v.key)}: ${n(v.value)}`),
    `unchanged values: ${diff.unchanged}`,
  ];
  if (plan.totals.length) {
    lines.push(`totals recomputed (${plan.totals.length}):`, ...plan.totals.map((x) => `  ${x.label}: ${x.from === null ? "new" : n(x.from)} -> ${n(x.to)}`));
  }
  if (plan.entry) lines.push(`change log: "${describeEntry(plan.entry, agency)}"`);
  if (plan.review.length) lines.push(`review by hand (text that names the old last month):`, ...plan.review.map((r) => `  ${r}`));
  return lines;
}
