import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import { renderMapLegend } from "@/lib/map/legend-html";
import type { MapEvent } from "@/lib/map/model";

/** What each mark means (lib/map/legend-html.ts draws it); the same encodings as lib/map/style.ts. */
export function MapLegend({ events, locale, t }: { events: readonly MapEvent[]; locale: Locale; t: Messages }) {
  const { label, html } = renderMapLegend(events, locale, t);
  return <div className="map-legend" aria-label={label} role="group" dangerouslySetInnerHTML={{ __html: html }} />;
}
