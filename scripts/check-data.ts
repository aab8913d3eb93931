// npm run check-data: validates every file in data/ and the links between them.
// Prints OK, or every problem (file, record, field, expected, found), and exits non-zero.
import { formatIssue } from "../lib/data/issue";
import { readDataFiles } from "../lib/data/read-files";
import { validateDataset } from "../lib/data/validate";

const dir = process.argv[2];
// The date the people's review is measured against: today, or ATLAS_TODAY (YYYY-MM-DD) to check as of another day.
const today = process.env.ATLAS_TODAY ?? new Date().toISOString().slice(0, 10);
const result = validateDataset(readDataFiles(dir), { today });
if (result.ok) {
  const d = result.dataset;
  console.log(
    `check-data: OK: ${d.events.length} transfers, ${d.places.length} places, ${d.sources.length} sources, ` +
      `${d.discrepancies.length} discrepancies, ${d.claims.length} claims, ${d.fentanylMonthly.length + d.homicidesMonthly.length + d.homicidesStated.length} monthly rows, ` +
      `${d.people.length} people, ${d.courts.length} courts, ${d.people.reduce((n, p) => n + p.events.length, 0)} court events, ${d.timeline.length} timeline entries`,
  );
  for (const warning of result.warnings) console.warn(`check-data: warning: ${warning}`);
} else {
  console.error(`check-data: ${result.issues.length} problem(s) in ${dir ?? "data/"}:`);
  for (const issue of result.issues) console.error(`  ${formatIssue(issue)}`);
  process.exit(1);
}
