// Maintainer tool: converts the research files in ../shared/data into the project's own data/
// files. Run by hand when the research changes:  node scripts/import-shared-data.mjs [dir]
// The app never reads ../shared: it reads only data/, which this script writes and git reviews.
//
// What it changes, and why (everything else is copied verbatim):
// - extraditions.json is split into one file per record kind (transfers, places, claims,
//   discrepancies, sources) so each diff stays small.
// - The long CBP scope labels become short ids (swb, swb_land, nationwide); their definitions
//   move to data/series.json.
// - The homicide file's two series (SESNSP counts; government-stated daily averages) become two
//   files, because they are different measurements and must never be mixed silently.
// - series_sources.json is merged into sources.json. Its free-text "published" keeps its wording
//   in published_note; a repo+path+commit locator becomes a GitHub URL at that commit.
// - Claims gain "checks": the comparison windows their sources used, written by hand below,
//   each citing the sources that used it.
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const from = process.argv[2] ?? join(root, "../shared/data");
const to = join(root, "data");

const read = (name) => readFileSync(join(from, name), "utf8");
const writeJson = (name, value) => writeFileSync(join(to, name), JSON.stringify(value, null, 2) + "\n");
const writeCsv = (name, header, rows) => writeFileSync(join(to, name), [header.join(","), ...rows.map((r) => r.map(csvCell).join(","))].join("\n") + "\n");

function csvCell(value) {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function parseCsv(text) {
  const rows = [];
  let row = [],
    cell = "",
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (c !== "\r") cell += c;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

const SCOPES = {
  "southwest border (CBP Region = Southwest Border; all Land Filter values)": "swb",
  "southwest land border (CBP Region = Southwest Border AND Land Filter = Land Only)": "swb_land",
  "nationwide (all CBP regions)": "nationwide",
};
const scopeId = (label) => {
  const id = SCOPES[label];
  if (!id) throw new Error(`unknown CBP scope label "${label}"`);
  return id;
};

// --- extraditions.json -> transfers, places, claims, discrepancies, sources
const x = JSON.parse(read("extraditions.json"));
writeJson("transfers.json", { meta: x.meta, events: x.events });
writeJson("places.json", { places: x.places });
writeJson("discrepancies.json", { discrepancies: x.discrepancies });

const CHECKS = {
  "cl-hom-40": [
    {
      id: "hom-sep2024-dec2025",
      label: "Sep 2024 vs Dec 2025, daily average of victims",
      basis: "stated",
      series: "homicides",
      measure: "daily_average",
      baseline: { from: "2024-09", to: "2024-09" },
      comparison: { from: "2025-12", to: "2025-12" },
      source_ids: ["c08", "c09", "c10", "c11", "gob_2026-01_dec25"],
    },
  ],
  "cl-fent-50": [
    {
      id: "fent-oct2024-jan2025",
      label: "Oct 2024 vs Jan 2025, monthly pounds at the southwest border",
      basis: "stated",
      series: "fentanyl",
      scope: "swb",
      measure: "total",
      baseline: { from: "2024-10", to: "2024-10" },
      comparison: { from: "2025-01", to: "2025-01" },
      source_ids: ["c06", "claim_fent_2025-03-03"],
    },
    {
      id: "fent-cy2024-cy2025",
      label: "Calendar 2025 vs calendar 2024, southwest border",
      basis: "interpretation",
      basis_note: "The Jan 2026 statements say 'in one year' without naming months; calendar years are one reading of that.",
      series: "fentanyl",
      scope: "swb",
      measure: "total",
      baseline: { from: "2024-01", to: "2024-12" },
      comparison: { from: "2025-01", to: "2025-12" },
      source_ids: ["c01", "c02"],
    },
    {
      id: "fent-fy2024-fy2025",
      label: "FY2025 vs FY2024 (Oct-Sep), southwest border",
      basis: "press_check",
      basis_note: "La Jornada compared fiscal years and reported -50.2% from kg figures we could not reproduce from any CBP scope.",
      series: "fentanyl",
      scope: "swb",
      measure: "total",
      baseline: { from: "2023-10", to: "2024-09" },
      comparison: { from: "2024-10", to: "2025-09" },
      source_ids: ["news_jornada_fent_fy25"],
    },
  ],
};
writeJson("claims.json", {
  claims: x.claims.map((claim) => {
    const checks = CHECKS[claim.id];
    if (!checks) throw new Error(`no checks written for claim ${claim.id}`);
    return { ...claim, checks };
  }),
});

const TOPIC_BY_PREFIX = { s: "ev2026-01", f: "ev2025-02", a: "ev2025-08", c: "claims", p: "places" };
function seriesTopic(id) {
  if (id === "claim_2026-01-16") return "claims";
  if (/^(cbp_|claim_fent|news_(milenio|jornada|bloomberg|inkl))/.test(id)) return "fentanyl";
  if (/^(sesnsp|diegovalle|news_inegi|gob_)/.test(id)) return "homicides";
  throw new Error(`no topic for series source ${id}`);
}
// Language of the series sources: the research did not record it; it is read off each page's
// title and URL (Spanish-language outlets and SESNSP: es; CBP files and English outlets: en).
const SERIES_LANGUAGE_EN = /^(cbp_|diegovalle|claim_fent_2025-07-24|news_(bloomberg|inkl))/;

function toGithubUrl(locator) {
  const m = /^repo (\S+), path (?:'([^']+)'|([^,]+)), commit ([0-9a-f]{40})/.exec(locator);
  if (!m) return locator;
  const [, repo, quotedPath, plainPath, commit] = m;
  const path = quotedPath ?? plainPath;
  return `https://github.com/${repo}/blob/${commit}/${path.split("/").map(encodeURIComponent).join("/")}`;
}

const seriesSources = JSON.parse(read("series_sources.json")).map((s) => {
  const locator = s["url or repo+path+commit"];
  const iso = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(s.published)?.[0] ?? null;
  return {
    id: s.id,
    url: toGithubUrl(locator),
    publisher: s.publisher,
    published: iso,
    ...(iso === s.published ? {} : { published_note: s.published }),
    title: s.title,
    title_basis: locator.startsWith("repo ") ? "repository_path" : "descriptive",
    language: SERIES_LANGUAGE_EN.test(s.id) ? "en" : "es",
    topic: seriesTopic(s.id),
    note: s["what it covers"],
    ...(locator.startsWith("repo ") ? { locator } : {}),
  };
});
writeJson("sources.json", {
  sources: [...x.sources.map((s) => ({ ...s, topic: TOPIC_BY_PREFIX[s.id[0]] })), ...seriesSources],
});

// --- series
writeCsv(
  "fentanyl-monthly.csv",
  ["month", "scope", "pounds", "source_id"],
  parseCsv(read("fentanyl_seizures_swb_monthly.csv")).map((r) => [r.period_start, scopeId(r.scope), r.pounds, r.source_id]),
);
writeCsv(
  "fentanyl-fiscal-years.csv",
  ["fiscal_year", "scope", "pounds", "partial", "source_id", "note"],
  parseCsv(read("fentanyl_seizures_fy.csv")).map((r) => [
    Number(r.fiscal_year.replace("FY", "")),
    scopeId(r.scope),
    r.pounds,
    r.note.startsWith("FY2026 PARTIAL") ? "true" : "false",
    r.source_id,
    r.note,
  ]),
);

const homicides = parseCsv(read("homicides_mexico_monthly.csv"));
writeCsv(
  "homicides-monthly.csv",
  ["month", "victims", "source_id"],
  homicides.filter((r) => r.victims !== "").map((r) => [r.period_start, r.victims, r.source_id]),
);
// The date each stated average was given, from the note or (for the Dec 2025 figure) the
// claim's own made_on date; see data/README.md.
const STATED_ON = {
  "gob_2025-08-12_jul25": "2025-08-12",
  "gob_2025-01-09": "2025-01-09",
  "gob_2026-03-10_feb26": "2026-03-10",
  "gob_2025-02-11": "2025-02-11",
  "gob_2025-07_jun25": "2025-07-09",
  "gob_2025-09-09_aug25": "2025-09-09",
  "gob_2025-10-07_sep25": "2025-10-07",
  "gob_2025-11-11_oct25": "2025-11-11",
  "gob_2025-12-09_nov25": "2025-12-09",
  "gob_2026-01_dec25": "2026-01-08",
  "gob_2026-02-10_jan26": "2026-02-10",
};
const PREFIX =
  "Government-stated national daily average of homicidio doloso victims (SESNSP data from state prosecutors, as presented at the president's morning conference); ";
writeCsv(
  "homicides-stated-daily.csv",
  ["month", "daily_average", "stated_on", "source_id", "note"],
  homicides
    .filter((r) => r.victims === "")
    .map((r) => {
      const statedOn = STATED_ON[r.source_id];
      if (!statedOn) throw new Error(`no stated_on date for ${r.source_id}`);
      return [r.period_start, r.daily_average, statedOn, r.source_id, r.note.replace(PREFIX, "")];
    }),
);
writeCsv(
  "homicides-annual.csv",
  ["year", "series", "victims", "source_id", "note"],
  parseCsv(read("homicides_mexico_annual.csv")).map((r) => [r.year, r.series, r.victims, r.source_id, r.note]),
);
console.log(`import-shared-data: wrote data/ from ${from}`);
