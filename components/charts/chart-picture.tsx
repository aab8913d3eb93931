import type { ChartDefinition } from "@/lib/charts/chart-definition";
import { AXIS_COLOR, GRID_COLOR, X_AXIS_HEIGHT_PX } from "@/lib/charts/chart-definition";
import { placeChart, type PlacedBar, type PlacedLine } from "@/lib/charts/place-chart";
import { compactPath, pct, px, thinningBreakpointPx, VIEWBOX_WIDTH } from "@/lib/charts/picture-geometry";
import "./chart-picture.css";
import "./chart-ink.css";

/** recharts' tick mark length and the gap from it to the label, in px. */
const TICK_PX = 6;
const LABEL_GAP_PX = 2;
/** Baseline offsets of 12 px labels: centred on a y tick (0.32em), hanging under an x tick (0.71em). */
const Y_LABEL_SHIFT_PX = 4;
const X_LABEL_SHIFT_PX = 8.5;

const vx = (fraction: number) => px(fraction * VIEWBOX_WIDTH);

/** Filled bars of one colour as one path, in viewBox units along x and px along y. */
function barPath(bars: readonly PlacedBar[], bottomPx: number): string {
  return bars.map((b) => `M${vx(b.x)} ${px(bottomPx)}V${px(b.yPx)}h${vx(b.width)}V${px(bottomPx)}z`).join("");
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

function LineMarks({ line }: { line: PlacedLine }) {
  const points = line.points.map((p): [number, number] | null => (p ? [p.x * VIEWBOX_WIDTH, p.yPx] : null));
  const d = compactPath(points);
  const dots = compactPath(points, true);
  const { dot } = line;
  const outerPx = 2 * dot.radiusPx + (dot.stroke ? dot.strokeWidthPx : 0);
  return (
    <g className={`series series--${line.key}`}>
      {line.lineWidthPx > 0 && <path d={d} fill="none" stroke={line.color} strokeWidth={line.lineWidthPx} strokeLinejoin="round" />}
      {/* Round caps of zero-length segments are the dots: one path for every point of the series. */}
      <path d={dots} stroke={dot.stroke ?? dot.fill} strokeWidth={outerPx} strokeLinecap="round" className={dot.className} />
      {dot.stroke && <path d={dots} stroke={dot.fill} strokeWidth={2 * dot.radiusPx - dot.strokeWidthPx} strokeLinecap="round" />}
    </g>
  );
}

/**
 * A chart drawn on the server as SVG: readable without JavaScript, and at any width without
 * scaling text. y is in px (the box has a fixed height); x is in percent of the plotting area,
 * which is a box inset by the axis margins. Lines, dots and bars live in a stretched viewBox layer
 * (0..1000 wide) whose strokes keep their px width (vector-effect, in chart-picture.css); text,
 * markers and hatched bars use % x.
 */
export function ChartPicture({ def, descriptionId, hatchId }: { def: ChartDefinition; descriptionId: string; hatchId: string }) {
  const placed = placeChart(def);
  const h = placed.innerHeightPx;
  const inset = { top: def.margin.top, right: def.margin.right, bottom: def.margin.bottom + X_AXIS_HEIGHT_PX, left: def.margin.left + def.y.widthPx };
  const plain = placed.bars.filter((b) => !b.isHatched && b.widthPx === undefined);
  const fixed = placed.bars.filter((b) => b.widthPx !== undefined);
  const hatched = placed.bars.filter((b) => b.isHatched);
  const thin = thinningBreakpointPx(
    placed.xTicks.map((t) => t.label),
    inset.left + inset.right,
  );
  const xTickMarks = placed.xTicks.map((t) => `M${vx(t.x)} ${px(h)}v${TICK_PX}`).join("");
  return (
    <div className="chart-picture" data-chart-picture="" data-thin={thin ?? undefined} role="img" aria-labelledby={descriptionId}>
      <svg
        className="chart-picture__marks"
        style={{ top: inset.top, left: inset.left, width: `calc(100% - ${inset.left + inset.right}px)`, height: `calc(100% - ${inset.top + inset.bottom}px)` }}
        overflow="visible"
        aria-hidden="true"
      >
        {hatched.length > 0 && (
          <defs>
            <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#ffffff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke={hatched[0]!.color} strokeWidth="3" />
            </pattern>
          </defs>
        )}
        <svg
          className="chart-picture__stretched"
          viewBox={`0 0 ${VIEWBOX_WIDTH} ${px(h)}`}
          preserveAspectRatio="none"
          width="100%"
          height="100%"
          overflow="visible"
        >
          <path d={placed.yTicks.map((t) => `M0 ${px(t.yPx)}H${VIEWBOX_WIDTH}`).join("")} stroke={GRID_COLOR} />
          {[...groupBy(plain, (b) => b.color)].map(([color, bars]) => (
            <path key={color} d={barPath(bars, h)} fill={color} className="bars" />
          ))}
          {fixed.map((b, i) => (
            <path key={i} d={`M${vx(b.x)} ${px(h)}V${px(b.yPx)}`} stroke={b.color} strokeWidth={b.widthPx} className="bar" />
          ))}
          <path d={`M0 ${px(h)}H${VIEWBOX_WIDTH}${xTickMarks}`} stroke={AXIS_COLOR} />
          {placed.lines.map((line) => (
            <LineMarks key={line.key} line={line} />
          ))}
        </svg>
        {hatched.map((b, i) => (
          <rect
            key={i}
            x={pct(b.x)}
            y={px(b.yPx)}
            width={pct(b.width)}
            height={px(b.heightPx)}
            fill={`url(#${hatchId})`}
            stroke={b.color}
            className="bar bar--partial"
          />
        ))}
        {placed.annotations.map((a, i) => (
          <line
            key={i}
            x1={pct(a.x)}
            x2={pct(a.x)}
            y1="0"
            y2={px(h)}
            stroke={a.color}
            strokeWidth={a.widthPx}
            strokeDasharray={a.isDashed ? "4 3" : undefined}
            className="annotation"
          />
        ))}
        <path d={`M0 0V${px(h)}${placed.yTicks.map((t) => `M-${TICK_PX} ${px(t.yPx)}h${TICK_PX}`).join("")}`} stroke={AXIS_COLOR} />
        <g textAnchor="end">
          {placed.yTicks.map((t) => (
            <text key={t.label} x={-(TICK_PX + LABEL_GAP_PX)} y={px(t.yPx + Y_LABEL_SHIFT_PX)}>
              {t.label}
            </text>
          ))}
        </g>
        <g textAnchor="middle">
          {placed.xTicks.map((t, i) => (
            <text key={t.label} x={pct(t.x)} y={px(h + TICK_PX + LABEL_GAP_PX + X_LABEL_SHIFT_PX)} className={i % 2 ? "xt-odd" : undefined}>
              {t.label}
            </text>
          ))}
        </g>
      </svg>
    </div>
  );
}
