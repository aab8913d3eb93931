import type { ViewContext } from "./view-state";

/** The lists of ids only some pages read: the people's (people, courts) and the timeline's (entries). */
export type PageUses = readonly ("people" | "timeline")[];

/**
 * The ids a page's browser code parses its URL with: the lists it reads and no others (ViewContext:
 * a parameter whose list is omitted is not that page's to read).
 * Example: clientIds(ids, ["timeline"]) keeps entryIds and drops personIds and courtIds.
 */
export function clientIds({ personIds, courtIds, entryIds, ...always }: ViewContext, uses: PageUses): ViewContext {
  return {
    ...always,
    ...(uses.includes("people") ? { personIds, courtIds } : {}),
    ...(uses.includes("timeline") ? { entryIds } : {}),
  };
}
