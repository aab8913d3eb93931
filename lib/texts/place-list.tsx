/** @jsxImportSource @/lib/html */
import { ink } from "../theme/ink";
import type { Messages } from "../i18n/messages";
import type { SceneMarker } from "../map/scene";
import { ViewLink } from "./view-link";

interface Props {
  markers: readonly SceneMarker[];
  names: ReadonlyMap<string, string>;
  selected: string | null;
  hrefFor: (placeId: string) => string;
  summaryOf: (marker: SceneMarker) => string;
  t: Messages;
}

/** The map's places as a list: the keyboard and screen-reader way into the map, the same links as its markers. */
export function PlaceList({ markers, names, selected, hrefFor, summaryOf, t }: Props) {
  const groups = [
    { title: t.map.departures, items: markers.filter((p) => p.role === "departure") },
    { title: t.map.destinations, items: markers.filter((p) => p.role === "destination").sort((a, b) => b.people - a.people || a.label.localeCompare(b.label)) },
  ];
  return (
    <div className="place-list">
      <h3 id="places-title">{t.map.placesTitle}</h3>
      {groups.map((g) => (
        <section key={g.title} aria-label={g.title}>
          <h4>{g.title}</h4>
          <ul>
            {g.items.map((p) => (
              <li key={p.id} data-place={p.id}>
                <ViewLink href={hrefFor(p.id)} isCurrent={selected === p.id} className="place-list__item">
                  <span
                    className={`marker marker--${p.role === "departure" ? "departure" : p.countStatus}`}
                    style={{ borderColor: p.color, background: p.role === "departure" ? undefined : p.countStatus === "notReported" ? ink("bg") : p.color }}
                    aria-hidden="true"
                  />
                  <span className="place-list__name">
                    {names.get(p.id)}
                    {p.isProxy ? "*" : ""}
                  </span>
                  <span className="place-list__summary">{summaryOf(p)}</span>
                </ViewLink>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
