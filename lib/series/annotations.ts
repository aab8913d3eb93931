import type { Dataset } from "../data/dataset";
import { formatDate } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { TimelineEntry } from "../schema/timeline";
import { ink } from "../theme/ink";
import { buildEventColors } from "../theme/event-colors";
import { toTime } from "./time";

/**
 * The fixed set of moments the time charts mark: a change of government and the transfers (lines
 * across the plot), tariffs, designations and the security agreement (a shape per kind above the
 * plot), and official claims (a triangle above the plot, at the month they measured to;
 * lib/series/claim-annotations.ts). Each comes from a timeline entry and opens it.
 */
export const MARK_KINDS = ["administration", "transfer", "tariff", "designation", "agreement", "claim"] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

/** The kinds drawn as a shape above the plot, not a line across it. */
export const TOP_MARK_KINDS = ["tariff", "designation", "agreement", "claim"] as const satisfies readonly MarkKind[];
export type TopMarkKind = (typeof TOP_MARK_KINDS)[number];
export const isTopMark = (kind: MarkKind): kind is TopMarkKind => (TOP_MARK_KINDS as readonly string[]).includes(kind);

/** The timeline kinds whose every entry is marked on the monthly time charts. */
const POLICY_KINDS = ["tariff", "designation", "agreement"] as const;

export interface TimeAnnotation {
  id: string;
  date: string;
  time: number;
  kind: MarkKind;
  color: string;
  /** For transfers, the people count; the label text comes from the message catalogue. */
  people?: number;
  /** For a change of government, where. */
  government?: NonNullable<TimelineEntry["government_change"]>;
  /** The mark's tooltip: "Feb 1, 2025: Trump signs the 25% tariff order" or "−44% (stated Mar 10, 2026)". */
  title?: string;
  /** The timeline moment the mark opens: an entry id, or "claim-<claim>-<date>" for a statement. */
  entryId?: string;
  /** Its link in the view's language (lib/url/timeline-href.ts), set for the page; an export draws the mark without it. */
  href?: string;
}

const titleOf = (e: TimelineEntry, locale: Locale) => `${formatDate(locale, e.date, "short")}: ${e.title[locale]}`;

/**
 * The time charts' line and policy marks, from the timeline: each change of government (dashed,
 * neutral), each transfer in the map's colour, and each tariff, designation and agreement entry
 * (a shape above the plot). Sorted by date; a transfer with no timeline entry is still drawn.
 */
export function buildTimeAnnotations(d: Pick<Dataset, "events" | "timeline">, locale: Locale): TimeAnnotation[] {
  const colors = buildEventColors(d.events.map((e) => e.id));
  const transferEntry = new Map(d.timeline.filter((e) => e.event_id).map((e) => [e.event_id!, e]));
  const transfers: TimeAnnotation[] = d.events.map((e) => {
    const entry = transferEntry.get(e.id);
    return {
      id: e.id,
      date: e.date,
      time: toTime(e.date),
      kind: "transfer",
      color: colors.get(e.id)!,
      people: e.people_count.value,
      ...(entry ? { entryId: entry.id, title: titleOf(entry, locale) } : {}),
    };
  });
  const fromEntry = (e: TimelineEntry, kind: MarkKind): TimeAnnotation => ({
    id: e.id,
    date: e.date,
    time: toTime(e.date),
    kind,
    color: ink("neutral"),
    title: titleOf(e, locale),
    entryId: e.id,
  });
  const governments = d.timeline.flatMap((e) => (e.government_change ? [{ ...fromEntry(e, "administration"), government: e.government_change }] : []));
  const policy = d.timeline.filter((e) => (POLICY_KINDS as readonly string[]).includes(e.kind)).map((e) => fromEntry(e, e.kind as MarkKind));
  return [...governments, ...transfers, ...policy].sort((a, b) => a.time - b.time);
}

/** The marks with their links for a language: `hrefOf` the timeline link of a moment id. */
export const linkAnnotations = (annotations: readonly TimeAnnotation[], hrefOf: (entryId: string) => string): TimeAnnotation[] =>
  annotations.map((a) => (a.entryId ? { ...a, href: hrefOf(a.entryId) } : a));

/** The marks without links, for a file that leaves the page (an exported image may reference nothing). */
export const unlinkAnnotations = (annotations: readonly TimeAnnotation[]): TimeAnnotation[] =>
  annotations.map((a) => {
    const rest = { ...a };
    delete rest.href;
    return rest;
  });
