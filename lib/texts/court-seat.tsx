/** @jsxImportSource @/lib/html */
import type { Lookup } from "../data/lookup";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import { shownFact, type Trust } from "../sources/trust";
import type { Court } from "../schema/courts";
import { PersonSources, Unconfirmed } from "./person-sources";
import { Prose } from "./prose";

/**
 * Where a court heard the case: the city its sources report (rated like any fact of the case, so
 * one outlet's word is marked unconfirmed) and the courthouse, each with its sources and their
 * authority. Nothing when neither is reported.
 */
export function CourtSeat({
  court,
  trust,
  lookup,
  locale,
  t,
}: {
  court: Court;
  trust: (ids: readonly string[]) => Trust;
  lookup: Lookup;
  locale: Locale;
  t: Messages;
}) {
  const w = t.people.person;
  const division = shownFact(court.division, trust);
  return (
    <>
      {division && (
        <span className="block small">
          {w.sitsIn}: <Prose text={division.name} locale={locale} /> <PersonSources ids={division.source_ids} lookup={lookup} t={t} />{" "}
          <Unconfirmed trust={trust(division.source_ids)} t={t} />
        </span>
      )}
      {court.seat && (
        <span className="block small">
          {w.courthouse}: {court.seat.building}
          {court.seat.address && `, ${court.seat.address}`} <PersonSources ids={court.seat.source_ids} lookup={lookup} t={t} />
        </span>
      )}
    </>
  );
}
