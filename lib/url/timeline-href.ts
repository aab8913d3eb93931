import { DEFAULT_VIEW, toSearch, type ViewState } from "./view-state";

/** The timeline page's link for a view (the entry also as the fragment, so the browser scrolls to it). */
export const timelineHref = (view: ViewState): string => `/timeline${toSearch(view)}${view.entry ? `#entry-${view.entry}` : ""}`;

/**
 * The link of one timeline entry (or claim statement) in a language, from anywhere else: a chart's mark.
 * Example: timelineEntryHref("es", "tl-2025-09-03-rubio-visit") === "/timeline?entry=tl-2025-09-03-rubio-visit&lang=es#entry-tl-2025-09-03-rubio-visit"
 */
export const timelineEntryHref = (lang: ViewState["lang"], entry: string): string => timelineHref({ ...DEFAULT_VIEW, lang, entry });

/** The timeline filtered to one kind, in a language: a legend entry's link. */
export const timelineKindHref = (lang: ViewState["lang"], kind: NonNullable<ViewState["kind"]>): string => timelineHref({ ...DEFAULT_VIEW, lang, kind });
