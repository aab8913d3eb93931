/** @jsxImportSource @/lib/html */
import type { Lookup } from "../data/lookup";
import type { Child } from "../html/jsx-runtime";
import type { LocalizedText } from "../i18n/localized";
import { formatCaseDate, formatDate } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import { nameTrustOf } from "../people/confidence";
import { shownFact, trustOf, type Trust } from "../sources/trust";
import { isOutcomeNotReported, startOf, type PersonStatus } from "../people/status";
import type { Court } from "../schema/courts";
import type { Person } from "../schema/people";
import type { TransferEvent } from "../schema/transfers";
import { shortPlaceName } from "../transfers/confidence";
import { CourtSeat } from "./court-seat";
import { Prose } from "./prose";
import { PersonSources, Unconfirmed } from "./person-sources";

export interface PersonCaseProps {
  person: Person;
  /** Their status, derived once with the table's rows (lib/people/table.ts). */
  status: PersonStatus;
  event: Pick<TransferEvent, "id" | "date">;
  courts: ReadonlyMap<string, Court>;
  /** Rates a fact's sources (lib/sources/trust.ts makeSourceTrust). */
  trust: (ids: readonly string[]) => Trust;
  lookup: Lookup;
  /** The build's date, "YYYY-MM-DD": a scheduled date before it with nothing since reads "outcome not reported". */
  today: string;
  coversTo: string;
  backHref: string;
  mapHref: string;
  /** "Report a correction" (a mailto: link), or undefined when no address is configured. */
  correctionHref?: string;
  locale: Locale;
  t: Messages;
}

/** A fact's text, its sources and, when it rests on one major outlet, "unconfirmed"; else "not reported". */
function SourcedFact({
  fact,
  lead,
  trust,
  lookup,
  locale,
  t,
}: {
  fact: { text: LocalizedText; source_ids: readonly string[] } | null;
  lead?: Child;
  trust: (ids: readonly string[]) => Trust;
  lookup: Lookup;
  locale: Locale;
  t: Messages;
}) {
  if (!fact) return <>{t.common.notReported}</>;
  return (
    <>
      {lead}
      <Prose text={fact.text} locale={locale} /> <PersonSources ids={fact.source_ids} lookup={lookup} t={t} />{" "}
      <Unconfirmed trust={trust(fact.source_ids)} t={t} />
    </>
  );
}

/**
 * One person's case: who (names, alleged organization, charges), where (courts, judges, case
 * numbers, the landing place), and the dated court events, each fact with its sources and their
 * authority. A fact resting only on low-authority sources is left out; one resting on a single
 * major outlet is marked unconfirmed.
 */
export function PersonCase({
  person: p,
  status,
  event,
  courts,
  trust,
  lookup,
  today,
  coversTo,
  backHref,
  mapHref,
  correctionHref,
  locale,
  t,
}: PersonCaseProps) {
  const w = t.people;
  const nameTrust = nameTrustOf(p, trust);
  const shown = <T extends { source_ids: readonly string[] }>(facts: readonly T[]) => facts.filter((f) => shownFact(f, trust));
  const death = shownFact(p.death_penalty, trust);
  const events = p.events
    .filter((e) => trustOf(e.confidence) !== "omitted")
    .sort((a, b) => (startOf(a.date) < startOf(b.date) ? -1 : startOf(a.date) > startOf(b.date) ? 1 : 0));
  const cases = shown(p.cases);
  const aliases = shown(p.aliases);
  const variants = shown(p.name_variants);
  return (
    <article className="card person" aria-labelledby="person-title">
      <p className="small">
        <a href={backHref}>← {w.person.back}</a>
      </p>
      <h1 id="person-title">
        {p.name}
        {nameTrust !== "shown" && (
          <>
            {" "}
            <Unconfirmed trust={nameTrust} t={t} />
          </>
        )}
      </h1>
      <p className="person__meta">
        {w.person.transferred(formatDate(locale, event.date, "short"))} · {w.person.status}: <strong>{w.stages[status.stage]}</strong>{" "}
        {status.confidence && <Unconfirmed trust={trustOf(status.confidence)} t={t} />}
      </p>
      <dl className="person__facts">
        <dt>{w.person.namedBy}</dt>
        <dd className="person__named-by">
          <PersonSources ids={p.name_source_ids} lookup={lookup} t={t} />
          {p.official_list && (
            <span className="block small">
              {w.person.officialList}: <Prose text={p.official_list} locale={locale} />
            </span>
          )}
        </dd>
        {aliases.length > 0 && (
          <>
            <dt>{w.person.aliases}</dt>
            <dd>
              {aliases.map((a) => (
                <span key={a.name} className="block">
                  “{a.name}” <PersonSources ids={a.source_ids} lookup={lookup} t={t} /> <Unconfirmed trust={trust(a.source_ids)} t={t} />
                </span>
              ))}
            </dd>
          </>
        )}
        {variants.length > 0 && (
          <>
            <dt>{w.person.variants}</dt>
            <dd>
              {variants.map((v) => (
                <span key={v.name} className="block">
                  {v.name} <PersonSources ids={v.source_ids} lookup={lookup} t={t} />
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>{w.person.organization}</dt>
        <dd>
          <SourcedFact fact={shownFact(p.alleged_organization, trust)} trust={trust} lookup={lookup} locale={locale} t={t} />
        </dd>
        <dt>{w.person.charges}</dt>
        <dd>
          <SourcedFact fact={shownFact(p.charges, trust)} trust={trust} lookup={lookup} locale={locale} t={t} />
        </dd>
        <dt>{w.person.deathPenalty}</dt>
        <dd>
          <SourcedFact
            fact={death}
            lead={
              death && (
                <>
                  <strong>{w.deathPenalty[death.position]}</strong> ({formatDate(locale, death.as_of, "short")}):{" "}
                </>
              )
            }
            trust={trust}
            lookup={lookup}
            locale={locale}
            t={t}
          />
        </dd>
        <dt>{w.person.courts}</dt>
        <dd>
          {cases.length === 0
            ? t.common.notReported
            : cases.map((c) => {
                const court = courts.get(c.court_id)!;
                const judges = shown(c.judges);
                return (
                  <span key={c.court_id} className="block person__court">
                    <Prose text={court.name} locale={locale} /> <PersonSources ids={c.source_ids} lookup={lookup} t={t} />{" "}
                    <Unconfirmed trust={trust(c.source_ids)} t={t} />
                    <CourtSeat court={court} trust={trust} lookup={lookup} locale={locale} t={t} />
                    {judges.map((j) => (
                      <span key={j.name} className="block small">
                        {w.judgeRoles[j.role]}: {j.name} <PersonSources ids={j.source_ids} lookup={lookup} t={t} />
                      </span>
                    ))}
                    {shownFact(c.case_number, trust) && (
                      <span className="block small">
                        {w.person.caseNumber}: {c.case_number!.number} <PersonSources ids={c.case_number!.source_ids} lookup={lookup} t={t} />
                      </span>
                    )}
                    {c.discrepancy_id && (
                      <a className="block small" href={`/sources#${c.discrepancy_id}`}>
                        {w.person.disputedCourt(c.discrepancy_id)}
                      </a>
                    )}
                  </span>
                );
              })}
        </dd>
        <dt>{w.person.destination}</dt>
        <dd>
          {shownFact(p.destination, trust) ? (
            <>
              {shortPlaceName(lookup.place(p.destination!.place_id).name[locale])} <PersonSources ids={p.destination!.source_ids} lookup={lookup} t={t} />
            </>
          ) : (
            t.common.notReported
          )}{" "}
          · <a href={mapHref}>{w.person.onMap}</a>
        </dd>
      </dl>
      <h2>{w.person.timeline}</h2>
      {events.length === 0 ? (
        <p>{w.person.noEvents(formatDate(locale, coversTo, "short"))}</p>
      ) : (
        <ol className="case-events">
          {events.map((e, i) => (
            <li key={i} className={e.scheduled ? "case-event case-event--scheduled" : "case-event"}>
              <p className="case-event__head">
                <strong>{formatCaseDate(locale, e.date)}</strong> · {e.kinds.map((k) => w.eventKinds[k]).join(" · ")}
                {e.scheduled && (
                  <>
                    {" "}
                    <span className="badge">{w.person.scheduled}</span>
                  </>
                )}
                {isOutcomeNotReported(e, p, today) && (
                  <>
                    {" "}
                    <span className="badge badge--missing">{w.person.outcomeNotReported}</span>
                  </>
                )}{" "}
                <Unconfirmed trust={trustOf(e.confidence)} t={t} />
              </p>
              <p>
                <Prose text={e.text} locale={locale} /> <span className="muted small">· {courts.get(e.court_id)?.short_name[locale]}</span>{" "}
                <PersonSources ids={e.source_ids} lookup={lookup} t={t} />
              </p>
              {e.confidence_note && (
                <p className="muted small">
                  <Prose text={e.confidence_note} locale={locale} />
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {p.note && (
        <p className="small">
          <Prose text={p.note} locale={locale} />
        </p>
      )}
      <p className="muted small">{w.presumption}</p>
      {correctionHref && (
        <p className="small">
          <a href={correctionHref}>{w.correction}</a>
        </p>
      )}
    </article>
  );
}
