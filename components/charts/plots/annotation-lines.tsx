import type { SVGProps } from "react";
import { ReferenceDot, ReferenceLine } from "recharts";
import { TOP_MARK_PATHS, type ChartDefinition } from "@/lib/charts/chart-definition";
import { isTopMark, type TimeAnnotation, type TopMarkKind } from "@/lib/series/annotations";

/** Wider than a line, for a pointer to hit: an invisible stroke over a line mark (as in the server picture). */
const HIT_WIDTH_PX = 10;

/**
 * A mark's link to its timeline entry, out of the tab order like the picture's (the legend and the
 * data table reach the same entries by keyboard); the mark alone where it has no link (an export).
 */
function Linked({ href, title, children }: { href?: string; title?: string; children: React.ReactNode }) {
  if (!href) return <>{children}</>;
  return (
    <a href={href} target="_top" tabIndex={-1}>
      {title && <title>{title}</title>}
      {children}
    </a>
  );
}

/** A shape above the plot at the dot's place (its top edge), with its tooltip, as the server picture draws it. */
function TopMark({ cx, cy, fill, kind, title, href }: { cx?: number; cy?: number; fill?: string; kind: TopMarkKind; title?: string; href?: string }) {
  if (cx === undefined || cy === undefined) return <g />;
  return (
    <Linked href={href} title={title}>
      <path d={TOP_MARK_PATHS[kind]} transform={`translate(${cx} ${cy})`} fill={fill} className={`annotation annotation--${kind}`}>
        {!href && title && <title>{title}</title>}
      </path>
    </Linked>
  );
}

/** A line across the plot with its link and a wider invisible line for the pointer. */
function lineShape(a: TimeAnnotation) {
  const LineMark = (props: SVGProps<SVGLineElement>) => (
    <Linked href={a.href} title={a.title}>
      <line {...props} className="recharts-reference-line-line" />
      {a.href && <line x1={props.x1} x2={props.x2} y1={props.y1} y2={props.y2} stroke="transparent" strokeWidth={HIT_WIDTH_PX} />}
    </Linked>
  );
  LineMark.displayName = `LineMark(${a.id})`;
  return LineMark;
}

/**
 * The time marks of a chart: changes of government dashed, transfers in their event colours,
 * tariffs, designations and the agreement as shapes above the plot, official claims as triangles
 * below them at the month they measured to; each a link to its timeline entry on the page.
 */
export function annotationLines(def: Pick<ChartDefinition, "annotations" | "y">) {
  const top = def.y.domain[1];
  return def.annotations.map((a) => {
    const { kind } = a;
    return isTopMark(kind) ? (
      // The colour goes on the dot: recharts passes its own fill (white by default) to the shape.
      <ReferenceDot
        key={a.id}
        x={a.time}
        y={top}
        ifOverflow="visible"
        fill={a.color}
        stroke="none"
        shape={<TopMark kind={kind} title={a.title} href={a.href} />}
      />
    ) : (
      <ReferenceLine
        key={a.id}
        x={a.time}
        stroke={a.color}
        strokeWidth={a.kind === "transfer" ? 2 : 1.5}
        strokeDasharray={a.kind === "administration" ? "4 3" : undefined}
        ifOverflow="hidden"
        className={`annotation annotation--${a.kind}`}
        shape={lineShape(a)}
      />
    );
  });
}
