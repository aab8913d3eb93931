// npm run refresh -- cbp|sesnsp <file-or-url> [--dry-run] [--allow-removals]
//   [--data-dir DIR] [--url URL] [--date YYYY-MM-DD] [--timeout-s N] [--max-mb N]
// Reads an agency's release, prints what it changes in data/, and (unless --dry-run) writes the
// change all-or-nothing. Exits 1 with the file, line and column of every problem; data/ untouched.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { readDataFiles } from "../../lib/data/read-files";
import { validateDataset } from "../../lib/data/validate";
import { formatIssue } from "../../lib/data/issue";
import { planCbpRefresh } from "../../lib/refresh/apply-cbp";
import { planSesnspRefresh } from "../../lib/refresh/apply-sesnsp";
import { formatIngestIssue } from "../../lib/refresh/ingest-issue";
import type { ReleaseFile } from "../../lib/refresh/release-file";
import type { RefreshInput } from "../../lib/refresh/refresh-plan";
import { formatPlan } from "../../lib/refresh/report";
import { isRealDate } from "../../lib/stats/calendar";
import { download } from "./download";
import { replaceDataFiles } from "./replace-data";

const USAGE =
  "usage: npm run refresh -- cbp|sesnsp <file-or-url> [--dry-run] [--allow-removals] [--data-dir DIR] [--url URL] [--date YYYY-MM-DD] [--timeout-s N] [--max-mb N]";
const PLANNERS = { cbp: planCbpRefresh, sesnsp: planSesnspRefresh };

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      "allow-removals": { type: "boolean", default: false },
      "data-dir": { type: "string", default: "data" },
      url: { type: "string" },
      date: { type: "string" },
      "timeout-s": { type: "string", default: "60" },
      "max-mb": { type: "string", default: "200" },
    },
  });
  const [agency, input, ...extra] = positionals;
  if (!agency || !input || extra.length || !(agency in PLANNERS)) fail(USAGE, 2);
  const retrieved = values.date ?? new Date().toISOString().slice(0, 10);
  if (!isRealDate(retrieved)) fail(`--date ${retrieved}: expected YYYY-MM-DD`, 2);
  const timeoutMs = Number(values["timeout-s"]) * 1000;
  const maxBytes = Number(values["max-mb"]) * 1024 * 1024;
  if (!(timeoutMs > 0) || !(maxBytes > 0)) fail("--timeout-s and --max-mb take positive numbers", 2);

  const isUrl = /^https?:\/\//i.test(input);
  let bytes: Uint8Array;
  try {
    bytes = isUrl ? await download(input, { timeoutMs, maxBytes }) : readFileSync(input);
  } catch (error) {
    fail(`refresh ${agency}: ${(error as Error).message}; data/ untouched`);
  }
  const file: ReleaseFile = {
    name: isUrl ? decodeURIComponent(basename(new URL(input).pathname)) || input : basename(input),
    url: isUrl ? input : values.url,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    bytes: bytes.byteLength,
    retrieved,
  };
  const dataDir = values["data-dir"];
  const raw = readDataFiles(dataDir);
  const current = validateDataset(raw);
  if (!current.ok) fail(`refresh: ${dataDir} is invalid before the refresh; fix it first:\n${current.issues.map((i) => `  ${formatIssue(i)}`).join("\n")}`);
  const refreshInput: RefreshInput = {
    raw,
    dataset: current.dataset,
    file,
    allowRemovals: values["allow-removals"],
    prose: [{ where: "data/README.md", text: readOptional(join(dataDir, "README.md")) }],
  };
  console.log(`refresh ${agency}: ${file.name} (${file.bytes} bytes, sha256 ${file.sha256})`);
  const result = PLANNERS[agency as keyof typeof PLANNERS](refreshInput, bytes);
  if (!result.ok) {
    fail(`refused: ${result.issues.length} problem(s); ${dataDir} untouched\n${result.issues.map((i) => `  ${formatIngestIssue(i)}`).join("\n")}`);
  }
  const { plan } = result;
  for (const line of formatPlan(plan)) console.log(`  ${line}`);
  const changed = Object.keys(plan.files);
  if (changed.length === 0) return console.log(`no change: ${dataDir} already holds this release`);
  if (values["dry-run"]) return console.log(`dry run: would write ${changed.length} file(s) (${changed.join(", ")}); nothing written`);
  try {
    replaceDataFiles(dataDir, plan.files);
  } catch (error) {
    fail(`refused: the refreshed data did not validate; ${dataDir} untouched\n${(error as Error).message}`);
  }
  console.log(`wrote ${changed.length} file(s) in ${dataDir} (validated as a whole): ${changed.join(", ")}`);
}

function readOptional(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

main().catch((error: unknown) => fail(`refresh: ${(error as Error).stack ?? String(error)}`));
