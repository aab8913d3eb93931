import type { CSSProperties } from "react";
import { renderMapPicture, type MapPictureOptions } from "@/lib/map/picture-html";
import type { MapScene } from "@/lib/map/scene";
import { PictureLinks } from "./picture-links";

/**
 * The map of the linked view, drawn on the server as HTML (lib/map/picture-html.ts from
 * lib/map/scene.ts); its marker links navigate softly through the PictureLinks leaf.
 */
export function MapPicture({ scene, hrefOf, nameOf, alt }: MapPictureOptions & { scene: MapScene }) {
  const { className, style, html } = renderMapPicture(scene, { hrefOf, nameOf, alt });
  return (
    <>
      <div className={className} style={style as CSSProperties} data-map-picture="" dangerouslySetInnerHTML={{ __html: html }} />
      <PictureLinks />
    </>
  );
}
