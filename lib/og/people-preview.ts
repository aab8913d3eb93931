import { formatDate } from "../format/format";
import { listFormat } from "../format/intl-cache";
import type { Messages } from "../i18n/messages";
import type { NameTrust } from "../people/confidence";
import type { PeopleModel } from "../people/model";
import type { ViewState } from "../url/view-state";

/** The words of the people page's link preview, or of one person's: no photo, only what the page shows. */
export interface PeoplePreview {
  title: string;
  /** "reported" or "unconfirmed" beside a name resting on less than the trust rule's "shown"; null otherwise. */
  nameMark: string | null;
  /** The lines under the title: transfer, court, status for a person; named and counted for the page. */
  lines: string[];
  /** The review line: when the records were checked and the reporting they cover. */
  review: string;
  description: string;
  /** Describes the image, for people who cannot see it. */
  alt: string;
}

const mark = (trust: NameTrust, w: Messages["people"]) => (trust === "reported" ? w.reported : trust === "unconfirmed" ? w.unconfirmed : null);

/**
 * The preview of `/people?…`: with `person`, their name, transfer, the courts the page shows and
 * where the case stands (each marked as the page marks it); without, the page's title, how many
 * are named and the federal counts. Both carry the review date, so an absence is never read as a fact.
 */
export function buildPeoplePreview(model: PeopleModel, view: ViewState, t: Messages): PeoplePreview {
  const w = t.people;
  const locale = view.lang;
  const date = (iso: string) => formatDate(locale, iso, "short");
  const review = w.previewReview(date(model.reviewedOn), date(model.coversTo));
  const row = view.person ? model.rows.find((r) => r.person.id === view.person) : undefined;
  if (row) {
    const event = model.events.find((e) => e.id === row.person.event_id);
    const courts = row.courts.map((c) => (c.trust === "unconfirmed" ? `${c.court.short_name[locale]} (${w.unconfirmed})` : c.court.short_name[locale]));
    const stage = w.stages[row.status.stage] + (row.status.confidence === "medium" ? ` (${w.unconfirmed})` : "");
    const lines = [
      event ? w.person.transferred(date(event.date)) : "",
      `${w.person.courts}: ${courts.length ? listFormat(locale, { type: "conjunction" }).format(courts) : t.common.notReported}`,
      `${w.person.status}: ${stage}`,
    ].filter(Boolean);
    const nameMark = mark(row.nameTrust, w);
    const title = row.person.name;
    return {
      title,
      nameMark,
      lines,
      review,
      description: `${lines.join(". ")}. ${w.presumptionShort}`,
      alt: [`${title}${nameMark ? ` (${nameMark})` : ""}: ${w.person.caseTitle}.`, ...lines, review, w.presumptionShort].join(" "),
    };
  }
  const fed = model.counts.bySystem.federal;
  const lines = [
    w.named(model.counts.named.all, model.total),
    w.previewFederal(fed.court_known.confirmed, fed.arraigned.confirmed, fed.pleaded_not_guilty.confirmed),
  ];
  return {
    title: w.title,
    nameMark: null,
    lines,
    review,
    description: `${lines.join(". ")}. ${w.presumptionShort}`,
    alt: [`${w.title}.`, ...lines.map((l) => `${l}.`), review, w.presumptionShort].join(" "),
  };
}
