import type { ChartDefinition } from "./chart-definition";
import { defineAnnualChart } from "./definitions/annual";
import { defineFentanylChart } from "./definitions/fentanyl";
import { defineFiscalChart } from "./definitions/fiscal";
import { defineHomicideChart } from "./definitions/homicides";
import { defineTransfersChart } from "./definitions/transfers";
import type { PlotSpec } from "./plot-spec";

/** The one definition of a plot, from its spec: defineChart({ kind: "fiscal", props }) -> axes, series, bars. */
export function defineChart(spec: PlotSpec): ChartDefinition {
  switch (spec.kind) {
    case "homicides":
      return defineHomicideChart(spec.props);
    case "annual":
      return defineAnnualChart(spec.props);
    case "fentanyl":
      return defineFentanylChart(spec.props);
    case "fiscal":
      return defineFiscalChart(spec.props);
    case "transfers":
      return defineTransfersChart(spec.props);
  }
}
