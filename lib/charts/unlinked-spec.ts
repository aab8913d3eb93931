import { unlinkAnnotations } from "../series/annotations";
import type { PlotSpec } from "./plot-spec";

/**
 * A plot spec whose marks link nowhere: what an exported image draws (a file that leaves the page
 * may reference nothing, lib/export/external-references.ts), from the page's spec with its links.
 */
export function withoutLinks(spec: PlotSpec): PlotSpec {
  switch (spec.kind) {
    case "homicides":
    case "fentanyl":
    case "transfers":
      return { ...spec, props: { ...spec.props, annotations: unlinkAnnotations(spec.props.annotations) } } as PlotSpec;
    default:
      return spec;
  }
}
