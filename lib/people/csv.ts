import { toCsv } from "../export/csv";
import { plainText } from "../i18n/localized";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import type { Source } from "../schema/sources";
import type { NameTrust } from "./confidence";
import { shownFact, type Trust } from "../sources/trust";
import type { PersonRow } from "./table";

export interface PeopleCsvInput {
  rows: readonly PersonRow[];
  events: readonly { id: string; date: string }[];
  sources: ReadonlyMap<string, Pick<Source, "url">>;
  trust: (ids: readonly string[]) => Trust;
  /** The absolute link of a person's view. */
  personUrl: (id: string) => string;
  /** "# " lines: title, review, the view's link. */
  preamble: readonly string[];
  locale: Locale;
  t: Messages;
}

/**
 * The people table as CSV (RFC 4180, lib/export/csv.ts): one line per person shown, with the facts
 * the table shows and the URLs of every source behind them. Values are language-neutral where they
 * can be (ISO dates, ids); the alleged organization and the status are in the page's language.
 * A fact resting only on low-authority sources is left out, as on the page; an unconfirmed one is
 * marked "(unconfirmed)", a name known only from low-authority copies of an official list "(reported)".
 */
export function peopleCsv({ rows, events, sources, trust, personUrl, preamble, locale, t }: PeopleCsvInput): string {
  const w = t.people;
  const h = w.csvHeaders;
  const date = new Map(events.map((e) => [e.id, e.date]));
  const marked = (text: string, how: NameTrust) =>
    how === "unconfirmed" ? `${text} (${w.unconfirmed})` : how === "reported" ? `${text} (${w.reported})` : text;
  return toCsv({
    preamble,
    columns: [
      { key: "id", header: h.id },
      { key: "name", header: h.name },
      { key: "transfer", header: h.transfer },
      { key: "organization", header: h.organization },
      { key: "courts", header: h.courts },
      { key: "status", header: h.status },
      { key: "latest", header: h.latest },
      { key: "sources", header: h.sources },
      { key: "link", header: h.link },
    ],
    rows: rows.map((r) => {
      const p = r.person;
      const org = shownFact(p.alleged_organization, trust);
      const cited = [
        ...p.name_source_ids,
        ...(org?.source_ids ?? []),
        ...p.cases.filter((c) => shownFact(c, trust)).flatMap((c) => c.source_ids),
        ...(r.status.event?.source_ids ?? []),
      ];
      return {
        id: p.id,
        name: marked(p.name, r.nameTrust),
        transfer: date.get(p.event_id) ?? null,
        organization: org ? marked(plainText(org.text, locale), trust(org.source_ids)) : null,
        courts: r.courts.map((c) => marked(c.court.short_name[locale], c.trust)).join("; ") || null,
        status: r.status.confidence === "medium" ? `${w.stages[r.status.stage]} (${w.unconfirmed})` : w.stages[r.status.stage],
        latest: r.latest,
        sources: [...new Set(cited)].map((id) => sources.get(id)?.url ?? id).join(" "),
        link: personUrl(p.id),
      };
    }),
  });
}
