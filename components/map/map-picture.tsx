import Link from "next/link";
import type { CSSProperties } from "react";
import type { MapPictureScene, PictureMarker } from "@/lib/map/picture-scene";
import { FIT_PADDING_PX } from "@/lib/map/view-frame";

interface Props {
  scene: MapPictureScene;
  /** The link of each place's view (`?place=…`). */
  hrefOf: (placeId: string) => string;
  /** Accessible name of each marker link: "JFK: 8 people". */
  nameOf: (marker: PictureMarker) => string;
  alt: string;
}

/** Arc strokes per emphasis, as the live map draws them (lib/map/style.ts). */
const ARC_CLASS = { default: "arc", muted: "arc arc--muted", highlighted: "arc arc--highlighted" } as const;

/**
 * The map of the linked view, drawn on the server (lib/map/picture-scene.ts): readable at once on
 * a phone, without JavaScript, and the place the live map takes over. The box scales to the frame
 * as MapLibre's fitBounds would (CSS contain with FIT_PADDING_PX), or sits at 1:1 pixels around a
 * linked camera; strokes and markers keep their pixel sizes at any scale, so markers land where
 * MapLibre's will. Markers are plain links to the place's view, for pointers; the place list is
 * their keyboard and screen-reader equivalent.
 */
export function MapPicture({ scene, hrefOf, nameOf, alt }: Props) {
  const { width, height } = scene;
  const box = { "--ratio": Math.round((width / height) * 1e4) / 1e4 } as CSSProperties;
  return (
    <div className={`map-picture map-picture--${scene.mode}`} style={{ "--map-pad": `${FIT_PADDING_PX}px` } as CSSProperties} data-map-picture="">
      <div className="map-picture__fit">
        <div className="map-picture__box" style={box}>
          <svg className="map-picture__svg" viewBox={`0 0 ${+width.toFixed(2)} ${+height.toFixed(2)}`} role="img" aria-label={alt}>
            {scene.pennsylvania && (
              <defs>
                <pattern id="pa-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <line x1="0" y1="0" x2="0" y2="8" />
                </pattern>
              </defs>
            )}
            <path className="land land--other" d={scene.landOther} />
            <path className="land land--focus" d={scene.landFocus} />
            <path className="state-lines" d={scene.stateLines} />
            {scene.pennsylvania && <path className="pennsylvania" d={scene.pennsylvania} />}
            <g className="arcs">
              {scene.arcs.map((a, i) =>
                a.d ? <path key={i} className={`${ARC_CLASS[a.emphasis]}${a.isDisputed ? " arc--disputed" : ""}`} d={a.d} stroke={a.color} /> : null,
              )}
            </g>
          </svg>
          {[...scene.markers]
            .sort((a, b) => b.radiusPx - a.radiusPx)
            .map((m) => (
              <Link
                key={m.id}
                href={hrefOf(m.id)}
                scroll={false}
                prefetch={false}
                className={`pin pin--${m.role === "departure" ? "departure" : m.countStatus}${m.isSelected ? " pin--selected" : ""}`}
                style={{ left: `${m.xPct}%`, top: `${m.yPct}%`, "--r": `${m.radiusPx}px`, "--c": m.color } as CSSProperties}
                aria-label={nameOf(m)}
                aria-current={m.isSelected ? "true" : undefined}
                // A pointer shortcut: markers can sit a few pixels apart, below the 24 px target
                // size. Keyboard and screen readers get the same links in the place list beside
                // the map (WCAG 2.5.8's "equivalent control"), and the picture's text alternative.
                tabIndex={-1}
                aria-hidden="true"
                data-place={m.id}
              >
                {m.labelAnchor && (
                  <span className={`pin__label pin__label--${m.labelAnchor}`} aria-hidden="true">
                    {m.label}
                  </span>
                )}
              </Link>
            ))}
        </div>
      </div>
    </div>
  );
}
