/** @jsxImportSource @/lib/html */
import type { Lookup } from "../data/lookup";
import { formatDate, formatNumber } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import type { Discrepancy } from "../schema/discrepancies";
import type { Destination, TransferEvent } from "../schema/transfers";
import { byConfidence, discrepancyRefs, shortPlaceName } from "../transfers/confidence";
import { Cite } from "./cite";
import { DiscrepancyVersions } from "./discrepancy-versions";
import { Prose } from "./prose";

interface Props {
  event: TransferEvent;
  discrepancies: readonly Discrepancy[];
  lookup: Lookup;
  locale: Locale;
  t: Messages;
}

function peopleText(d: Destination, locale: Locale, t: Messages): string {
  if (d.people !== null) return t.common.people(d.people);
  if (d.people_min_reported !== undefined) return `${t.common.notReported} (${t.common.atLeast(formatNumber(locale, d.people_min_reported))})`;
  return t.common.notReported;
}

function DestinationItem({ d, lookup, locale, t }: { d: Destination } & Omit<Props, "event" | "discrepancies">) {
  const place = lookup.place(d.place_id);
  const disputed = discrepancyRefs(d.confidence_note?.en);
  return (
    <li className="destination">
      <div className="destination__name">
        <strong>{shortPlaceName(place.name[locale])}</strong>
        {place.kind === "city_proxy_airport" && <span className="badge">{t.headline.proxy}</span>}
        {place.kind === "state" && <span className="badge">{t.headline.stateOnly}</span>}
        {disputed.length > 0 && <span className="badge badge--disputed">{t.headline.disputed}</span>}
      </div>
      <div className="destination__detail">
        <span>{peopleText(d, locale, t)}</span> ·{" "}
        <span className="muted">
          <Prose text={d.as_reported} locale={locale} />
        </span>{" "}
        <Cite ids={d.source_ids} lookup={lookup} label={t.common.sources} />
        {disputed.map((id) => (
          <a key={id} className="disc-link" href={`/sources#${id}`}>
            {t.common.seeDiscrepancy(id)}
          </a>
        ))}
      </div>
    </li>
  );
}

/** The most recent transfer, with every uncertain fact shown as uncertain. */
export function LatestTransfer({ event, discrepancies, lookup, locale, t }: Props) {
  const [departure, ...otherDepartures] = byConfidence(event.departures);
  const disputedIds = new Set(event.destinations.flatMap((d) => discrepancyRefs(d.confidence_note?.en)));
  const disputes = discrepancies.filter((x) => disputedIds.has(x.id));
  return (
    <section className="card" aria-labelledby="latest-title">
      <h2 id="latest-title">{t.headline.latestTitle}</h2>
      <dl className="facts">
        <div>
          <dt>{t.headline.date}</dt>
          <dd>
            {t.headline.weekday[event.weekday]}, {formatDate(locale, event.date)} <Cite ids={event.date_source_ids} lookup={lookup} label={t.common.sources} />
          </dd>
        </div>
        <div>
          <dt>{t.headline.people}</dt>
          <dd>
            <span className="figure">{formatNumber(locale, event.people_count.value)}</span>{" "}
            <Cite ids={event.people_count.source_ids} lookup={lookup} label={t.common.sources} />
          </dd>
        </div>
        <div>
          <dt>{t.headline.aircraft}</dt>
          <dd>
            <span className="figure">{event.aircraft.value === null ? t.common.notReported : formatNumber(locale, event.aircraft.value)}</span>{" "}
            <Cite ids={event.aircraft.source_ids} lookup={lookup} label={t.common.sources} />
            <p className="muted small">
              <Prose text={event.aircraft.detail} locale={locale} />
            </p>
          </dd>
        </div>
        {departure && (
          <div>
            <dt>{t.headline.departure}</dt>
            <dd>
              {shortPlaceName(lookup.place(departure.place_id).name[locale])} <span className="muted">({t.common.confidence[departure.confidence]})</span>{" "}
              <Cite ids={departure.source_ids} lookup={lookup} label={t.common.sources} />
              {otherDepartures.map((o) => (
                <p key={o.place_id} className="small">
                  {t.headline.alsoReported}: {shortPlaceName(lookup.place(o.place_id).name[locale])}{" "}
                  <span className="muted">({t.common.confidence[o.confidence]})</span> <Cite ids={o.source_ids} lookup={lookup} label={t.common.sources} />
                </p>
              ))}
            </dd>
          </div>
        )}
        <div>
          <dt>{t.headline.deathPenalty}</dt>
          <dd>
            {event.death_penalty.commitment_at_time ? t.headline.deathPenaltyYes : t.headline.deathPenaltyNo}{" "}
            <Cite ids={event.death_penalty.source_ids} lookup={lookup} label={t.common.sources} />
          </dd>
        </div>
      </dl>
      <h3>{t.headline.destinations}</h3>
      <ul className="destinations">
        {event.destinations.map((d) => (
          <DestinationItem key={d.place_id} d={d} lookup={lookup} locale={locale} t={t} />
        ))}
      </ul>
      <p className="muted small">{t.headline.destinationsNote}</p>
      {disputes.map((x) => (
        <div key={x.id} className="dispute">
          <h4>
            {x.id}: <Prose text={x.topic} locale={locale} />
          </h4>
          <DiscrepancyVersions versions={x.versions} lookup={lookup} locale={locale} t={t} />
        </div>
      ))}
    </section>
  );
}
