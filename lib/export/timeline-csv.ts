import type { Locale } from "../i18n/locale";
import { plainText } from "../i18n/localized";
import type { Messages } from "../i18n/messages";
import type { Source } from "../schema/sources";
import type { Moment } from "../timeline/moments";
import { toCsv } from "./csv";

export interface TimelineCsvInput {
  moments: readonly Moment[];
  sources: ReadonlyMap<string, Pick<Source, "url">>;
  /** "# " lines: title, the page's link. */
  preamble: readonly string[];
  /** The absolute link of one moment on the timeline. */
  linkOf: (momentId: string) => string;
  locale: Locale;
  t: Messages;
}

/**
 * The timeline's moments as CSV (RFC 4180, lib/export/csv.ts), one line each in the page's order:
 * id, date and its precision, kind, title and summary in the page's language (a claim's statement
 * has no summary: the claims page checks it), "one outlet" where it rests on one, the transfer or
 * claim it is, its link on the timeline and every source's URL. Ids, dates and kinds are
 * language-neutral.
 */
export function timelineCsv({ moments, sources, preamble, linkOf, locale, t }: TimelineCsvInput): string {
  const h = t.timeline.csvHeaders;
  return toCsv({
    preamble,
    columns: [
      { key: "id", header: h.id },
      { key: "date", header: h.date },
      { key: "precision", header: h.precision },
      { key: "kind", header: h.kind },
      { key: "title", header: h.title },
      { key: "summary", header: h.summary },
      { key: "confidence", header: h.confidence },
      { key: "transfer", header: h.transfer },
      { key: "claim", header: h.claim },
      { key: "link", header: h.link },
      { key: "sources", header: h.sources },
    ],
    rows: moments.map((m) => ({
      id: m.id,
      date: m.date,
      precision: m.datePrecision,
      kind: m.kind,
      title: plainText(m.title, locale),
      summary: m.entry ? plainText(m.entry.summary, locale) : null,
      confidence: m.trust === "unconfirmed" ? t.timeline.unconfirmed : null,
      transfer: m.entry?.event_id ?? null,
      claim: m.claim?.claimId ?? null,
      link: linkOf(m.id),
      sources: m.sourceIds.map((id) => sources.get(id)?.url ?? id).join(" "),
    })),
  });
}
