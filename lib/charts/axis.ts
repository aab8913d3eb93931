import { scaleLinear } from "d3-scale";
import type { Locale } from "../i18n/locale";
import { dateFormat, numberFormat } from "../format/intl-cache";

/**
 * Jan 1 (UTC) of every year in [fromTime, toTime), for a yearly time axis: an axis that ends on
 * 1 Jan (the end of a December) gets no label at its right edge.
 */
export function yearTicks(fromTime: number, toTime: number): number[] {
  const first = new Date(fromTime).getUTCFullYear();
  const last = new Date(toTime).getUTCFullYear();
  const ticks: number[] = [];
  for (let y = first; y <= last; y++) {
    const t = Date.UTC(y, 0, 1);
    if (t >= fromTime && t < toTime) ticks.push(t);
  }
  return ticks;
}

export const formatYearTick = (locale: Locale) => (time: number) => dateFormat(locale, { year: "numeric", timeZone: "UTC" }).format(new Date(time));

export const formatMonthTick = (locale: Locale) => (time: number) =>
  dateFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" }).format(new Date(time));

/** Compact axis numbers: 12,000 -> "12K" in en-US. */
export const formatCompact = (locale: Locale) => (value: number) => numberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(value);

/** Zero-based y domain and round ticks for a maximum: 37,000 -> [0, 40,000], ticks every 10,000. */
export function zeroBasedTicks(max: number, count = 5): { domain: [number, number]; ticks: number[] } {
  const scale = scaleLinear()
    .domain([0, Math.max(max, 1)])
    .nice(count);
  const ticks = scale.ticks(count);
  return { domain: [0, scale.domain()[1]!], ticks };
}
