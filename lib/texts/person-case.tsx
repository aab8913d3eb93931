/** @jsxImportSource @/lib/html */
import type { Lookup } from "../data/lookup";
import { formatCaseDate, formatDate } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import { trustOf, type Trust } from "../people/confidence";
import { isOutcomeNotReported, startOf, statusOf } from "../people/status";
import type { Court } from "../schema/courts";
import type { Person } from "../schema/people";
import type { TransferEvent } from "../schema/transfers";
import { shortPlaceName } from "../transfers/confidence";
import { Prose } from "./prose";
import { PersonSources } from "./person-sources";

export interface PersonCaseProps {
  person: Person;
  event: Pick<TransferEvent, "id" | "date">;
  courts: ReadonlyMap<string, Court>;
  /** Rates a fact's sources (lib/people/confidence.ts makeSourceTrust). */
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

/** "unconfirmed" beside a fact resting on one major outlet. */
function Unconfirmed({ trust, t }: { trust: Trust; t: Messages }) {
  return trust === "unconfirmed" ? (
    <span className="badge badge--unconfirmed" title={t.people.unconfirmedHint}>
      {t.people.unconfirmed}
    </span>
  ) : null;
}

/**
 * One person's case: who (names, alleged organization, charges), where (courts, judges, case
 * numbers, the landing place), and the dated court events, each fact with its sources and their
 * authority. A fact resting only on low-authority sources is left out; one resting on a single
 * major outlet is marked unconfirmed.
 */
export function PersonCase({ person: p, event, courts, trust, lookup, today, coversTo, backHref, mapHref, correctionHref, locale, t }: PersonCaseProps) {
  const w = t.people;
  const shown = <T extends { source_ids: readonly string[] }>(facts: readonly T[]) => facts.filter((f) => trust(f.source_ids) !== "omitted");
  const fact = (f: { source_ids: readonly string[] } | null) => f !== null && trust(f.source_ids) !== "omitted";
  const status = statusOf(p, (id) => courts.get(id)?.system);
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
      <h1 id="person-title">{p.name}</h1>
      <p className="person__meta">
        {w.person.transferred(formatDate(locale, event.date, "short"))} · {w.person.status}: <strong>{w.stages[status.stage]}</strong>{" "}
        {status.confidence && <Unconfirmed trust={trustOf(status.confidence)} t={t} />}
      </p>
      <dl className="person__facts">
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
          {p.alleged_organization && fact(p.alleged_organization) ? (
            <>
              <Prose text={p.alleged_organization.text} locale={locale} /> <PersonSources ids={p.alleged_organization.source_ids} lookup={lookup} t={t} />{" "}
              <Unconfirmed trust={trust(p.alleged_organization.source_ids)} t={t} />
            </>
          ) : (
            t.common.notReported
          )}
        </dd>
        <dt>{w.person.charges}</dt>
        <dd>
          {p.charges && fact(p.charges) ? (
            <>
              <Prose text={p.charges.text} locale={locale} /> <PersonSources ids={p.charges.source_ids} lookup={lookup} t={t} />{" "}
              <Unconfirmed trust={trust(p.charges.source_ids)} t={t} />
            </>
          ) : (
            t.common.notReported
          )}
        </dd>
        <dt>{w.person.deathPenalty}</dt>
        <dd>
          {p.death_penalty && fact(p.death_penalty) ? (
            <>
              <strong>{w.deathPenalty[p.death_penalty.position]}</strong> ({formatDate(locale, p.death_penalty.as_of, "short")}):{" "}
              <Prose text={p.death_penalty.text} locale={locale} /> <PersonSources ids={p.death_penalty.source_ids} lookup={lookup} t={t} />{" "}
              <Unconfirmed trust={trust(p.death_penalty.source_ids)} t={t} />
            </>
          ) : (
            t.common.notReported
          )}
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
                    {judges.map((j) => (
                      <span key={j.name} className="block small">
                        {w.judgeRoles[j.role]}: {j.name} <PersonSources ids={j.source_ids} lookup={lookup} t={t} />
                      </span>
                    ))}
                    {c.case_number && fact(c.case_number) && (
                      <span className="block small">
                        {w.person.caseNumber}: {c.case_number.number} <PersonSources ids={c.case_number.source_ids} lookup={lookup} t={t} />
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
          {p.destination && fact(p.destination) ? (
            <>
              {shortPlaceName(lookup.place(p.destination.place_id).name[locale])} <PersonSources ids={p.destination.source_ids} lookup={lookup} t={t} />
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
