import { ReferenceDot, ReferenceLine } from "recharts";
import { CLAIM_MARK_PATH, type ChartDefinition } from "@/lib/charts/chart-definition";

/** A claim's triangle at the dot's place (the top of the plot), with its tooltip, as the server picture draws it. */
function ClaimMark({ cx, cy, fill, title }: { cx?: number; cy?: number; fill?: string; title?: string }) {
  if (cx === undefined || cy === undefined) return <g />;
  return (
    <path d={CLAIM_MARK_PATH} transform={`translate(${cx} ${cy})`} fill={fill} className="annotation annotation--claim">
      {title && <title>{title}</title>}
    </path>
  );
}

/**
 * The time markers of a chart: transfers in their event colours, the new administration dashed,
 * official claims as triangles above the plot at the month they measured to.
 */
export function annotationLines(def: Pick<ChartDefinition, "annotations" | "y">) {
  const top = def.y.domain[1];
  return def.annotations.map((a) =>
    a.kind === "claim" ? (
      // The colour goes on the dot: recharts passes its own fill (white by default) to the shape.
      <ReferenceDot key={a.id} x={a.time} y={top} ifOverflow="visible" fill={a.color} stroke="none" shape={<ClaimMark title={a.title} />} />
    ) : (
      <ReferenceLine
        key={a.id}
        x={a.time}
        stroke={a.color}
        strokeWidth={a.kind === "transfer" ? 2 : 1.5}
        strokeDasharray={a.kind === "administration" ? "4 3" : undefined}
        ifOverflow="hidden"
        className={`annotation annotation--${a.kind}`}
      />
    ),
  );
}
