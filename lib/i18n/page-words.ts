import type { Messages } from "./messages";

/** The page's words for what it fetches after the first paint: a part sent once, a chart's interactive plot, a download menu. */
export interface PageWords {
  /** A part sent once that cannot be fetched. */
  failedText: string;
  /** A download menu whose words and data cannot be fetched. */
  loadFailedText: string;
  /** A chart's box before the interactive chart is in it, e.g. "Interactive chart: point at it…". */
  plotLabel: string;
  /** The interactive chart could not be drawn (the picture stays). */
  plotFailedText: string;
  retryText: string;
}

/** Those words in one language, given once per page (components/view/picture-strings.tsx) rather than to each part. */
export function pageWords(t: Messages): PageWords {
  return {
    failedText: t.common.pictureFailed,
    loadFailedText: t.common.loadFailed,
    plotLabel: t.charts.explore,
    plotFailedText: t.charts.plotFailed,
    retryText: t.common.retry,
  };
}
