/**
 * What kind of moment a timeline entry is; the timeline's filter and the charts' markers use these.
 * Kept apart from the zod schema: the URL module (and so the browser bundle) reads it, and zod
 * probes `new Function` on import, which the CSP (no 'unsafe-eval') reports.
 */
export const TIMELINE_KINDS = ["transfer", "claim", "tariff", "designation", "agreement", "call", "meeting", "military", "other"] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
