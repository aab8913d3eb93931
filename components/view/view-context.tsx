"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { createContext, useCallback, useContext, useMemo, type ReactNode } from "react";
import { parseViewState, toSearch, type ViewContext, type ViewState } from "@/lib/url/view-state";

const IdsContext = createContext<ViewContext | null>(null);

/** Gives client leaves the ids a URL may name (events, places), from the server's dataset. */
export function ViewProvider({ ids, children }: { ids: ViewContext; children: ReactNode }) {
  return <IdsContext.Provider value={ids}>{children}</IdsContext.Provider>;
}

/** The ids a URL may name, as the server's dataset has them. */
export function useViewIds(): ViewContext {
  return useContext(IdsContext) ?? NO_IDS;
}

export interface ViewApi {
  view: ViewState;
  /** The URL of another view, for real links. */
  hrefOf: (next: ViewState) => string;
  /**
   * A new history entry (a choice the user may want to go Back from). A soft navigation: the
   * server renders the new view (map picture, panel, charts, tables) and React swaps it in;
   * client state (a started map) survives.
   */
  push: (next: ViewState) => void;
  /** Replace the current entry without a server render (camera moves: no history spam). */
  replace: (next: ViewState) => void;
}

/** The current view, read from the URL through lib/url/view-state (the only parser). */
export function useView(): ViewApi {
  const api = useOptionalView();
  if (!api) throw new Error("useView must be used inside <ViewProvider>");
  return api;
}

/** Like useView, or null on pages without a view (e.g. /sources). */
export function useOptionalView(): ViewApi | null {
  const ids = useContext(IdsContext) ?? NO_IDS;
  const pathname = usePathname();
  const params = useSearchParams();
  const router = useRouter();
  const view = useMemo(() => parseViewState(params, ids).view, [params, ids]);
  const hrefOf = useCallback((next: ViewState) => `${pathname}${toSearch(next)}${typeof window === "undefined" ? "" : window.location.hash}`, [pathname]);
  const push = useCallback((next: ViewState) => router.push(hrefOf(next), { scroll: false }), [hrefOf, router]);
  const replace = useCallback((next: ViewState) => window.history.replaceState(null, "", hrefOf(next)), [hrefOf]);
  return useContext(IdsContext) ? { view, hrefOf, push, replace } : null;
}

const NO_IDS: ViewContext = { eventIds: [], placeIds: [] };
