export interface PageTimings {
  ttfbMs: number;
  htmlEndMs: number;
  cssEndMs: number;
  lcpFontEndMs: number;
  scriptsBeforeLcp: number;
  fcpMs: number | null;
  lcp: { startTimeMs: number; tag: string | null };
}
export interface LcpPhases {
  lcpMs: number;
  fcpMs: number | null;
  ttfbMs: number;
  htmlLoadMs: number;
  renderBlockingMs: number;
  renderDelayMs: number;
  scriptsBeforeLcp: number;
  element: string | null;
}
/** The phases of one page from its timings; they add up to the LCP time. */
export function phasesFrom(t: PageTimings): LcpPhases;
