/** @jsxImportSource @/lib/html */
import { formatDate } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import { shownFact, trustOf, type Trust } from "../sources/trust";
import type { PersonRow } from "../people/table";
import type { Court } from "../schema/courts";
import type { TransferEvent } from "../schema/transfers";
import { PEOPLE_SORTS, PEOPLE_STATUSES, SCHEMA_VERSION, type PeopleSort, type ViewState } from "../url/view-state";
import { Prose } from "./prose";
import { Unconfirmed } from "./person-sources";
import { ScrollTable } from "./scroll-table";

export interface PeopleTableProps {
  /** The rows the filters keep, in the chosen order. */
  rows: readonly PersonRow[];
  /** How many named people there are in all. */
  total: number;
  view: ViewState;
  events: readonly Pick<TransferEvent, "id" | "date">[];
  /** The courts a filter can choose: those of some shown case. */
  courts: readonly Court[];
  trust: (ids: readonly string[]) => Trust;
  /** The link to a view of the people page (a person's, a sort's), and to the table's CSV. */
  hrefFor: (patch: Partial<ViewState>) => string;
  csvHref: string;
  locale: Locale;
  t: Messages;
}

/** A select of the filter form, the current value chosen. */
function Choice({ name, label, value, options }: { name: string; label: string; value: string; options: readonly { value: string; label: string }[] }) {
  return (
    <label className="people-filter__field">
      <span>{label}</span>
      <select name={name}>
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Every named person, filtered by transfer, court and status and sorted, all in the URL: the filter
 * form is a GET form (it works without JavaScript) and each sortable heading is a link.
 */
export function PeopleTable({ rows, total, view, events, courts, trust, hrefFor, csvHref, locale, t }: PeopleTableProps) {
  const w = t.people;
  const eventDate = new Map(events.map((e) => [e.id, e.date]));
  const sortable: { sort: PeopleSort; label: string }[] = [
    { sort: "name", label: w.columns.name },
    { sort: "transfer", label: w.columns.transfer },
  ];
  const heading = (sort: PeopleSort, label: string) => (
    <th scope="col" aria-sort={view.sort === sort ? (sort === "latest" || sort === "status" ? "descending" : "ascending") : undefined}>
      <a href={hrefFor({ sort, person: null })}>{label}</a>
    </th>
  );
  return (
    <section className="card" aria-labelledby="people-table-title">
      <h2 id="people-table-title">{w.tableTitle}</h2>
      <form className="people-filter" method="get" action="/people" aria-label={w.filters.legend}>
        <input type="hidden" name="v" value={String(SCHEMA_VERSION)} />
        {view.lang !== "en" && <input type="hidden" name="lang" value={view.lang} />}
        <Choice
          name="event"
          label={w.filters.transfer}
          value={view.event === "all" ? "all" : view.event.replace(/^ev/, "")}
          options={[
            { value: "all", label: w.filters.any },
            ...events.map((e) => ({ value: e.id.replace(/^ev/, ""), label: formatDate(locale, e.date, "short") })),
          ]}
        />
        <Choice
          name="court"
          label={w.filters.court}
          value={view.court ?? ""}
          options={[{ value: "", label: w.filters.any }, ...courts.map((c) => ({ value: c.id, label: c.short_name[locale] }))]}
        />
        <Choice
          name="status"
          label={w.filters.status}
          value={view.status ?? ""}
          options={[{ value: "", label: w.filters.any }, ...PEOPLE_STATUSES.map((s) => ({ value: s, label: w.stages[s] }))]}
        />
        <Choice name="sort" label={w.filters.sort} value={view.sort} options={PEOPLE_SORTS.map((s) => ({ value: s, label: w.sorts[s] }))} />
        <button type="submit" className="button">
          {w.filters.apply}
        </button>
        {(view.event !== "all" || view.court || view.status) && (
          <a className="small" href={hrefFor({ event: "all", court: null, status: null, person: null })}>
            {w.filters.clear}
          </a>
        )}
      </form>
      <p className="muted small" role="status">
        {w.shown(rows.length, total)}
      </p>
      {rows.length === 0 ? (
        <p>{w.noneMatch}</p>
      ) : (
        <ScrollTable label={w.tableLabel}>
          <table className="people-table">
            <thead>
              <tr>
                {sortable.map((s) => heading(s.sort, s.label))}
                <th scope="col">{w.columns.organization}</th>
                {heading("court", w.columns.court)}
                {heading("status", w.columns.status)}
                {heading("latest", w.columns.latest)}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const org = shownFact(r.person.alleged_organization, trust);
                return (
                  <tr key={r.person.id}>
                    <th scope="row">
                      <a href={hrefFor({ person: r.person.id })}>{r.person.name}</a> <Unconfirmed trust={r.nameTrust} t={t} />
                    </th>
                    <td>{formatDate(locale, eventDate.get(r.person.event_id)!, "short")}</td>
                    <td>
                      {org ? <Prose text={org.text} locale={locale} /> : t.common.notReported}
                      {org && <Unconfirmed trust={trust(org.source_ids)} t={t} />}
                    </td>
                    <td>
                      {r.courts.length === 0
                        ? t.common.notReported
                        : r.courts.map((c) => (
                            <span key={c.court.id} className="block">
                              {c.court.short_name[locale]} <Unconfirmed trust={c.trust} t={t} />
                            </span>
                          ))}
                    </td>
                    <td>
                      {w.stages[r.status.stage]} {r.status.confidence && <Unconfirmed trust={trustOf(r.status.confidence)} t={t} />}
                    </td>
                    <td>{r.latest ? formatDate(locale, r.latest, "short") : t.common.notReported}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <p>
        <a href={csvHref} download>
          {w.csv}
        </a>
      </p>
    </section>
  );
}
