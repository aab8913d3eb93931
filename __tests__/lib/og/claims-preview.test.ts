/** @jest-environment node */
import { getMessages } from "@/lib/i18n/messages";
import { buildClaimsPreview } from "@/lib/og/claims-preview";
import { makeSourceTrust } from "@/lib/sources/trust";
import { computeClaimChecks } from "@/lib/stats/claim-check";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const data = loadDatasetSnapshot();
const checks = computeClaimChecks(data.claims, data, makeSourceTrust(data.sources));

describe("the /claims link preview", () => {
  it("gives each claim's latest statement, dated, with what checking it found, in the page's order", () => {
    const preview = buildClaimsPreview(checks, "en", getMessages("en"));
    expect(preview.lines.map((l) => [l.value, l.finding])).toEqual([
      ["-44%", "Mar 10, 2026: on the claimant's own figures -43.8%, not an independent check"],
      ["-50%", "Jan 19, 2026: it states no comparison window, so it cannot be checked"],
      ["-57.48%", "Oct 7, 2025: the agency's data give -57.48%"],
      ["-56%", "Feb 24, 2026: it measures something no series here holds, so it cannot be checked"],
      ["-43%", "Jan 12, 2026: it measures something no series here holds, so it cannot be checked"],
    ]);
    expect(preview.lines.map((l) => l.isUnconfirmed)).toEqual([false, true, true, false, false]);
    expect(preview.description).toContain("-57.48% CBP fentanyl seizures, second quarter of 2025 (Oct 7, 2025: the agency's data give -57.48%; one outlet).");
    expect(preview.alt.startsWith("Every official claim, every statement, checked. -44% intentional homicides in Mexico")).toBe(true);
  });

  it("is in Spanish for a Spanish link", () => {
    const preview = buildClaimsPreview(checks, "es", getMessages("es"));
    expect(preview.title).toBe("Cada afirmación oficial, cada declaración, verificada");
    expect(preview.lines[0]!.finding).toMatch(/^10 mar 2026: con las propias cifras de quien lo afirma, -43[.,]8\s?%, sin verificación independiente$/);
  });
});
