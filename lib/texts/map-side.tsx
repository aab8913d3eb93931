/** @jsxImportSource @/lib/html */
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import type { MapModel, MapPlace } from "../map/model";
import type { SceneMarker } from "../map/scene";
import type { MapViewTexts } from "../map/view-texts";
import { PlaceDetail } from "./place-detail";
import { PlaceList } from "./place-list";

/** Beside the map: the chosen place's panel (or a hint to choose one), then every place of the view as a list. */
export function MapSide({
  model,
  place,
  event,
  markers,
  texts,
  closeHref,
  locale,
  t,
}: {
  model: MapModel;
  place: MapPlace | undefined;
  event: string;
  markers: readonly SceneMarker[];
  texts: MapViewTexts;
  closeHref: string;
  locale: Locale;
  t: Messages;
}) {
  return (
    <div className="map-side">
      {place ? (
        <PlaceDetail model={model} place={place} event={event} closeHref={closeHref} locale={locale} t={t} />
      ) : (
        <p className="place-detail place-detail--empty muted">{t.map.detailEmpty}</p>
      )}
      <PlaceList markers={markers} names={texts.names} selected={place?.id ?? null} hrefFor={texts.placeHref} summaryOf={texts.summaryOf} t={t} />
    </div>
  );
}
