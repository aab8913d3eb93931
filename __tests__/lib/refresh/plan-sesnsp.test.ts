/** @jest-environment node */
import { createHash } from "node:crypto";
import type { RawDataFiles } from "@/lib/data/files";
import { validateDataset } from "@/lib/data/validate";
import { planSesnspRefresh } from "@/lib/refresh/apply-sesnsp";
import { formatIngestIssue } from "@/lib/refresh/ingest-issue";
import type { RefreshInput } from "@/lib/refresh/refresh-plan";
import { snapshotFiles } from "../../fixtures/data-files";
import { encodeSesnsp, sesnspReleaseMatching } from "../../fixtures/refresh/releases";

function dataset(raw: RawDataFiles) {
  const valid = validateDataset(raw);
  if (!valid.ok) throw new Error("fixture data invalid");
  return valid.dataset;
}
function plan(raw: RawDataFiles, bytes: Buffer, options: Partial<RefreshInput> = {}) {
  const file = { name: "IDVFC_NM_jul25.csv", sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length, retrieved: "2025-08-20" };
  const result = planSesnspRefresh({ raw, dataset: dataset(raw), file, allowRemovals: false, ...options }, bytes);
  if (!result.ok) throw new Error(result.issues.map(formatIngestIssue).join("\n"));
  return result.plan;
}

describe("planSesnspRefresh", () => {
  it("planSesnspRefresh of a file that matches data/ changes no count (both encodings)", () => {
    const raw = snapshotFiles();
    for (const encoding of ["latin1", "utf8-bom"] as const) {
      const p = plan(raw, encodeSesnsp(sesnspReleaseMatching(dataset(raw)), encoding));
      expect(p.diff).toMatchObject({ added: [], revised: [], removed: [] });
      expect(p.totals).toEqual([]);
      expect(p.coverage).toEqual({ from: "2018-01", to: "2025-06", months: 90 });
      expect(p.ignored).toContain("36 months before January 2018, where the monthly series starts (their years' totals are used)");
      // Only the provenance moves: each month now cites the new file.
      expect(Object.keys(p.files).sort()).toEqual(["changelog", "homicidesAnnual", "homicidesMonthly", "seriesMeta", "sources"]);
    }
  });

  it("planSesnspRefresh adds a newly published month and leaves the stated daily averages alone", () => {
    const raw = snapshotFiles();
    const p = plan(raw, encodeSesnsp(sesnspReleaseMatching(dataset(raw), { "2025-07": 1934 }), "latin1"));
    expect(p.diff.added).toEqual([{ month: "2025-07", key: "", value: 1934 }]);
    expect(p.entry).toMatchObject({ series: "homicides", data_to: "2025-07", new_months: ["2025-07"], revised: [] });
    expect(p.files.homicidesMonthly!.trimEnd().split("\n").at(-1)).toBe(`2025-07,1934,${p.source.id}`);
    expect(p.files.homicidesStated).toBeUndefined();
    const meta = JSON.parse(p.files.seriesMeta!).series.find((m: { id: string }) => m.id === "homicides");
    expect(meta.coverage).toEqual({ from: "2018-01", to: "2026-02" }); // the stated averages still reach further
    expect(p.source).toMatchObject({
      language: "es",
      topic: "homicides",
      title: expect.stringContaining("julio de 2025"),
      short_title: "SESNSP, víctimas, a julio de 2025",
    });
    expect(validateDataset({ ...raw, ...p.files }).ok).toBe(true);
  });

  it("planSesnspRefresh revises a month and the yearly total of its year together", () => {
    const raw = snapshotFiles();
    const p = plan(raw, encodeSesnsp(sesnspReleaseMatching(dataset(raw), { "2024-03": 2500 }), "utf8-bom"));
    const before = dataset(raw).homicidesMonthly.find((r) => r.month === "2024-03")!.victims;
    const year = dataset(raw).homicidesAnnual.find((r) => r.year === 2024 && r.series === "SESNSP")!.victims;
    expect(p.diff.revised).toEqual([{ month: "2024-03", key: "", from: before, to: 2500 }]);
    expect(p.totals).toEqual([{ label: "2024 SESNSP", from: year, to: year - before + 2500 }]);
    expect(validateDataset({ ...raw, ...p.files }).ok).toBe(true);
  });

  it("planSesnspRefresh adds the SESNSP total of a year once all twelve months are published", () => {
    const raw = snapshotFiles();
    const rest = { "2025-07": 1900, "2025-08": 1850, "2025-09": 1800, "2025-10": 1750, "2025-11": 1700, "2025-12": 1650 };
    const p = plan(raw, encodeSesnsp(sesnspReleaseMatching(dataset(raw), rest), "latin1"));
    const first = dataset(raw)
      .homicidesMonthly.filter((r) => r.month.startsWith("2025-"))
      .reduce((s, r) => s + r.victims, 0);
    expect(p.totals).toEqual([{ label: "2025 SESNSP", from: null, to: first + 10650 }]);
    expect(p.files.homicidesAnnual!.trimEnd().split("\n").at(-1)).toMatch(
      /^2025,SESNSP,\d+,sesnsp_victims_2025-12_[0-9a-f]{8},"Victims of homicidio doloso \(excl\. feminicidio\), sum of 12 monthly national totals in the SESNSP release with data to Dec 2025","Víctimas de homicidio doloso \(sin feminicidio\), suma de 12 totales nacionales mensuales de la publicación del SESNSP con datos a diciembre de 2025"$/,
    );
  });

  it("planSesnspRefresh applied twice leaves the files byte-identical the second time", () => {
    const raw = snapshotFiles();
    const bytes = encodeSesnsp(sesnspReleaseMatching(dataset(raw), { "2025-07": 1934 }), "latin1");
    const once = { ...raw, ...plan(raw, bytes).files };
    expect(plan(once, bytes).files).toEqual({});
  });
});
