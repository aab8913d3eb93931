import { ReferenceLine } from "recharts";
import type { TimeAnnotation } from "@/lib/series/annotations";

/** The shared time markers: transfers in their event colours, the new administration dashed. */
export function annotationLines(annotations: readonly TimeAnnotation[]) {
  return annotations.map((a) => (
    <ReferenceLine
      key={a.id}
      x={a.time}
      stroke={a.color}
      strokeWidth={a.kind === "transfer" ? 2 : 1.5}
      strokeDasharray={a.kind === "administration" ? "4 3" : undefined}
      ifOverflow="hidden"
      className={`annotation annotation--${a.kind}`}
    />
  ));
}
