/**
 * File names for exports: `<chart>_<view>_<yyyy-mm-dd>.<ext>`, lowercase ASCII, the same for the
 * same input (no clock, no locale). The date is the "data as of" date, not the download time.
 */

/** A view slug is cut to this many characters so names stay readable in a downloads folder. */
export const MAX_VIEW_SLUG_CHARS = 60;

/** Lowercase ASCII: accents dropped ("León" -> "leon"), each run of other characters -> "_". */
function slugPart(part: string): string {
  return part
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/**
 * The view as a slug: each part lowercased and reduced to [a-z0-9-] (other runs become "_"),
 * empty parts dropped, joined with "_"; "all" when nothing is left; at most 60 characters.
 * Example: viewSlug(["ev2026-01", "us_houston"]) === "ev2026-01_us_houston"
 */
export function viewSlug(parts: readonly string[]): string {
  const slug = parts.map(slugPart).filter(Boolean).join("_");
  return slug.slice(0, MAX_VIEW_SLUG_CHARS).replace(/[_-]+$/, "") || "all";
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-11-30" (checked to be a real day) or a Date's UTC day; throws on anything else. */
function toIsoDay(date: string | Date): string {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError("export date is an invalid Date");
    return date.toISOString().slice(0, 10);
  }
  const match = ISO_DATE.exec(date);
  const isRealDay = match !== null && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).toISOString().slice(0, 10) === date;
  if (!isRealDay) throw new RangeError(`export date "${date}" is invalid; expected "YYYY-MM-DD" or a Date`);
  return date;
}

/** Example: { chart: "fentanyl", view: "nationwide", date: "2026-11-30", ext: "png" } */
export interface ExportFileNameInput {
  /** Chart id such as "fentanyl" or "map"; slugged like a view part. */
  chart: string;
  /** A slug from viewSlug (slugged again, so raw text is safe too). */
  view: string;
  /** "YYYY-MM-DD", or a Date read in UTC. */
  date: string | Date;
  /** Extension without the dot: "png", "svg", "csv". */
  ext: string;
}

/**
 * Example: exportFileName({ chart: "fentanyl", view: "nationwide", date: "2026-11-30", ext: "png" }) === "fentanyl_nationwide_2026-11-30.png"
 */
export function exportFileName({ chart, view, date, ext }: ExportFileNameInput): string {
  const chartSlug = slugPart(chart);
  if (!chartSlug) throw new Error(`export chart name "${chart}" has no letters or digits`);
  const extension = ext.replace(/^\./, "").toLowerCase();
  if (!/^[a-z0-9]+$/.test(extension)) throw new Error(`export extension "${ext}" is invalid; expected letters and digits such as "png"`);
  return `${chartSlug}_${viewSlug([view])}_${toIsoDay(date)}.${extension}`;
}
