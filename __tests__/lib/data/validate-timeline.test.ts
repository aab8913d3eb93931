/** @jest-environment node */
import type { DataIssue } from "@/lib/data/issue";
import { validateDataset } from "@/lib/data/validate";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";
import { snapshotFiles, withJson, withJsonFiles } from "../../fixtures/data-files";

function issuesOf(files: ReturnType<typeof snapshotFiles>): DataIssue[] {
  const result = validateDataset(files);
  if (result.ok) throw new Error("expected the broken fixture to fail validation");
  return result.issues;
}
const CALL = "tl-2024-11-07-first-sheinbaum-trump-call-after";
const callOf = (root: { entries: { id: string }[] }) => root.entries.find((e) => e.id === CALL) as Record<string, unknown>;

describe("validateDataset: the timeline", () => {
  it("accepts the snapshot's entries, oldest first, each transfer entry naming its transfer", () => {
    const d = loadDatasetSnapshot();
    expect(d.timeline.length).toBeGreaterThanOrEqual(50);
    const dates = d.timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(d.timeline.filter((e) => e.kind === "transfer").map((e) => e.event_id)).toEqual(["ev2025-02", "ev2025-08", "ev2026-01"]);
  });

  it("rejects an entry resting only on low-authority sources, naming it", () => {
    const issues = issuesOf(
      withJsonFiles({
        sources: (root) => {
          for (const s of root.sources) if (["t004", "t005", "t006", "t007"].includes(s.id)) s.authority = "low-authority";
        },
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ file: "timeline.json", record: CALL, field: "source_ids", expected: expect.stringMatching(/^a primary source or a major outlet/) }));
  });

  it("rejects a confidence above its sources', and a lower one without a note", () => {
    const above = issuesOf(
      withJsonFiles({
        sources: (root) => {
          for (const s of root.sources) if (["t005", "t006", "t007"].includes(s.id)) s.authority = "low-authority";
          for (const s of root.sources) if (s.id === "t004") s.authority = "major outlet";
        },
      }),
    );
    expect(above).toContainEqual(expect.objectContaining({ record: CALL, field: "confidence", expected: 'at most "medium", what its sources give' }));
    const lower = issuesOf(withJson("timeline", (root) => (callOf(root).confidence = "medium")));
    expect(lower).toEqual([expect.objectContaining({ record: CALL, field: "confidence_note" })]);
  });

  it("rejects a transfer entry without its transfer, an event_id on another kind, and unknown claims or people", () => {
    const issues = issuesOf(
      withJson("timeline", (root) => {
        const transfer = root.entries.find((e: { kind: string }) => e.kind === "transfer");
        delete transfer.event_id;
        Object.assign(callOf(root), { event_id: "ev2025-02", claim_ids: ["cl-nope-1"], person_ids: ["nobody"] });
      }),
    );
    expect(issues.map((i) => `${i.record}.${i.field}`)).toEqual([
      "tl-2024-11-07-first-sheinbaum-trump-call-after.event_id",
      "tl-2024-11-07-first-sheinbaum-trump-call-after.claim_ids[0]",
      "tl-2024-11-07-first-sheinbaum-trump-call-after.person_ids[0]",
      "tl-2025-02-27-first-mass-transfer-29-prisoners.event_id",
    ]);
  });

  it("accepts a change of government only on a confirmed entry of kind \"other\"", () => {
    const d = loadDatasetSnapshot();
    expect(d.timeline.filter((e) => e.government_change).map((e) => e.date)).toEqual(["2024-10-01", "2025-01-20"]);
    const issues = issuesOf(withJson("timeline", (root) => Object.assign(callOf(root), { government_change: "mexico" })));
    expect(issues).toEqual([expect.objectContaining({ file: "timeline.json", record: CALL, field: "government_change", found: '"call"' })]);
  });

  it("rejects an id that does not start with its date, a month entry not dated the 1st, a duplicate id and an unknown kind", () => {
    const issues = issuesOf(
      withJson("timeline", (root) => {
        callOf(root).date = "2024-11-08";
        root.entries[4].date_precision = "month";
        root.entries[2].id = root.entries[3].id;
      }),
    );
    expect(issues.map((i) => `${i.record}.${i.field}`)).toEqual(
      expect.arrayContaining([`${CALL}.id`, `${entryId(4)}.date`, `${entryId(3)}.id`]),
    );
    const kind = issuesOf(withJson("timeline", (root) => (callOf(root).kind = "rumour")));
    expect(kind).toEqual([expect.objectContaining({ file: "timeline.json", record: CALL, field: "kind", found: "\"rumour\"" })]);
  });
});

function entryId(i: number): string {
  return JSON.parse(snapshotFiles().timeline).entries[i].id;
}
