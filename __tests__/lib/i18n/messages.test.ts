/** @jest-environment node */
import { LOCALES } from "@/lib/i18n/locale";
import { getMessages, type Messages } from "@/lib/i18n/messages";
import { PREVIEW_MESSAGES, type PreviewMessages } from "@/lib/i18n/preview-messages";

/** Every leaf of a catalogue by its dotted path, at any depth; functions are leaves. */
function leaves(value: unknown, path = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) for (const [p, v] of leaves(child, path ? `${path}.${key}` : key)) out.set(p, v);
  } else {
    out.set(path, value);
  }
  return out;
}

/** Key paths in one catalogue and not the other, both ways, so the failure names them. */
function parity(a: unknown, b: unknown) {
  const pa = [...leaves(a).keys()];
  const pb = [...leaves(b).keys()];
  return { onlyInFirst: pa.filter((p) => !pb.includes(p)), onlyInSecond: pb.filter((p) => !pa.includes(p)) };
}

const N = [0, 1, 29] as const;
const S = "X";

/**
 * Sample calls of every function in a catalogue: numbers 0, 1 and 29, strings "X", and each
 * member of a union parameter. Typed against the interfaces, so a changed signature fails tsc;
 * a test below fails if a function is added without samples here.
 */
function messageSamples(t: Messages): Record<string, string[]> {
  const statuses = ["reported", "partial", "notReported"] as const;
  return {
    ...Object.fromEntries(Object.entries(previewSamples(t.preview)).map(([path, outputs]) => [`preview.${path}`, outputs])),
    "common.sourceCount": N.map((n) => t.common.sourceCount(n)),
    "common.people": N.map((n) => t.common.people(n)),
    "common.atLeast": [t.common.atLeast(S)],
    "common.seeDiscrepancy": [t.common.seeDiscrepancy(S)],
    "headline.title": N.map((n) => t.headline.title(S, n)),
    "claims.claimedBy": [t.claims.claimedBy(S)],
    "footer.data": [t.footer.data(S)],
    "map.mapDescription": [t.map.mapDescription(S)],
    "map.transferOf": [t.map.transferOf(S)],
    "map.pictureAlt": [t.map.pictureAlt(S, null, 13), t.map.pictureAlt(S, S, 8)],
    "sourcesPage.compiled": [t.sourcesPage.compiled(S)],
    "sourcesPage.seriesAsOf": [t.sourcesPage.seriesAsOf(S, S)],
    "sourcesPage.updateLine": [t.sourcesPage.updateLine(S, S, 1, 0, 0), t.sourcesPage.updateLine(S, S, 29, 1, 29)],
    "sourcesPage.updateApplied": [t.sourcesPage.updateApplied(S)],
    "sourcesPage.fileLine": [t.sourcesPage.fileLine(S, S, S), t.sourcesPage.fileLine(S, S, null)],
    "sourcesPage.updateRevised": [t.sourcesPage.updateRevised(S, S, S, S)],
    "sourcesPage.updateNewMonths": [t.sourcesPage.updateNewMonths(S)],
    "sourcesPage.updateRemoved": [t.sourcesPage.updateRemoved(S, S)],
    "charts.span": [t.charts.span(S, S)],
    "charts.homicides.description": [t.charts.homicides.description(S, S)],
    "charts.annual.description": [t.charts.annual.description(2015, 2024)],
    "charts.fiscal.description": [t.charts.fiscal.description(2019, 2026)],
    "charts.fiscal.partialNote": [t.charts.fiscal.partialNote(2026, S)],
    "charts.fiscal.partial": [t.charts.fiscal.partial(S)],
    "map.peopleSummary": statuses.map((status) => t.map.peopleSummary(S, status)),
    "map.departureSummary": N.map((n) => t.map.departureSummary(n)),
    "export.busy": [t.export.busy(S)],
    "export.done": [t.export.done(S)],
    "export.failed": [t.export.failed(S)],
    "export.mapTitle": [t.export.mapTitle(S)],
    "charts.dataAsOf": [t.charts.dataAsOf(S)],
    "charts.annotationTransfer": [t.charts.annotationTransfer(S)],
    "charts.annotationGovernment": [t.charts.annotationGovernment("mexico", S), t.charts.annotationGovernment("united_states", S)],
    "charts.moreSources": N.map((n) => t.charts.moreSources(n)),
    "charts.rangeMissed": [t.charts.rangeMissed("Mar 2026 – Apr 2026")],
    "charts.fentanyl.subtitle": [t.charts.fentanyl.subtitle(S)],
    "charts.fentanyl.description": [t.charts.fentanyl.description(S, S)],
    "charts.fiscal.subtitle": [t.charts.fiscal.subtitle(S)],
    "people.review": [t.people.review(S, S)],
    "people.named": [t.people.named(34, 92)],
    "people.plusUnconfirmed": [t.people.plusUnconfirmed(2)],
    "people.namedBasis": [t.people.namedBasis(1, 2), t.people.namedBasis(10, 2)],
    "people.previewReview": [t.people.previewReview("Dec 5, 2026", "Jul 2, 2026")],
    "people.previewFederal": [t.people.previewFederal(18, 5, 5)],
    "people.exportSourceLine": [t.people.exportSourceLine("Jul 2, 2026")],
    "claims.latestStated": [t.claims.latestStated("Mar 10, 2026")],
    "claims.allStatements": [t.claims.allStatements(14)],
    "timeline.shown": [t.timeline.shown(1, "Sep 2024 – Apr 2026"), t.timeline.shown(77, "Sep 2024 – Apr 2026")],
    "timeline.pounds": [t.timeline.pounds("2,169")],
    "timeline.sourcesCount": [t.timeline.sourcesCount(1), t.timeline.sourcesCount(4)],
    "claims.more": [t.claims.more(1), t.claims.more(7)],
    "claims.moreWithWindows": [t.claims.moreWithWindows(1), t.claims.moreWithWindows(7)],
    "claims.latestInPreview": [t.claims.latestInPreview("−44%", "Mar 10, 2026", S, t.claims.findingShort.arithmetic("−43.8%"))],
    "claims.findingShort.independent": [t.claims.findingShort.independent("−57.48%")],
    "claims.findingShort.arithmetic": [t.claims.findingShort.arithmetic("−43.8%")],
    "charts.claimMarkTitle": [t.charts.claimMarkTitle("−44%", "Mar 10, 2026")],
    "claims.saidBy": [t.claims.saidBy(S)],
    "claims.metricAsStated": [t.claims.metricAsStated(S)],
    "claims.leftOut": [t.claims.leftOut(1, "Feb 11, 2025"), t.claims.leftOut(2, "Feb 11, 2025; Dec 15, 2025")],
    "claims.outcome.independent": [
      t.claims.outcome.independent("CBP's seizure files (Southwest border)", "Apr–Jun 2025, 2,141.00 lbs", "Apr–Jun 2024, 5,034.72 lbs", "−57.48%", "−57.48%"),
    ],
    "claims.outcome.arithmetic": [t.claims.outcome.arithmetic("86.9 (Sep 2024)", "48.8 (Feb 2026)", "−43.8%")],
    "claims.seriesName.fentanyl": [t.claims.seriesName.fentanyl("Southwest border")],
    "people.shown": [t.people.shown(3, 34)],
    "people.person.noEvents": [t.people.person.noEvents(S)],
    "people.person.transferred": [t.people.person.transferred(S)],
    "people.person.disputedCourt": [t.people.person.disputedCourt("disc-15")],
    "charts.transfers.description": [t.charts.transfers.description(S, S)],
  };
}

function previewSamples(s: PreviewMessages): Record<string, string[]> {
  const statuses = ["reported", "partial", "notReported"] as const;
  const pairs = N.flatMap((a) => N.map((b) => [a, b] as const));
  return {
    peopleOnDate: [s.peopleOnDate(S, S)],
    allDescription: [s.allDescription(S)],
    eventTitle: N.map((n) => s.eventTitle(S, S, n)),
    eventSubtitle: pairs.map(([a, b]) => s.eventSubtitle(a, b, S)),
    countsReported: pairs.map(([a, b]) => s.countsReported(a, b)),
    eventDescription: [s.eventDescription(S, S)],
    placePeople: statuses.flatMap((status) => [s.placePeople(S, status, S), s.placePeople(S, status, null)]),
    placeDeparture: N.map((n) => s.placeDeparture(n)),
    transfersOn: N.map((n) => s.transfersOn(S, n)),
    placeDescription: (["departure", "destination"] as const).map((role) => s.placeDescription(S, role)),
    mapAlt: N.map((n) => s.mapAlt(S, { arcs: n, disputed: n, departures: n, destinations: n })),
    mapWhatAll: N.map((n) => s.mapWhatAll(n)),
    mapWhatEvent: [s.mapWhatEvent(S)],
    selectedAlt: [s.selectedAlt(S)],
    dataLine: [s.dataLine(S)],
  };
}

const functionPaths = (catalogue: unknown) => [...leaves(catalogue)].filter(([, v]) => typeof v === "function").map(([p]) => p);

/** Problems in sample outputs: not a string, empty, or with "undefined"/"NaN" in it. */
function badOutputs(samples: Record<string, string[]>): string[] {
  return Object.entries(samples).flatMap(([path, outputs]) =>
    outputs.filter((o) => typeof o !== "string" || o.trim() === "" || /undefined|NaN|\[object/.test(o)).map((o) => `${path}: ${JSON.stringify(o)}`),
  );
}

/**
 * Spanish leaves allowed to equal the English: names, acronyms and words spelled the same in
 * both languages. Keep this short; anything else equal to the English is untranslated.
 */
const SAME_IN_BOTH = new Set([
  "site.name", // "Extradition Atlas", the site's name
  "headline.deathPenaltyNo", // "No"
  "sourcesPage.general", // "General"
  "charts.annual.sesnsp", // "SESNSP"
  "charts.annual.inegi", // "INEGI"
  "people.csvHeaders.id", // "id", a CSV column of ids
  "timeline.csvHeaders.id", // "id", a CSV column of ids
]);

const en = getMessages("en");
const es = getMessages("es");

describe("message catalogues", () => {
  it("getMessages returns a catalogue for every locale, and the Spanish one for es", () => {
    for (const locale of LOCALES) expect(getMessages(locale)).toBeDefined();
    expect(es).not.toBe(en);
    expect(es.site.navSources).toBe("Fuentes y discrepancias");
    expect(en.site.navSources).toBe("Sources and discrepancies");
  });

  it("en and es have exactly the same key paths at every depth", () => {
    expect(parity(en, es)).toEqual({ onlyInFirst: [], onlyInSecond: [] });
  });

  it("the parity check names a key missing at any depth, and a function-versus-object mismatch", () => {
    const missing = { ...es, charts: { ...es.charts, fiscal: { ...es.charts.fiscal, partial: undefined } } };
    delete missing.charts.fiscal.partial;
    expect(parity(en, missing)).toEqual({ onlyInFirst: ["charts.fiscal.partial"], onlyInSecond: [] });
    expect(parity({ a: { b: () => "" } }, { a: { b: { c: "" } } })).toEqual({ onlyInFirst: ["a.b"], onlyInSecond: ["a.b.c"] });
  });

  it("every locale's catalogue has the same key paths as English", () => {
    for (const locale of LOCALES) expect({ locale, ...parity(en, getMessages(locale)) }).toEqual({ locale, onlyInFirst: [], onlyInSecond: [] });
  });

  it("every leaf is a string or a function, and no string is empty", () => {
    for (const locale of LOCALES) {
      const isText = (v: unknown) => typeof v === "string" && v.trim() !== "";
      // A leaf is a string, a function, or a list of strings (e.g. the method paragraphs).
      const bad = [...leaves(getMessages(locale))]
        .filter(([, v]) => !(typeof v === "function" || isText(v) || (Array.isArray(v) && v.length > 0 && v.every(isText))))
        .map(([p]) => `${locale}: ${p}`);
      expect(bad).toEqual([]);
    }
  });

  it("the sample calls cover every function in the catalogue", () => {
    expect(functionPaths(en).sort()).toEqual(Object.keys(messageSamples(en)).sort());
    expect(functionPaths(es).sort()).toEqual(Object.keys(messageSamples(es)).sort());
  });

  it("every function returns a non-empty string without undefined or NaN for sample arguments", () => {
    for (const locale of LOCALES) expect({ locale, bad: badOutputs(messageSamples(getMessages(locale))) }).toEqual({ locale, bad: [] });
  });

  it("no Spanish string equals its English counterpart, outside a short allow-list", () => {
    const english = leaves(en);
    const same = [...leaves(es)]
      .filter(([p, v]) => typeof v === "string" && v === english.get(p) && !SAME_IN_BOTH.has(p))
      .map(([p, v]) => `${p}: ${JSON.stringify(v)}`);
    expect(same).toEqual([]);
  });

  it("no Spanish function gives the same output as the English one for the same arguments", () => {
    const english = messageSamples(en);
    const same = Object.entries(messageSamples(es)).flatMap(([p, outputs]) =>
      outputs.filter((o, i) => o === english[p]?.[i]).map((o) => `${p}: ${JSON.stringify(o)}`),
    );
    expect(same).toEqual([]);
  });

  it("every allow-listed path exists in both catalogues", () => {
    const esPaths = leaves(es);
    const enPaths = leaves(en);
    expect([...SAME_IN_BOTH].filter((p) => !esPaths.has(p) || !enPaths.has(p))).toEqual([]);
  });

  it("people() agrees in number in Spanish, and groups thousands as es-MX", () => {
    expect(es.common.people(1)).toBe("1 persona");
    expect(es.common.people(29)).toBe("29 personas");
    expect(es.common.people(0)).toBe("0 personas");
    expect(es.common.people(12027)).toBe(`${(12027).toLocaleString("es-MX")} personas`);
    expect(en.common.people(1)).toBe("1 person");
  });

  it("Spanish counts agree in number wherever a count is passed", () => {
    expect(es.common.sourceCount(1)).toBe("1 fuente");
    expect(es.common.sourceCount(2)).toBe("2 fuentes");
    expect(es.headline.title("92", 3)).toBe("92 personas enviadas a Estados Unidos en 3 traslados masivos");
    expect(es.headline.title("1", 1)).toBe("1 persona enviada a Estados Unidos en 1 traslado masivo");
    expect(es.map.departureSummary(1)).toBe("salida, 1 traslado");
    expect(es.map.departureSummary(2)).toBe("salida, 2 traslados");
    expect(es.map.peopleSummary("1", "reported")).toBe("1 persona");
    expect(es.map.peopleSummary("12", "reported")).toBe("12 personas");
  });

  it("Spanish uses the terms Mexican newsrooms use", () => {
    expect(es.common.notReported).toBe("no reportado");
    expect(es.headline.disputed).toBe("según algunas fuentes, no según otras");
    expect(es.charts.homicides.title).toMatch(/homicidios dolosos/i);
    expect(es.charts.fentanyl.title).toContain("Aduanas y Protección Fronteriza (CBP)");
    expect(es.sourcesPage.topics.fentanyl).toMatch(/^Decomisos de fentanilo/);
    expect(es.charts.fiscal.fiscalYear).toBe("Año fiscal");
    expect(es.claims.unitPounds).toBe("lb");
    // Mexico calls them transfers, not extraditions: the Spanish copy must not call them extradiciones.
    const extradition = [...leaves(es)].filter(([p, v]) => p !== "headline.lede" && typeof v === "string" && /extradici/i.test(v)).map(([p]) => p);
    expect(extradition).toEqual([]);
    expect(es.headline.lede).toMatch(/traslados.*Ley de Seguridad Nacional.*no extradiciones/);
  });
});

describe("PREVIEW_MESSAGES", () => {
  it("PREVIEW_MESSAGES en and es have exactly the same key paths", () => {
    expect(parity(PREVIEW_MESSAGES.en, PREVIEW_MESSAGES.es)).toEqual({ onlyInFirst: [], onlyInSecond: [] });
    for (const locale of LOCALES)
      expect({ locale, ...parity(PREVIEW_MESSAGES.en, PREVIEW_MESSAGES[locale]) }).toEqual({ locale, onlyInFirst: [], onlyInSecond: [] });
  });

  it("the preview sample calls cover every preview function", () => {
    for (const locale of LOCALES) expect(functionPaths(PREVIEW_MESSAGES[locale]).sort()).toEqual(Object.keys(previewSamples(PREVIEW_MESSAGES[locale])).sort());
  });

  it("every preview function returns a non-empty string without undefined or NaN", () => {
    for (const locale of LOCALES) expect({ locale, bad: badOutputs(previewSamples(PREVIEW_MESSAGES[locale])) }).toEqual({ locale, bad: [] });
  });

  it("no Spanish preview string equals the English one for the same arguments", () => {
    const english = previewSamples(PREVIEW_MESSAGES.en);
    const same = Object.entries(previewSamples(PREVIEW_MESSAGES.es)).flatMap(([p, outputs]) =>
      outputs.filter((o, i) => o === english[p]?.[i]).map((o) => `${p}: ${JSON.stringify(o)}`),
    );
    expect(same).toEqual([]);
  });

  it("Spanish preview counts agree in number", () => {
    const s = PREVIEW_MESSAGES.es;
    expect(s.placePeople("1", "reported", null)).toBe("1 persona");
    expect(s.placePeople("6", "reported", null)).toBe("6 personas");
    expect(s.placeDeparture(1)).toBe("salida de 1 traslado");
    expect(s.mapAlt("X", { arcs: 1, disputed: 1, departures: 1, destinations: 1 })).toBe(
      "Mapa de X: 1 ruta desde 1 aeropuerto de salida en México hasta 1 destino en Estados Unidos, 1 punteada donde las fuentes no coinciden.",
    );
  });
});
