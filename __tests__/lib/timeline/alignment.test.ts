/** @jest-environment node */
import { buildChartPlots } from "@/lib/charts/chart-plots";
import { plotArea } from "@/lib/charts/chart-definition";
import { defineChart } from "@/lib/charts/define-chart";
import { placeChart, placeXs } from "@/lib/charts/place-chart";
import { getMessages } from "@/lib/i18n/messages";
import { buildFentanylMonthRows } from "@/lib/series/fentanyl";
import { buildHomicideRows } from "@/lib/series/homicides";
import { makeSourceTrust } from "@/lib/sources/trust";
import { computeClaimChecks } from "@/lib/stats/claim-check";
import { TimelineAxis } from "@/lib/texts/timeline-axis";
import { buildEventColors } from "@/lib/theme/event-colors";
import { TIMELINE_KINDS } from "@/lib/timeline/kinds";
import { timeDomain } from "@/lib/timeline/axis";
import { buildMoments, momentsInMonths } from "@/lib/timeline/moments";
import { DEFAULT_VIEW } from "@/lib/url/view-state";
import { loadDatasetSnapshot } from "../../fixtures/dataset-snapshot";

const data = loadDatasetSnapshot();
const en = getMessages("en");
/** One axis width for every picture, in px: the charts' plotting area and the timeline's track. */
const AXIS_PX = 800;

/** Where the timeline's server picture draws each entry's mark, in px along the track (its circles' cx, in %). */
function timelineMarksPx(range: { from: string; to: string }): Map<string, number> {
  const moments = momentsInMonths(buildMoments(data.timeline, computeClaimChecks(data.claims, data, makeSourceTrust(data.sources))), range);
  const html = String(
    TimelineAxis({
      moments,
      kinds: TIMELINE_KINDS,
      domain: timeDomain(range),
      homicides: [],
      seizures: [],
      openId: null,
      hrefFor: (id) => `#${id}`,
      chartsHref: "/#chart-homicides",
      eventColors: buildEventColors(data.events.map((e) => e.id)),
      locale: "en",
      t: en,
    }),
  );
  const out = new Map<string, number>();
  for (const [, id, cx] of html.matchAll(/<a href="#([^"]+)"[^>]*>.*?<circle cx="([\d.]+)%"/g)) out.set(id!, (Number(cx) / 100) * AXIS_PX);
  return out;
}

describe("the timeline and the time charts share one time axis", () => {
  for (const range of [
    { from: "2024-09", to: "2026-02" },
    { from: "2025-01", to: "2025-12" },
  ]) {
    it(`puts the same dates at the same x for a ${AXIS_PX}px axis and the range ${range.from}..${range.to}`, () => {
      const plots = buildChartPlots(data, { ...DEFAULT_VIEW, range }, en);
      const onTimeline = timelineMarksPx(range);
      for (const chart of ["homicides", "fentanyl"] as const) {
        const def = defineChart(plots.specs[chart]);
        expect({ chart, domain: def.x.type === "time" && def.x.domain }).toEqual({ chart, domain: timeDomain(range) });
        // The same axis width whatever the chart's margins: the picture is laid out for a width it is given.
        const width = AXIS_PX + def.margin.left + def.y.widthPx + def.margin.right;
        expect(plotArea(def, width, def.heightPx).width).toBe(AXIS_PX);
        const placed = placeChart(def).annotations;
        const dated = def.annotations.map((a, i) => ({ a, x: placed[i]!.x * AXIS_PX })).filter(({ a }) => a.entryId?.startsWith("tl-"));
        expect(dated.length).toBeGreaterThanOrEqual(8);
        for (const { a, x } of dated) {
          const there = onTimeline.get(a.entryId!);
          expect({ chart, entry: a.entryId, px: there === undefined ? null : Math.abs(there - x) < 0.01 }).toEqual({ chart, entry: a.entryId, px: true });
        }
      }
    });
  }

  it("puts each month's value at the same x on the charts and on the timeline's series (the 15th)", () => {
    const range = { from: "2024-09", to: "2026-02" };
    const domain = timeDomain(range);
    const plots = buildChartPlots(data, { ...DEFAULT_VIEW, range }, en);
    const homicides = buildHomicideRows(data).filter((r) => r.month >= range.from && r.month <= range.to);
    const seizures = buildFentanylMonthRows(data, "swb").filter((r) => r.month >= range.from && r.month <= range.to);
    const fraction = (time: number) => (time - domain[0]) / (domain[1] - domain[0]);
    expect(placeXs(defineChart(plots.specs.homicides))).toEqual(homicides.map((r) => fraction(r.time)));
    expect(placeXs(defineChart(plots.specs.fentanyl))).toEqual(seizures.map((r) => fraction(r.time)));
    // Mid-month is the 15th, 00:00 UTC: September 2024's point 14 days into a 546-day axis.
    expect(fraction(homicides[0]!.time) * AXIS_PX).toBeCloseTo((14 / 546) * AXIS_PX, 6);
  });
});
