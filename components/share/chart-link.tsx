"use client";

import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import type { ChartId } from "@/lib/url/view-state";
import { useView } from "../view/view-context";

/** A permanent link to one chart in the current view (its options and range), scrolled into view. */
export function ChartLink({ chart, locale }: { chart: ChartId; locale: Locale }) {
  const t = getMessages(locale);
  const { view, hrefOf } = useView();
  const href = `${hrefOf({ ...view, chart }).split("#")[0]}#chart-${chart}`;
  return (
    <a className="chart__link small" href={href}>
      {t.share.chartLink}
    </a>
  );
}
