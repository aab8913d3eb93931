/** @jest-environment node */
import { calendarMonth, CBP_HEADER, parseCbpRelease } from "@/lib/refresh/cbp-release";
import { formatIngestIssue, MAX_LISTED_ISSUES } from "@/lib/refresh/ingest-issue";
import { cbpRow, fixtureBytes } from "../../fixtures/refresh/releases";

const SAMPLE = fixtureBytes("cbp-fy26-sample.csv").toString("utf8");
const HEADER = CBP_HEADER.join(",");

/** The sample with `edit` applied to its lines (header first). */
const edited = (edit: (lines: string[]) => string[]) => edit(SAMPLE.trimEnd().split("\n")).join("\n") + "\n";
const issuesOf = (text: string) => {
  const result = parseCbpRelease("cbp.csv", text);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.issues.map(formatIngestIssue);
};

/** Sums the sample's fentanyl pounds straight from its lines, as a reader with a spreadsheet would. */
function plainSum(month: string, keep: (cells: string[]) => boolean): number {
  return SAMPLE.trimEnd()
    .split("\n")
    .slice(1)
    .map((l) => l.split(","))
    .filter((c) => c[1] === month && c[6] === "Fentanyl" && keep(c))
    .reduce((sum, c) => sum + Number(c[8]), 0);
}

describe("calendarMonth", () => {
  it("calendarMonth puts OCT-DEC in the calendar year before the fiscal year", () => {
    expect(calendarMonth(2025, "OCT")).toBe("2024-10");
    expect(calendarMonth(2025, "DEC")).toBe("2024-12");
    expect(calendarMonth(2025, "JAN")).toBe("2025-01");
    expect(calendarMonth(2025, "SEP")).toBe("2025-09");
  });
});

describe("parseCbpRelease", () => {
  it("parseCbpRelease sums fentanyl pounds into the three scopes by calendar month (real FY2026 rows)", () => {
    const result = parseCbpRelease("cbp.csv", SAMPLE);
    if (!result.ok) throw new Error(result.issues.map(formatIngestIssue).join("\n"));
    const r = result.value;
    expect(r.months).toEqual(["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04"]);
    expect(r.fiscalYears).toEqual([{ fiscalYear: 2026, months: 7 }]);
    const jan = r.pounds.get("2026-01")!;
    expect(jan.swb).toBeCloseTo(
      plainSum("JAN", (c) => c[3] === "Southwest Border"),
      9,
    );
    expect(jan.swb_land).toBeCloseTo(
      plainSum("JAN", (c) => c[3] === "Southwest Border" && c[4] === "Land Only"),
      9,
    );
    expect(jan.nationwide).toBeCloseTo(
      plainSum("JAN", () => true),
      9,
    );
    expect(r.pounds.get("2026-04")!.nationwide).toBeGreaterThan(r.pounds.get("2026-04")!.swb); // Miami's April row
    expect(r.rows).toBe(66);
  });

  it("parseCbpRelease names a missing column, a changed unit, an unexpected column and columns out of order", () => {
    expect(issuesOf(edited(([, ...rows]) => [HEADER.replace(",Count of Event", ""), ...rows.map((r) => r.replace(/,\d+,([^,]+)$/, ",$1"))]))).toEqual([
      `cbp.csv:1: the column "Count of Event" is missing; expected the header ${HEADER}`,
    ]);
    expect(issuesOf(edited(([, ...rows]) => [HEADER.replace("Sum Qty (lbs)", "Sum Qty (kg)"), ...rows]))).toEqual([
      'cbp.csv:1:9 (Sum Qty (kg)): expected the column "Sum Qty (lbs)", found "Sum Qty (kg)": the unit or name changed, and the refresh converts nothing',
    ]);
    expect(issuesOf(edited(([, ...rows]) => [`${HEADER},Notes`, ...rows.map((r) => `${r},`)]))).toEqual([
      'cbp.csv:1:10 (Notes): unexpected column "Notes": the layout changed',
    ]);
    const swapped = HEADER.replace("Region,Land Filter", "Land Filter,Region");
    expect(issuesOf(edited(([, ...rows]) => [swapped, ...rows]))).toEqual([
      `cbp.csv:1:4 (Land Filter): columns out of order: expected "Region" here (the header must read ${HEADER})`,
    ]);
  });

  it("parseCbpRelease names the line and column of every bad cell", () => {
    const text = edited((lines) => {
      const out = [...lines];
      out[3] = out[3]!.replace(/,[^,]+$/, ",12,5"); // a comma in the number: one cell too many
      out[4] = out[4]!.replace(/,[^,]+$/, ",n/a");
      out[5] = out[5]!.replace("2026 (FYTD)", "FY26");
      out[6] = out[6]!.replace(/^([^,]+),[A-Z]{3},/, "$1,Sept,");
      out[7] = out[7]!.replace(/(Southwest|Northern) Border|Coastal\/Interior/, "Southern Border");
      return out;
    });
    expect(issuesOf(text)).toEqual(["cbp.csv:4: expected 9 cells, found 10"]);
    const cells = edited((lines) =>
      lines.map((l, i) =>
        i === 3
          ? l.replace(/,[^,]+$/, ",n/a")
          : i === 4
            ? l.replace("2026 (FYTD)", "FY26")
            : i === 5
              ? l.replace(/^([^,]+),[A-Z]{3},/, "$1,Sept,")
              : i === 6
                ? l.replace(/Southwest Border|Northern Border|Coastal\/Interior/, "Southern Border")
                : i === 7
                  ? l.replace(/,(Land Only|Other),/, ",Sea,")
                  : i === 8
                    ? l.replace(/,(\d+),([^,]+)$/, ",1.5,$2")
                    : l,
      ),
    );
    expect(issuesOf(cells)).toEqual([
      'cbp.csv:4:9 (Sum Qty (lbs)): expected a number of pounds >= 0, found "n/a"',
      'cbp.csv:5:1 (FY): expected a fiscal year such as "2025" or "2026 (FYTD)", found "FY26"',
      'cbp.csv:6:2 (Month (abbv)): expected a month abbreviation OCT, NOV, DEC, JAN, FEB, MAR, APR, MAY, JUN, JUL, AUG, SEP, found "Sept"',
      'cbp.csv:7:4 (Region): expected a region Southwest Border, Northern Border, Coastal/Interior, found "Southern Border"',
      'cbp.csv:8:5 (Land Filter): expected Land Only or Other, found "Sea"',
      'cbp.csv:9:8 (Count of Event): expected a whole number of events, found "1.5"',
    ]);
  });

  it("parseCbpRelease lists at most MAX_LISTED_ISSUES problems and counts the rest", () => {
    const issues = issuesOf(edited(([head, ...rows]) => [head!, ...rows.map((r) => r.replace(/,[^,]+$/, ",x"))]));
    expect(issues).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(issues.at(-1)).toMatch(/\.\.\. and 41 more problem\(s\) like these$/);
  });

  it("parseCbpRelease refuses a year to date with a gap, a full year missing a month, and FYTD before a later year", () => {
    expect(issuesOf(edited((lines) => lines.filter((l) => !l.startsWith("2026 (FYTD),JAN,"))))).toEqual([
      "cbp.csv:1:2 (Month (abbv)): FY2026 has months OCT, NOV, DEC, FEB, MAR, APR: a year to date must run from OCT without a gap (a month is missing or out of order)",
    ]);
    const full = Array.from(["OCT", "NOV", "DEC", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG"], (m) =>
      cbpRow(m, "Southwest Border", "Land Only", "TUCSON SECTOR", "Fentanyl", 1, "1.0", "2025"),
    );
    expect(issuesOf(edited((lines) => [...lines, ...full]))).toEqual([
      "cbp.csv:1:2 (Month (abbv)): FY2025 has months OCT, NOV, DEC, JAN, FEB, MAR, APR, MAY, JUN, JUL, AUG: a full fiscal year needs all 12 months (a month is missing or out of order)",
    ]);
    const later = cbpRow("OCT", "Southwest Border", "Land Only", "TUCSON SECTOR", "Fentanyl", 1, "1.0", "2027");
    expect(issuesOf(edited((lines) => [...lines, later]))).toEqual(['cbp.csv:1:1 (FY): FY2026 is marked "(FYTD)" but FY2027 comes after it']);
  });

  it("parseCbpRelease refuses a file with a fiscal year missing between two others", () => {
    const months = ["OCT", "NOV", "DEC", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP"];
    const fy2024 = months.map((m) => cbpRow(m, "Southwest Border", "Land Only", "TUCSON SECTOR", "Fentanyl", 1, "1.0", "2024"));
    expect(issuesOf(edited((lines) => [...lines, ...fy2024]))).toEqual(["cbp.csv:1: no rows for FY2025, between FY2024 and FY2026: a fiscal year is missing"]);
  });

  it("parseCbpRelease refuses a file without fentanyl rows and a file with a header only", () => {
    expect(issuesOf(edited((lines) => lines.filter((l) => !l.includes(",Fentanyl,"))))).toEqual([
      'cbp.csv:2:7 (Drug Type): no row has Drug Type "Fentanyl": the drug names changed',
    ]);
    expect(issuesOf(`${HEADER}\n`)).toEqual(["cbp.csv:2: the file has a header but no rows"]);
  });
});
