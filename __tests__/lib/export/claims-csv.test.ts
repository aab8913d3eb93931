/** @jest-environment node */
import { claimsCsv } from "@/lib/export/claims-csv";
import { getMessages } from "@/lib/i18n/messages";
import { makeSourceTrust } from "@/lib/sources/trust";
import { computeClaimChecks } from "@/lib/stats/claim-check";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const data = loadDatasetSnapshot();
const checks = computeClaimChecks(data.claims, data, makeSourceTrust(data.sources));
const sources = new Map(data.sources.map((s) => [s.id, s]));

/** RFC 4180 lines parsed back: quoted cells may hold commas and doubled quotes. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  for (const line of csv.split("\r\n").filter((l) => l && !l.startsWith("# "))) {
    const cells: string[] = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted && ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = !quoted;
      else if (ch === "," && !quoted) {
        cells.push(cell);
        cell = "";
      } else cell += ch;
    }
    rows.push([...cells, cell]);
  }
  return rows;
}

describe("the claims CSV", () => {
  const csv = claimsCsv({ checks, sources, preamble: ["Official claims", "https://atlas.example/#claims-title"], locale: "en", t: getMessages("en") });
  const [header, ...rows] = parse(csv);
  const col = (name: string) => header!.indexOf(name);
  const row = (claim: string, date: string) => rows.find((r) => r[col("claim_id")] === claim && r[col("stated_on")] === date)!;

  it("has one line per statement the page shows, none for a statement left out (11 Feb 2025, low-authority only)", () => {
    expect(rows).toHaveLength(checks.reduce((n, c) => n + c.statements.length, 0));
    expect(rows.some((r) => r[col("stated_on")] === "2025-02-11")).toBe(false);
    expect(csv.startsWith("# Official claims\r\n# https://atlas.example/#claims-title\r\n")).toBe(true);
  });

  it("gives the -57.48% statement its series, months and pounds: CBP southwest border, Apr-Jun 2025 (2,141.00 lb) against Apr-Jun 2024 (5,034.72 lb)", () => {
    const r = row("cl-fent-57", "2025-10-07");
    expect([
      r[col("check")],
      r[col("checked_against")],
      r[col("before_months")],
      r[col("before_value")],
      r[col("after_months")],
      r[col("after_value")],
      r[col("computed_change_pct")],
    ]).toEqual(["independent", "cbp_fentanyl_swb", "2024-04/2024-06", "5034.72", "2025-04/2025-06", "2141", "-57.48"]);
    expect(r[col("confidence")]).toBe("one outlet");
  });

  it("words the -44% of 10 Mar 2026 as arithmetic on the claimant's figures, 86.9 (2024-09) -> 48.8 (2026-02) = -43.84%", () => {
    const r = row("cl-hom-40", "2026-03-10");
    expect([
      r[col("check")],
      r[col("checked_against")],
      r[col("before_months")],
      r[col("before_value")],
      r[col("after_months")],
      r[col("after_value")],
      r[col("computed_change_pct")],
    ]).toEqual(["arithmetic", "stated_figures", "2024-09", "86.9", "2026-02", "48.8", "-43.84"]);
    expect(r[col("finding")]).toMatch(/Not an independent check/);
  });

  it("says why a statement cannot be checked and leaves its numbers empty: Trump's 56% 'flow' is a measure the atlas does not hold", () => {
    const r = row("cl-flow-56", "2026-02-24");
    expect(r[col("check")]).toBe("uncheckable:metric_not_held");
    expect([r[col("before_value")], r[col("after_value")], r[col("computed_change_pct")]]).toEqual(["", "", ""]);
    expect(r[col("stated_by")]).toBe("Donald Trump, President of the United States");
    expect(r[col("sources")]!.split(" ")).toContain(
      "https://reason.com/2026/02/24/5-reasons-to-doubt-trumps-boast-about-bringing-down-fentanyl-smuggling/printer",
    );
  });

  it("names the speaker of a statement when it is not the claim's claimant (Marcela Figueroa, 12 Aug 2025)", () => {
    expect(row("cl-hom-40", "2025-08-12")[col("stated_by")]).toBe("Marcela Figueroa, head of the SESNSP");
  });

  it("is in Spanish with Spanish headers and the same numbers", () => {
    const es = parse(claimsCsv({ checks, sources, preamble: [], locale: "es", t: getMessages("es") }));
    expect(es[0]![0]).toBe("id_afirmacion");
    expect(es.slice(1).map((r) => r[5])).toEqual(rows.map((r) => r[col("stated_change_pct")]));
  });
});
