/** @jsxImportSource @/lib/html */
import { formatDate } from "../format/format";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import type { MapEvent } from "../map/model";
import { ViewLink } from "./view-link";

interface Props {
  events: readonly MapEvent[];
  current: string;
  hrefFor: (event: string) => string;
  locale: Locale;
  t: Messages;
}

/** All / one transfer. Links, so each choice is a URL and works without JavaScript. */
export function EventFilter({ events, current, hrefFor, locale, t }: Props) {
  const options = [
    { id: "all", label: t.map.all, color: null },
    ...events.map((e) => ({ id: e.id, label: formatDate(locale, e.date, "short"), color: e.color })),
  ];
  return (
    <nav className="event-filter" aria-label={t.map.filterLabel}>
      <span className="event-filter__label" aria-hidden="true">
        {t.map.filterLabel}
      </span>
      <ul>
        {options.map((o) => (
          <li key={o.id}>
            <ViewLink href={hrefFor(o.id)} isCurrent={current === o.id} className="event-filter__option">
              {o.color && <span className="swatch" style={{ background: o.color }} aria-hidden="true" />}
              {o.label}
            </ViewLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
