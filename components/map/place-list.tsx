import { formatNumber } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import type { PlaceProperties } from "@/lib/map/features";
import { NavLink } from "./nav-link";

interface Props {
  points: readonly PlaceProperties[];
  names: ReadonlyMap<string, string>;
  departureEventCounts: ReadonlyMap<string, number>;
  selected: string | null;
  hrefFor: (placeId: string) => string;
  onSelect: (placeId: string) => void;
  locale: Locale;
  t: Messages;
}

/** The map's places as a list: the keyboard and screen-reader way into the map, kept in sync with it. */
export function PlaceList({ points, names, departureEventCounts, selected, hrefFor, onSelect, locale, t }: Props) {
  const groups = [
    { title: t.map.departures, items: points.filter((p) => p.role === "departure") },
    { title: t.map.destinations, items: points.filter((p) => p.role === "destination").sort((a, b) => b.people - a.people || a.label.localeCompare(b.label)) },
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
                <NavLink href={hrefFor(p.id)} onNavigate={() => onSelect(p.id)} isCurrent={selected === p.id} className="place-list__item">
                  <span className={`marker marker--${p.role === "departure" ? "departure" : p.countStatus}`} style={{ borderColor: p.color, background: p.role === "departure" ? undefined : p.countStatus === "notReported" ? "#fff" : p.color }} aria-hidden="true" />
                  <span className="place-list__name">
                    {names.get(p.id)}
                    {p.isProxy ? "*" : ""}
                  </span>
                  <span className="place-list__summary">
                    {p.role === "departure" ? t.map.departureSummary(departureEventCounts.get(p.id) ?? 0) : t.map.peopleSummary(formatNumber(locale, p.people), p.countStatus)}
                  </span>
                </NavLink>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
