import { formatDate, formatMonth, formatMonthRange } from "../format/format";
import type { Locale } from "../i18n/locale";
import { plainText } from "../i18n/localized";
import type { Messages } from "../i18n/messages";
import { TIMELINE_KINDS } from "../timeline/kinds";
import { momentsOfKind, type Moment } from "../timeline/moments";

/** What the preview card of the timeline says: one entry (date, kind, title, summary, sources), or the page. */
export interface TimelinePreview {
  /** "September 3, 2025 · Agreement", or how many moments the page shows over which months. */
  kicker: string;
  title: string;
  /** The entry's summary cut to fit the card, or the page's counts by kind. */
  body: string;
  /** "3 sources", and "one outlet" where the entry rests on one. */
  footer: string;
  /** The entry's transfer colour on the card's edge, if it is one (a transfer of the 92). */
  eventId: string | null;
  description: string;
  alt: string;
}

/** Longest summary the card holds (four lines at its size); longer ones end in "…" at a word. */
export const PREVIEW_SUMMARY_CHARS = 280;

/** A text cut at a word boundary to at most `max` characters, with "…". */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/**
 * The link preview of the timeline: with an opened entry (`openId`), that entry; else the page,
 * with how many moments of each kind it shows and over which months. The same words in the
 * description and the image's alt text. An unknown entry gives the page's card.
 * Example: the Rubio visit -> kicker "September 3, 2025 · Agreement", footer "4 sources".
 */
export function buildTimelinePreview(
  moments: readonly Moment[],
  openId: string | null,
  months: { from: string; to: string },
  locale: Locale,
  t: Messages,
): TimelinePreview {
  const w = t.timeline;
  const moment = openId ? moments.find((m) => m.id === openId) : undefined;
  if (moment) {
    const date = moment.datePrecision === "month" ? formatMonth(locale, moment.date.slice(0, 7), "long") : formatDate(locale, moment.date, "long");
    const kicker = `${date} · ${w.kinds[moment.kind]}`;
    const title = plainText(moment.title, locale);
    const summary = moment.entry ? plainText(moment.entry.summary, locale) : w.claimPreview;
    const footer = [w.sourcesCount(moment.sourceIds.length), ...(moment.trust === "unconfirmed" ? [w.unconfirmed] : [])].join(" · ");
    return {
      kicker,
      title,
      body: cutAtWord(summary, PREVIEW_SUMMARY_CHARS),
      footer,
      eventId: moment.entry?.event_id ?? null,
      description: summary,
      alt: `${w.title}. ${kicker}: ${title}. ${summary} (${footer}).`,
    };
  }
  const span = formatMonthRange(locale, months.from, months.to);
  const counts = TIMELINE_KINDS.map((k) => [k, momentsOfKind(moments, k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${w.kinds[k]}: ${n}`)
    .join(" · ");
  const kicker = w.shown(moments.length, span);
  const body = `${counts}.`;
  return { kicker, title: w.title, body, footer: w.lede, eventId: null, description: `${w.lede} ${kicker}: ${body}`, alt: `${w.title}. ${kicker}: ${body}` };
}
