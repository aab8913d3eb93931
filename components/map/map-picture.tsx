import Link from "next/link";
import { Fragment, type CSSProperties } from "react";
import type { LabelSizeClass, MapPictureScene, PictureLabel, PictureMarker } from "@/lib/map/picture-scene";
import type { Leader } from "@/lib/map/place-labels";
import { FIT_PADDING_PX } from "@/lib/map/view-frame";
import "./map-picture.css";

interface Props {
  scene: MapPictureScene;
  /** The link of each place's view (`?place=…`). */
  hrefOf: (placeId: string) => string;
  /** Accessible name of each marker link: "JFK: 8 people". */
  nameOf: (marker: PictureMarker) => string;
  alt: string;
}

/** A leader line from a marker's edge to its label: a thin box from (x1, y1), turned towards (x2, y2); px from the marker's centre. */
function leaderStyle({ x1, y1, x2, y2 }: Leader): CSSProperties {
  const length = Math.hypot(x2 - x1, y2 - y1);
  const angle = (Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI;
  return { left: `calc(50% + ${x1}px)`, top: `calc(50% + ${y1}px)`, width: `${Math.round(length * 10) / 10}px`, transform: `rotate(${Math.round(angle)}deg)` };
}

/**
 * A marker's label (and leader), placed for narrow and for wide boxes; CSS shows the one for the
 * box's width (map-picture.css, "pin labels"). One copy when both are the same.
 */
function PinLabels({ marker }: { marker: PictureMarker }) {
  const { compact, wide } = marker.labelAt;
  const same = JSON.stringify(compact) === JSON.stringify(wide);
  const label = (at: PictureLabel | null, size: LabelSizeClass | null) =>
    at && (
      <Fragment key={size ?? "all"}>
        {at.leader && <span className={`pin__leader${size ? ` pin--${size}` : ""}`} style={leaderStyle(at.leader)} />}
        <span
          className={`pin__label pin__label--${at.anchor}${size ? ` pin--${size}` : ""}`}
          style={{ left: `calc(50% + ${at.dx}px)`, top: `calc(50% + ${at.dy}px)` }}
          aria-hidden="true"
        >
          {marker.label}
        </span>
      </Fragment>
    );
  return same ? label(compact, null) : [label(compact, "compact"), label(wide, "wide")];
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
                <PinLabels marker={m} />
              </Link>
            ))}
        </div>
      </div>
    </div>
  );
}
