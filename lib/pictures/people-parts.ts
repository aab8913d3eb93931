import { correctionHref } from "../env";
import type { Messages } from "../i18n/messages";
import { getBuildDate } from "../load/build-id";
import { getLookup, getPeopleModel } from "../load/derived";
import { readValidatedData } from "../data/validated-data";
import { rowsOfView } from "../people/table";
import { PeopleSummary } from "../texts/people-summary";
import { PeopleTable } from "../texts/people-table";
import { PersonCase } from "../texts/person-case";
import { collator } from "../format/intl-cache";
import { DEFAULT_VIEW, toSearch, type ViewState } from "../url/view-state";

/** The people page's link for a view, and the CSV of a table view. */
export const peopleHref = (view: ViewState): string => `/people${toSearch(view)}`;
export const peopleCsvHref = (view: ViewState): string => `/people.csv${toSearch({ ...view, person: null })}`;

/** The markup of a part of the people page (lib/pictures/picture-source.ts), for its view. */
export function drawPeoplePart(kind: "people-summary" | "people-table" | "person-case", view: ViewState, t: Messages): string {
  const model = getPeopleModel();
  const locale = view.lang;
  if (kind === "people-summary")
    return String(
      PeopleSummary({
        counts: model.counts,
        rows: model.rows,
        total: model.total,
        events: model.events,
        reviewedOn: model.reviewedOn,
        coversTo: model.coversTo,
        statusHref: (status) => peopleHref({ ...DEFAULT_VIEW, lang: view.lang, status }),
        locale,
        t,
      }),
    );
  if (kind === "people-table") {
    const rows = rowsOfView(model.rows, view, collator(locale));
    return String(
      PeopleTable({
        rows,
        total: model.rows.length,
        view,
        events: model.events,
        courts: model.courtChoices,
        trust: model.trust,
        hrefFor: (patch) => peopleHref({ ...view, ...patch }),
        csvHref: peopleCsvHref(view),
        locale,
        t,
      }),
    );
  }
  const row = model.rows.find((r) => r.person.id === view.person);
  if (!row) return "";
  const event = readValidatedData().dataset.events.find((e) => e.id === row.person.event_id)!;
  return String(
    PersonCase({
      person: row.person,
      status: row.status,
      event,
      courts: model.courts,
      trust: model.trust,
      lookup: getLookup(),
      today: getBuildDate(),
      coversTo: model.coversTo,
      backHref: peopleHref({ ...view, person: null }),
      mapHref: `/${toSearch({ ...DEFAULT_VIEW, lang: view.lang, event: row.person.event_id, place: row.person.destination?.place_id ?? null })}`,
      correctionHref: correctionHref(row.person.name),
      locale,
      t,
    }),
  );
}
