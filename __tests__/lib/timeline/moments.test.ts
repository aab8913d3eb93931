/** @jest-environment node */
import { makeSourceTrust } from "@/lib/sources/trust";
import { computeClaimChecks } from "@/lib/stats/claim-check";
import { buildMoments, momentsOfKind } from "@/lib/timeline/moments";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const data = loadDatasetSnapshot();
const claims = computeClaimChecks(data.claims, data, makeSourceTrust(data.sources));
const moments = buildMoments(data.timeline, claims);

describe("the timeline's moments", () => {
  it("holds every entry and every statement the claims page shows, oldest first", () => {
    const shown = claims.reduce((n, c) => n + c.statements.length, 0);
    expect(moments).toHaveLength(data.timeline.length + shown);
    const dates = moments.map((m) => m.date);
    expect(dates).toEqual([...dates].sort());
    // The low-authority-only statement of 11 Feb 2025 is not a moment either.
    expect(moments.some((m) => m.id === "claim-cl-hom-40-2025-02-11")).toBe(false);
  });

  it("turns a claim statement into a claim moment titled with its value and topic, rated like the claims page", () => {
    const march = moments.find((m) => m.id === "claim-cl-hom-40-2026-03-10")!;
    expect(march).toMatchObject({ kind: "claim", date: "2026-03-10", trust: "shown", claim: { claimId: "cl-hom-40", valuePct: -44 } });
    expect(march.title.en).toBe("-44%: intentional homicides in Mexico");
    expect(moments.find((m) => m.id === "claim-cl-fent-57-2025-10-07")!.trust).toBe("unconfirmed");
  });

  it("filters by kind: the three transfers of the 92, each linked to its transfer", () => {
    expect(momentsOfKind(moments, "transfer").map((m) => m.entry?.event_id)).toEqual(["ev2025-02", "ev2025-08", "ev2026-01"]);
    expect(momentsOfKind(moments, null)).toHaveLength(moments.length);
  });
});
