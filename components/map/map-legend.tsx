import { formatDate } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import type { MapEvent } from "@/lib/map/model";
import { NEUTRAL_COLOR, SHARED_COLOR } from "@/lib/theme/palette";
import "../charts/chart-ink.css";
import "./map-legend.css";

/** What each mark means; the same encodings as lib/map/style.ts. */
export function MapLegend({ events, locale, t }: { events: readonly MapEvent[]; locale: Locale; t: Messages }) {
  return (
    <div className="map-legend" aria-label={t.map.legendTitle} role="group">
      <ul className="map-legend__events">
        {events.map((e) => (
          <li key={e.id}>
            <span className="swatch" style={{ background: e.color }} aria-hidden="true" /> {formatDate(locale, e.date, "short")}: {t.common.people(e.people)}
          </li>
        ))}
      </ul>
      <ul className="map-legend__marks">
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="27" y2="5" stroke={NEUTRAL_COLOR} strokeWidth="2.2" />
          </svg>{" "}
          {t.map.legendSolid}
        </li>
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="27" y2="5" stroke={NEUTRAL_COLOR} strokeWidth="2" strokeDasharray="4 3" />
          </svg>{" "}
          {t.map.legendDashed}
        </li>
        <li>
          <svg width="28" height="18" aria-hidden="true">
            <circle cx="7" cy="9" r="4" fill="#57606a" />
            <circle cx="20" cy="9" r="7.5" fill="#57606a" />
          </svg>{" "}
          {t.map.legendReported}
        </li>
        <li>
          <svg width="28" height="18" aria-hidden="true">
            <circle cx="14" cy="9" r="6" fill="#fff" stroke="#57606a" strokeWidth="2.5" />
          </svg>{" "}
          {t.map.legendNotReported}
        </li>
        <li>
          <svg width="28" height="18" aria-hidden="true">
            <circle cx="14" cy="9" r="7" fill="#57606a" fillOpacity="0.55" stroke="#57606a" strokeWidth="1.5" />
          </svg>{" "}
          {t.map.legendPartial}
        </li>
        <li>
          <svg width="28" height="18" aria-hidden="true">
            <circle cx="14" cy="9" r="7" fill={SHARED_COLOR} />
          </svg>{" "}
          {t.map.legendShared}
        </li>
        <li>
          <svg width="28" height="18" aria-hidden="true">
            <circle cx="14" cy="9" r="5" fill={NEUTRAL_COLOR} stroke="#fff" strokeWidth="1.5" />
          </svg>{" "}
          {t.map.legendDeparture}
        </li>
        <li>
          <svg width="28" height="18" aria-hidden="true">
            <defs>
              <pattern id="legend-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line x1="0" y1="0" x2="0" y2="4" stroke="#009E73" strokeWidth="2" />
              </pattern>
            </defs>
            <rect x="2" y="2" width="24" height="14" fill="url(#legend-hatch)" stroke="#009E73" strokeDasharray="3 2" />
          </svg>{" "}
          {t.map.legendState}
        </li>
        <li>{t.map.legendProxy}</li>
      </ul>
      <p className="small muted">{t.map.attribution}</p>
    </div>
  );
}
