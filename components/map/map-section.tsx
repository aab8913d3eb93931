import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import type { MapModel } from "@/lib/map/model";
import type { MapScene } from "@/lib/map/scene";
import { mapViewTexts } from "@/lib/map/view-texts";
import { MAP_PICTURE_PATHS, pictureKey, type MapPictureKind } from "@/lib/pictures/picture-source";
import type { ViewState } from "@/lib/url/view-state";
import { MapExportMenu } from "../export/map-export-menu";
import { ShareButtons, type ShareStrings } from "../share/share-buttons";
import { LiveMapFrame } from "./live-map-frame";
import { Picture } from "../view/picture";
import { PictureLinks } from "./picture-links";

interface Props {
  model: MapModel;
  view: ViewState;
  scene: MapScene;
  /** The overview's map ("map") or the map embed ("embed-map"): where its links lead, and what it leaves out. */
  kind: MapPictureKind;
  locale: Locale;
  t: Messages;
}

/**
 * The map section, rendered on the server for the linked view: event filter, the map picture
 * (the live map takes its place on demand), the place list and the detail panel. Every choice is
 * a link to a view; with JavaScript it is a soft navigation, and the server renders the new view.
 */
export function MapSection({ model, view, scene, kind, locale, t }: Props) {
  const path = MAP_PICTURE_PATHS[kind];
  const isEmbed = kind === "embed-map";
  const { filterName } = mapViewTexts(model, view, scene, path, locale, t);
  const embedded = isEmbed ? "embed-" : "";
  // Only the words the share menu says: each one is bytes in the page's payload.
  const shareStrings: ShareStrings = {
    copy: t.share.copy,
    copied: t.share.copied,
    share: t.share.share,
    manual: t.share.manual,
    embed: t.share.embed,
    embedHint: t.share.embedHint,
  };
  return (
    <section className="card map-section" aria-labelledby="map-title">
      <div className="section-head">
        <h2 id="map-title">{t.map.title}</h2>
        {!isEmbed && <ShareButtons strings={shareStrings} title={t.map.title} embedPath="/embed/map" />}
      </div>
      {!isEmbed && <p className="muted">{t.map.lede}</p>}
      <Picture kind={`${embedded}map-filter`} view={view} />
      <div className="map-layout">
        <LiveMapFrame
          fitBounds={scene.fitBounds}
          showPennsylvania={scene.pennsylvania !== ""}
          descriptionId="map-description"
          strings={{ label: t.map.mapLabel, explore: t.map.explore, loading: t.map.loading, unavailable: t.map.unavailable, retry: t.common.retry }}
        >
          <p id="map-description" className="visually-hidden">
            {t.map.mapDescription(filterName)}
          </p>
          <Picture kind={kind} view={view} />
        </LiveMapFrame>
        <Picture kind={`${embedded}map-side`} view={view} />
      </div>
      <Picture kind="map-legend" view={view} />
      <PictureLinks />
      {!isEmbed && <MapExportMenu summary={t.export.downloadMap} src={pictureKey("map-export", view)} />}
    </section>
  );
}
