/** JSON parts this tab has fetched or is fetching, by address; a failed fetch is forgotten, so the next try fetches again. */
const loaded = new Map<string, Promise<unknown>>();

/**
 * A part of the page that is data, not markup (a chart's plot data, a download panel's words),
 * fetched from its picture address (`/pictures/<build>/<kind>?<view>`, lib/pictures/) when the
 * reader first needs it, once per tab. Example: `await loadPartJson<PlotData>(src)`.
 */
export function loadPartJson<T>(src: string): Promise<T> {
  let part = loaded.get(src);
  if (!part) {
    part = fetch(src).then((response) => {
      if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    });
    part.catch(() => loaded.delete(src));
    loaded.set(src, part);
  }
  return part as Promise<T>;
}
