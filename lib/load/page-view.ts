import "server-only";
import type { Dataset } from "../data/dataset";
import { getMessages, type Messages } from "../i18n/messages";
import { clientIds, type PageUses } from "../url/client-ids";
import { parseViewState, type ViewContext, type ViewState } from "../url/view-state";
import { loadDataset } from "./dataset";
import { getViewIds } from "./derived";

/** A page's query, as Next hands it to the page. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * What every view page starts from: the view its URL asks for (parsed once, against the ids and
 * months of the data; it never throws), the ids its browser code parses with (only the lists the
 * page `uses`: the people's 37 names and the timeline's 53 entries stay off the other pages'
 * payload), the words of its language and the dataset.
 */
export async function loadPageView(
  searchParams: SearchParams,
  uses: PageUses = [],
): Promise<{ view: ViewState; ids: ViewContext; t: Messages; data: Dataset }> {
  const ids = getViewIds();
  const { view } = parseViewState(await searchParams, ids);
  return { view, ids: clientIds(ids, uses), t: getMessages(view.lang), data: loadDataset() };
}
