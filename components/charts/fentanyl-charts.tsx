import type { Messages } from "@/lib/i18n/messages";
import type { ChartPlots } from "@/lib/charts/chart-plots";
import { CHART_SCOPES, type ViewState } from "@/lib/url/view-state";
import { ChartFrame, type FrameBasics } from "./chart-frame";
import { ViewPatchLink } from "../view/view-patch-link";

interface Props {
  /** What the charts plot: the months of the view's scope and range, the fiscal years of its scope. */
  specs: Pick<ChartPlots["specs"], "fentanyl" | "fiscal">;
  /** The props every frame takes the same way (charts-section). */
  frame: (id: "fentanyl" | "fiscal") => FrameBasics;
  view: ViewState;
  /** One of the two charts alone (embed route). */
  only?: "fentanyl" | "fiscal";
  t: Messages;
}

/**
 * The two fentanyl charts for the view's scope (southwest border / nationwide), drawn on the
 * server; the scope switch is a pair of links to the other view, which the server renders.
 */
export function FentanylCharts({ specs, frame, view, only, t }: Props) {
  const scopeLabels = t.charts.fentanyl.scopes;
  const scope = view.scope;
  const switcher = (
    <nav className="event-filter" aria-label={t.charts.fentanyl.scopeLabel}>
      <span className="event-filter__label" aria-hidden="true">
        {t.charts.fentanyl.scopeLabel}
      </span>
      <ul>
        {CHART_SCOPES.map((s) => (
          <li key={s}>
            <ViewPatchLink patch={{ scope: s }} isCurrent={s === scope} className="event-filter__option">
              {scopeLabels[s]}
            </ViewPatchLink>
          </li>
        ))}
      </ul>
    </nav>
  );
  return (
    <>
      {only !== "fiscal" && <ChartFrame {...frame("fentanyl")} controls={switcher} plotSpec={specs.fentanyl} />}
      {only !== "fentanyl" && <ChartFrame {...frame("fiscal")} plotSpec={specs.fiscal} />}
    </>
  );
}
