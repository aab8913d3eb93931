/** @jest-environment node */
import { timelineCsv } from "@/lib/export/timeline-csv";
import { getMessages } from "@/lib/i18n/messages";
import { buildTimelinePreview, cutAtWord, PREVIEW_SUMMARY_CHARS } from "@/lib/og/timeline-preview";
import { makeSourceTrust } from "@/lib/sources/trust";
import { computeClaimChecks } from "@/lib/stats/claim-check";
import { buildMoments, momentsOfKind } from "@/lib/timeline/moments";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const data = loadDatasetSnapshot();
const moments = buildMoments(data.timeline, computeClaimChecks(data.claims, data, makeSourceTrust(data.sources)));
const months = { from: "2024-09", to: "2026-04" };
const en = getMessages("en");
const es = getMessages("es");
const RUBIO = "tl-2025-09-03-rubio-visit-security-cooperation-program";

describe("the timeline's link preview", () => {
  it("draws an entry: date and kind, title, its summary cut at a word, its sources; the description keeps the whole summary", () => {
    const p = buildTimelinePreview(moments, RUBIO, months, "en", en);
    const entry = data.timeline.find((e) => e.id === RUBIO)!;
    expect(p.kicker).toBe("September 3, 2025 · Agreement");
    expect(p.title).toBe(entry.title.en);
    expect(p.footer).toBe(`${entry.source_ids.length} sources`);
    expect(p.body.length).toBeLessThanOrEqual(PREVIEW_SUMMARY_CHARS);
    expect(p.description).toBe(entry.summary.en);
    expect(p.alt).toContain(entry.title.en);
    expect(p.eventId).toBeNull();
  });

  it("gives a transfer its colour's event, a one-outlet entry its mark, and Spanish words in Spanish", () => {
    const transfer = data.timeline.find((e) => e.event_id === "ev2025-08")!;
    expect(buildTimelinePreview(moments, transfer.id, months, "es", es)).toMatchObject({
      eventId: "ev2025-08",
      title: transfer.title.es,
      kicker: "12 de agosto de 2025 · Traslado",
    });
    const medium = data.timeline.find((e) => e.confidence === "medium")!;
    expect(buildTimelinePreview(moments, medium.id, months, "en", en).footer).toMatch(/ · one outlet$/);
  });

  it("draws a claim's statement with where it is checked, and the page (counts by kind) for no entry or an unknown one", () => {
    const claim = moments.find((m) => m.kind === "claim")!;
    expect(buildTimelinePreview(moments, claim.id, months, "en", en)).toMatchObject({
      kicker: expect.stringMatching(/ · Claim$/),
      body: en.timeline.claimPreview,
    });
    const page = buildTimelinePreview(moments, "tl-1999-01-01-nope", months, "en", en);
    expect(page.title).toBe(en.timeline.title);
    expect(page.kicker).toBe(`${moments.length} moments, Sep 2024 – Apr 2026`);
    expect(page.body).toContain(`Transfer: 3 · Claim: ${momentsOfKind(moments, "claim").length}`);
  });

  it("cutAtWord cuts at a word boundary with an ellipsis, and leaves a short text alone", () => {
    expect(cutAtWord("one two three", 20)).toBe("one two three");
    expect(cutAtWord("one two three four", 12)).toBe("one two…");
    expect(cutAtWord("one two, three", 10)).toBe("one two…");
  });
});

describe("the timeline's CSV", () => {
  const csv = timelineCsv({
    moments: momentsOfKind(moments, "tariff"),
    sources: new Map(data.sources.map((s) => [s.id, s])),
    preamble: ["Extradition Atlas: moments"],
    linkOf: (id) => `https://atlas.example/timeline?entry=${id}`,
    locale: "es",
    t: es,
  });
  const lines = csv.split("\r\n").filter(Boolean);

  it("writes one line per moment of the view, with Spanish headers, its link and every source's URL", () => {
    expect(lines[0]).toBe("# Extradition Atlas: moments");
    expect(lines[1]).toBe("id,fecha,precision_fecha,tipo,titulo,resumen,confianza,id_traslado,id_afirmacion,enlace_cronologia,urls_fuentes");
    const tariffs = data.timeline.filter((e) => e.kind === "tariff");
    expect(lines).toHaveLength(2 + tariffs.length);
    const first = tariffs[0]!;
    expect(lines[2]!.startsWith(`${first.id},${first.date},day,tariff,`)).toBe(true);
    expect(lines[2]).toContain(`https://atlas.example/timeline?entry=${first.id}`);
    const urls = first.source_ids.map((id) => data.sources.find((s) => s.id === id)!.url);
    expect(lines[2]!.endsWith(urls.join(" "))).toBe(true);
  });
});
