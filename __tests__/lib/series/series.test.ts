/** @jest-environment node */
import { formatCompact, formatMonthTick, formatYearTick, yearTicks } from "@/lib/charts/axis";
import type { Dataset } from "@/lib/data/dataset";
import { ink } from "@/lib/theme/ink";
import { buildEventColors } from "@/lib/theme/event-colors";
import { NEUTRAL_COLOR } from "@/lib/theme/palette";
import { buildTimeAnnotations, linkAnnotations, unlinkAnnotations } from "@/lib/series/annotations";
import { buildFentanylMonthRows, buildFiscalYearRows } from "@/lib/series/fentanyl";
import { buildAnnualHomicideRows, buildHomicideRows } from "@/lib/series/homicides";
import { midMonthTime, rowsForRange, seriesMonths, toTime } from "@/lib/series/time";
import { buildTransferRows } from "@/lib/series/transfers";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const DAY_MS = 86_400_000;

/** Small homicide inputs built by code: monthly SESNSP counts and stated averages. */
function makeHomicideInput({
  counts = [],
  stated = [],
}: {
  counts?: [month: string, victims: number][];
  stated?: [month: string, daily: number, statedOn: string][];
}): Pick<Dataset, "homicidesMonthly" | "homicidesStated"> {
  return {
    homicidesMonthly: counts.map(([month, victims]) => ({ month, victims, source_id: "s-count" })),
    homicidesStated: stated.map(([month, daily_average, stated_on]) => ({ month, daily_average, stated_on, source_id: `s-${stated_on}`, note: "" })),
  };
}

/** Events with only the fields the series builders read. */
function makeEvents(rows: [id: string, date: string, people: number][]): Pick<Dataset, "events"> {
  return { events: rows.map(([id, date, value]) => ({ id, date, people_count: { value } })) as unknown as Dataset["events"] };
}

describe("toTime", () => {
  it("toTime reads a month as 00:00 UTC of its first day and a date as 00:00 UTC of that day", () => {
    expect(toTime("2024-10")).toBe(Date.UTC(2024, 9, 1));
    expect(toTime("2024-10-01")).toBe(Date.UTC(2024, 9, 1));
    expect(toTime("2026-01-20")).toBe(Date.UTC(2026, 0, 20));
  });
  it("toTime throws with the bad value when the text is not a date", () => {
    expect(() => toTime("2024-13")).toThrow(/invalid date "2024-13"/);
    expect(() => toTime("Sept 2024")).toThrow(/invalid date "Sept 2024"/);
  });
});

describe("midMonthTime", () => {
  it("midMonthTime is the 15th of the month at 00:00 UTC", () => {
    expect(midMonthTime("2024-09")).toBe(Date.UTC(2024, 8, 15));
    expect(midMonthTime("2024-02")).toBe(toTime("2024-02") + 14 * DAY_MS);
  });
});

describe("buildHomicideRows", () => {
  it("buildHomicideRows covers Jan 2018 to Feb 2026 with one row per month (98 rows)", () => {
    const rows = buildHomicideRows(loadDatasetSnapshot());
    expect(rows).toHaveLength(98);
    expect(rows[0]!.month).toBe("2018-01");
    expect(rows.at(-1)!.month).toBe("2026-02");
    expect(new Set(rows.map((r) => r.month)).size).toBe(98);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.time).toBeGreaterThan(rows[i - 1]!.time);
  });
  it("buildHomicideRows gives Sep 2024 2,607 victims and 2,607 / 30 = 86.9 per day", () => {
    const sep = buildHomicideRows(loadDatasetSnapshot()).find((r) => r.month === "2024-09")!;
    expect(sep.victims).toBe(2607);
    expect(sep.perDay).toBeCloseTo(2607 / 30, 10);
    expect(sep.perDay!).toBeCloseTo(86.9, 1);
    expect(sep.time).toBe(midMonthTime("2024-09"));
  });
  it("buildHomicideRows has SESNSP counts to Jun 2025 and null victims and perDay after it", () => {
    const rows = buildHomicideRows(loadDatasetSnapshot());
    const counted = rows.filter((r) => r.victims !== null).map((r) => r.month);
    expect(counted).toHaveLength(90);
    expect(counted.at(-1)).toBe("2025-06");
    const after = rows.filter((r) => r.month > "2025-06");
    expect(after).toHaveLength(8);
    for (const r of after) expect([r.month, r.victims, r.perDay]).toEqual([r.month, null, null]);
  });
  it("buildHomicideRows takes the latest of two statements for Dec 2024: 73.3 (10 Mar 2026), not 72.8", () => {
    const dec = buildHomicideRows(loadDatasetSnapshot()).find((r) => r.month === "2024-12")!;
    expect(dec.stated).toBe(73.3);
    expect(dec.statedSourceId).toBe("gob_2026-03-10_feb26");
  });
  it("buildHomicideRows has a stated average in exactly 13 months, Sep 2024 to Feb 2026", () => {
    const stated = buildHomicideRows(loadDatasetSnapshot()).filter((r) => r.stated !== null);
    expect(stated.map((r) => r.month)).toEqual([
      "2024-09",
      "2024-12",
      "2025-01",
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
    expect(stated.find((r) => r.month === "2026-02")!.stated).toBe(48.8);
  });
  it("buildHomicideRows picks the latest statement whatever the input order", () => {
    const early = makeHomicideInput({
      stated: [
        ["2024-12", 72.8, "2025-01-09"],
        ["2024-12", 73.3, "2026-03-10"],
      ],
    });
    const late = makeHomicideInput({
      stated: [
        ["2024-12", 73.3, "2026-03-10"],
        ["2024-12", 72.8, "2025-01-09"],
      ],
    });
    for (const input of [early, late]) expect(buildHomicideRows(input)[0]).toMatchObject({ month: "2024-12", stated: 73.3, statedSourceId: "s-2026-03-10" });
  });
  it("buildHomicideRows fills a month no source gives with nulls, never 0", () => {
    const rows = buildHomicideRows(
      makeHomicideInput({
        counts: [
          ["2024-01", 310],
          ["2024-03", 620],
        ],
      }),
    );
    expect(rows.map((r) => [r.month, r.victims, r.perDay, r.stated])).toEqual([
      ["2024-01", 310, 10, null],
      ["2024-02", null, null, null],
      ["2024-03", 620, 20, null],
    ]);
  });
});

describe("buildAnnualHomicideRows", () => {
  it("buildAnnualHomicideRows has one row per year from 2015 to 2024", () => {
    expect(buildAnnualHomicideRows(loadDatasetSnapshot()).map((r) => r.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  });
  it("buildAnnualHomicideRows puts the SESNSP and INEGI counts of a year side by side in one row, with INEGI's note", () => {
    const rows = buildAnnualHomicideRows({
      homicidesAnnual: [
        { year: 2024, series: "INEGI", victims: 120, source_id: "a", note: { en: "registered deaths", es: "defunciones registradas" } },
        { year: 2024, series: "SESNSP", victims: 100, source_id: "b", note: { en: "n", es: "n" } },
      ],
    });
    expect(rows).toEqual([{ year: 2024, sesnsp: 100, inegi: 120, inegiNote: { en: "registered deaths", es: "defunciones registradas" } }]);
  });
  it("buildAnnualHomicideRows gives null, not 0, for a series missing in a year", () => {
    const rows = buildAnnualHomicideRows({
      homicidesAnnual: [
        { year: 2021, series: "INEGI", victims: 100, source_id: "a", note: { en: "n", es: "n" } },
        { year: 2020, series: "SESNSP", victims: 90, source_id: "b", note: { en: "n", es: "n" } },
      ],
    });
    expect(rows).toEqual([
      { year: 2020, sesnsp: 90, inegi: null, inegiNote: null },
      { year: 2021, sesnsp: null, inegi: 100, inegiNote: { en: "n", es: "n" } },
    ]);
  });
});

describe("buildFentanylMonthRows", () => {
  it("buildFentanylMonthRows gives 91 southwest-border months, Oct 2018 to Apr 2026", () => {
    const rows = buildFentanylMonthRows(loadDatasetSnapshot(), "swb");
    expect(rows).toHaveLength(91);
    expect([rows[0]!.month, rows.at(-1)!.month]).toEqual(["2018-10", "2026-04"]);
  });
  it("buildFentanylMonthRows puts each month's pounds, as given, at mid-month on the time axis", () => {
    const rows = buildFentanylMonthRows({ fentanylMonthly: [{ month: "2024-10", scope: "swb_land", pounds: 1885.4, source_id: "s" }] }, "swb_land");
    expect(rows.map((r) => ({ month: r.month, pounds: r.pounds, time: r.time }))).toEqual([
      { month: "2024-10", pounds: 1885.4, time: midMonthTime("2024-10") },
    ]);
  });
  it("buildFentanylMonthRows keeps only the asked scope and sorts by month", () => {
    const rows = buildFentanylMonthRows(
      {
        fentanylMonthly: [
          { month: "2025-02", scope: "swb", pounds: 2, source_id: "s" },
          { month: "2025-01", scope: "nationwide", pounds: 9, source_id: "s" },
          { month: "2025-01", scope: "swb", pounds: 1, source_id: "s" },
        ],
      },
      "swb",
    );
    expect(rows.map((r) => [r.month, r.pounds])).toEqual([
      ["2025-01", 1],
      ["2025-02", 2],
    ]);
  });
});

describe("buildFiscalYearRows", () => {
  it("buildFiscalYearRows gives nationwide FY2019 to FY2026, labelled FY and the year", () => {
    const rows = buildFiscalYearRows(loadDatasetSnapshot(), "nationwide");
    expect(rows.map((r) => r.label)).toEqual(["FY2019", "FY2020", "FY2021", "FY2022", "FY2023", "FY2024", "FY2025", "FY2026"]);
  });
  it("buildFiscalYearRows flags only FY2026 as partial, in both scopes", () => {
    for (const scope of ["swb", "nationwide"] as const) {
      const partial = buildFiscalYearRows(loadDatasetSnapshot(), scope)
        .filter((r) => r.isPartial)
        .map((r) => r.label);
      expect({ scope, partial }).toEqual({ scope, partial: ["FY2026"] });
    }
  });
  it("buildFiscalYearRows keeps one scope, sorts by fiscal year and carries the file's totals and partial flags as they are", () => {
    const rows = buildFiscalYearRows(
      {
        fentanylFiscalYears: [
          { fiscal_year: 2026, scope: "swb", pounds: 6262.41, partial: true, source_id: "s", note: "" },
          { fiscal_year: 2025, scope: "nationwide", pounds: 9, partial: false, source_id: "s", note: "" },
          { fiscal_year: 2025, scope: "swb", pounds: 8000, partial: false, source_id: "s", note: "" },
        ],
      },
      "swb",
    );
    expect(rows).toEqual([
      { fiscalYear: 2025, label: "FY2025", pounds: 8000, isPartial: false },
      { fiscalYear: 2026, label: "FY2026", pounds: 6262.41, isPartial: true },
    ]);
  });
});

describe("buildTransferRows", () => {
  it("buildTransferRows gives 29, 26, 37 people and running totals 29, 55, 92 in date order", () => {
    const rows = buildTransferRows(loadDatasetSnapshot());
    expect(rows.map((r) => [r.id, r.date, r.people, r.runningTotal])).toEqual([
      ["ev2025-02", "2025-02-27", 29, 29],
      ["ev2025-08", "2025-08-12", 26, 55],
      ["ev2026-01", "2026-01-20", 37, 92],
    ]);
    expect(rows.map((r) => r.time)).toEqual([toTime("2025-02-27"), toTime("2025-08-12"), toTime("2026-01-20")]);
  });
  it("buildTransferRows colours each transfer as buildEventColors does on the map", () => {
    const data = loadDatasetSnapshot();
    const colors = buildEventColors(data.events.map((e) => e.id));
    const rows = buildTransferRows(data);
    expect(rows.map((r) => r.color)).toEqual(rows.map((r) => colors.get(r.id)));
    expect(new Set(rows.map((r) => r.color)).size).toBe(3);
    expect(rows.map((r) => r.color)).not.toContain(NEUTRAL_COLOR);
  });
  it("buildTransferRows sorts events given out of date order before summing", () => {
    const rows = buildTransferRows(
      makeEvents([
        ["b", "2025-08-12", 26],
        ["a", "2025-02-27", 29],
      ]),
    );
    expect(rows.map((r) => [r.id, r.runningTotal])).toEqual([
      ["a", 29],
      ["b", 55],
    ]);
  });
});

describe("buildTimeAnnotations", () => {
  const SHEINBAUM = "tl-2024-10-01-claudia-sheinbaum-takes-office-president";
  it("marks the two changes of government, the 3 transfers and every tariff, designation and agreement entry, in date order, each opening its entry", () => {
    const data = loadDatasetSnapshot();
    const annotations = buildTimeAnnotations(data, "en");
    expect(annotations.filter((a) => ["administration", "transfer"].includes(a.kind)).map((a) => [a.kind, a.date, a.government])).toEqual([
      ["administration", "2024-10-01", "mexico"],
      ["administration", "2025-01-20", "united_states"],
      ["transfer", "2025-02-27", undefined],
      ["transfer", "2025-08-12", undefined],
      ["transfer", "2026-01-20", undefined],
    ]);
    const policy = data.timeline.filter((e) => ["tariff", "designation", "agreement"].includes(e.kind));
    expect(annotations.filter((a) => ["tariff", "designation", "agreement"].includes(a.kind)).map((a) => a.entryId)).toEqual(policy.map((e) => e.id));
    expect(policy.map((e) => e.kind).filter((k) => k === "agreement")).toHaveLength(1);
    expect(annotations.map((a) => a.time)).toEqual([...annotations.map((a) => a.time)].sort((a, b) => a - b));
    expect(annotations[0]).toMatchObject({
      entryId: SHEINBAUM,
      time: Date.UTC(2024, 9, 1),
      title: "Oct 1, 2024: Claudia Sheinbaum takes office as president of Mexico",
    });
    const transfer = annotations.find((a) => a.id === "ev2025-02")!;
    expect(transfer.entryId).toBe("tl-2025-02-27-first-mass-transfer-29-prisoners");
    expect(annotations.every((a) => a.href === undefined)).toBe(true);
  });
  it("colours transfers as the map does and every other line and shape in the neutral ink", () => {
    const data = loadDatasetSnapshot();
    const annotations = buildTimeAnnotations(data, "es");
    const rows = buildTransferRows(data);
    expect(annotations.filter((a) => a.kind === "transfer").map((a) => [a.id, a.color, a.people])).toEqual(rows.map((r) => [r.id, r.color, r.people]));
    expect(new Set(annotations.filter((a) => a.kind !== "transfer").map((a) => a.color))).toEqual(new Set([ink("neutral")]));
    expect(annotations[0]!.title).toBe("1 oct 2024: Claudia Sheinbaum asume la Presidencia de México");
  });
  it("draws a transfer without a timeline entry, unlinked, and sorts it by date", () => {
    const annotations = buildTimeAnnotations(
      {
        ...makeEvents([
          ["late", "2025-01-01", 1],
          ["early", "2024-05-01", 2],
        ]),
        timeline: [],
      },
      "en",
    );
    expect(annotations.map((a) => [a.id, a.entryId])).toEqual([
      ["early", undefined],
      ["late", undefined],
    ]);
  });
  it("linkAnnotations gives each mark with an entry its link, and unlinkAnnotations takes it away", () => {
    const annotations = buildTimeAnnotations(loadDatasetSnapshot(), "en");
    const linked = linkAnnotations(annotations, (id) => `/timeline?entry=${id}`);
    expect(linked[0]!.href).toBe(`/timeline?entry=${SHEINBAUM}`);
    expect(unlinkAnnotations(linked)).toEqual(annotations);
  });
});

describe("yearTicks", () => {
  it("yearTicks gives 1 Jan of 2018 to 2026 for the homicide axis (Jan 2018 to mid Feb 2026)", () => {
    const ticks = yearTicks(toTime("2018-01"), midMonthTime("2026-02"));
    expect(ticks).toHaveLength(9);
    expect(ticks[0]).toBe(Date.UTC(2018, 0, 1));
    expect(ticks.at(-1)).toBe(Date.UTC(2026, 0, 1));
  });
  it("yearTicks leaves out a 1 Jan outside the range at either end", () => {
    const cases = [
      { from: Date.UTC(2018, 0, 2), to: Date.UTC(2020, 5, 1), expected: [Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)] },
      { from: Date.UTC(2018, 0, 1), to: Date.UTC(2019, 11, 31), expected: [Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)] },
      { from: Date.UTC(2024, 2, 1), to: Date.UTC(2024, 10, 1), expected: [] },
    ];
    for (const c of cases) expect({ ...c, got: yearTicks(c.from, c.to) }).toEqual({ ...c, got: c.expected });
  });
});

describe("formatCompact", () => {
  it("formatCompact writes thousands as K in en-US", () => {
    const cases = [
      { value: 12000, expected: "12K" },
      { value: 1500, expected: "1.5K" },
      { value: 30046, expected: "30K" },
      { value: 950, expected: "950" },
      { value: 0, expected: "0" },
    ];
    for (const c of cases) expect({ value: c.value, got: formatCompact("en")(c.value) }).toEqual({ value: c.value, got: c.expected });
  });
});

describe("formatYearTick", () => {
  it("formatYearTick prints the UTC year of a tick", () => {
    expect(formatYearTick("en")(Date.UTC(2025, 0, 1))).toBe("2025");
  });
});

describe("formatMonthTick", () => {
  it("formatMonthTick prints the UTC month and year of a tick", () => {
    expect(formatMonthTick("en")(toTime("2024-10-01"))).toBe("Oct 2024");
  });
});

describe("rowsForRange", () => {
  const rows = [{ month: "2025-01" }, { month: "2025-02" }, { month: "2025-03" }];

  it("keeps the rows in the range", () => {
    expect(rowsForRange(rows, { from: "2025-02", to: "2026-01" })).toEqual({ rows: [{ month: "2025-02" }, { month: "2025-03" }], missed: false });
  });

  it("gives every row, and says so, when the range holds none of them: no chart is drawn from an empty series", () => {
    expect(rowsForRange(rows, { from: "2026-03", to: "2026-04" })).toEqual({ rows, missed: true });
  });

  it("gives every row for no range", () => {
    expect(rowsForRange(rows, null)).toEqual({ rows, missed: false });
  });
});

describe("seriesMonths", () => {
  it("spans every monthly series", () => {
    expect(
      seriesMonths({
        homicidesMonthly: [{ month: "2019-03" }],
        homicidesStated: [{ month: "2026-02" }],
        fentanylMonthly: [{ month: "2018-10" }, { month: "2026-04" }],
      }),
    ).toEqual({ from: "2018-10", to: "2026-04" });
  });
});
