/** @jsxImportSource @/lib/html */
import { plainText } from "../i18n/localized";
import { Prose } from "./prose";
import { formatDate, formatNumber } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import type { EventFilter } from "../map/features";
import type { MapModel, MapPlace, SourceRef } from "../map/model";
import { DEFAULT_VIEW, toSearch } from "../url/view-state";
import { ViewLink } from "./view-link";
import { trustOf } from "../sources/trust";
import { Unconfirmed } from "./person-sources";

interface Props {
  model: MapModel;
  place: MapPlace;
  event: EventFilter;
  closeHref: string;
  locale: Locale;
  t: Messages;
}

function SourceLinks({ ids, sources }: { ids: readonly string[]; sources: Record<string, SourceRef> }) {
  return (
    <span className="cite">
      {ids.map((id) => {
        const s = sources[id];
        return s ? (
          <a key={id} href={s.url} rel="noopener noreferrer external" target="_blank">
            {id}
          </a>
        ) : null;
      })}
    </span>
  );
}

/** Everything reported about one place, per transfer, with each fact's sources. */
export function PlaceDetail({ model, place, event, closeHref, locale, t }: Props) {
  const events = model.events.filter((e) => event === "all" || e.id === event);
  const legs = model.legs.filter((l) => l.placeId === place.id && events.some((e) => e.id === l.eventId));
  const departures = model.departures.filter((d) => d.placeId === place.id && events.some((e) => e.id === d.eventId));
  const colorOf = (id: string) => model.events.find((e) => e.id === id)?.color;
  const dateOf = (id: string) => formatDate(locale, model.events.find((e) => e.id === id)!.date);
  const discIds = new Set(legs.flatMap((l) => l.discrepancyIds));
  const disputes = model.discrepancies.filter((x) => discIds.has(x.id));
  return (
    <section className="place-detail" aria-labelledby="place-detail-title" data-place={place.id}>
      <div className="place-detail__head">
        <h3 id="place-detail-title" tabIndex={-1}>
          {place.name[locale]}
        </h3>
        <ViewLink href={closeHref} className="place-detail__close" label={t.map.close}>
          ×
        </ViewLink>
      </div>
      {place.isProxy && <p className="badge">{t.headline.proxy}</p>}
      {place.isStateOnly && <p className="badge">{t.headline.stateOnly}</p>}
      {departures.map((d) => (
        <div key={d.eventId} className="leg" style={{ borderColor: colorOf(d.eventId) }}>
          <p>
            <strong>
              {t.map.departureFor} {dateOf(d.eventId)}
            </strong>{" "}
            <span className="muted">({t.common.confidence[d.confidence]})</span>
          </p>
          <p className="small">
            <Prose text={d.asReported} locale={locale} /> <SourceLinks ids={d.sourceIds} sources={model.sources} />
          </p>
          {d.note && (
            <p className="small muted">
              <Prose text={d.note} locale={locale} />
            </p>
          )}
        </div>
      ))}
      {legs.map((l) => (
        <div key={l.eventId} className="leg" style={{ borderColor: colorOf(l.eventId) }}>
          <p>
            <strong>
              {t.map.landedHere}: {dateOf(l.eventId)}
            </strong>
          </p>
          <p className="figure-line">
            {l.people !== null
              ? t.common.people(l.people)
              : l.peopleMinReported !== undefined
                ? `${t.common.notReported} (${t.common.atLeast(formatNumber(locale, l.peopleMinReported))})`
                : `${t.headline.people}: ${t.common.notReported}`}
          </p>
          <p className="small">
            <Prose text={l.asReported} locale={locale} />{" "}
            <span className="muted">
              ({t.common.confidence[l.confidence]}
              {l.confidenceNote && (
                <>
                  ; <Prose text={l.confidenceNote} locale={locale} />
                </>
              )}
              )
            </span>{" "}
            <SourceLinks ids={l.sourceIds} sources={model.sources} />
          </p>
          {l.countNote && (
            <p className="small muted">
              <Prose text={l.countNote} locale={locale} />
            </p>
          )}
          {l.named.length > 0 && (
            <>
              <p className="small">
                <strong>{t.map.named}</strong>
              </p>
              <ul className="small named">
                {l.named.map((n) => (
                  <li key={n.personId}>
                    <a href={`/people${toSearch({ ...DEFAULT_VIEW, lang: locale, person: n.personId })}`}>{n.name}</a>
                    {n.allegedOrganization && (
                      <span className="muted">
                        : <Prose text={n.allegedOrganization} locale={locale} />
                      </span>
                    )}
                    {/* "No court reported" would repeat the court line below. */}
                    {n.status.stage !== "no_court_reported" && (
                      <span className="block muted">
                        {t.map.caseStatus}: {t.people.stages[n.status.stage]}{" "}
                        {n.status.confidence && <Unconfirmed trust={trustOf(n.status.confidence)} t={t} />}
                      </span>
                    )}
                    <span className="block muted">
                      {n.usCourt ? `${t.map.court}: ${plainText(n.usCourt, locale)}` : t.map.courtUnknown}{" "}
                      {n.courtDiscrepancy && (
                        <a className="disc-link" href={`/sources#${n.courtDiscrepancy}`}>
                          {t.map.courtDisputed}
                        </a>
                      )}{" "}
                      <SourceLinks ids={n.sourceIds} sources={model.sources} />
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
      {disputes.map((x) => (
        <div key={x.id} className="dispute small">
          <p>
            <strong>{t.common.seeDiscrepancy(x.id)}</strong>: <Prose text={x.topic} locale={locale} />
          </p>
          <ul>
            {x.versions.map((v) => (
              <li key={v.version.en}>
                <Prose text={v.version} locale={locale} /> <SourceLinks ids={v.sourceIds} sources={model.sources} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      {place.candidateDistricts.length > 0 && (
        <div className="small">
          <p>
            <strong>{t.map.candidateDistricts}</strong>
          </p>
          <ul>
            {place.candidateDistricts.map((c) => (
              <li key={c.en}>
                <Prose text={c} locale={locale} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <details className="small">
        <summary>{t.map.coordinates}</summary>
        <p>
          <Prose text={place.mapNote} locale={locale} />
        </p>
        <p>
          <Prose text={place.coordNote} locale={locale} /> <SourceLinks ids={place.coordSourceIds} sources={model.sources} />
        </p>
      </details>
    </section>
  );
}
