/**
 * Every Cache-Control the app sends, by what a response is. The route table (lib/http/routes.ts)
 * names one for each route, and the code that answers the route sends that same constant.
 */
export const CACHE_CONTROL = {
  /** Pages: browsers revalidate after a minute (a 304 costs nothing); shared caches keep them 10 minutes and may serve a stale copy for a day while they refetch. */
  page: "public, max-age=60, s-maxage=600, stale-while-revalidate=86400",
  /** A preview image is a function of its query and the deployed data: a day. */
  previewImage: "public, max-age=86400, s-maxage=86400, immutable",
  /** Data downloads: an hour (a new deploy brings new bytes and a new ETag). */
  dataFile: "public, max-age=3600",
  /** The live map's GeoJSON: same URL, new data after a deploy, so caches revalidate after 5 minutes. */
  mapData: "public, max-age=300, must-revalidate",
  /** Build output and files copied from pinned npm packages at install never change under a URL. */
  immutable: "public, max-age=31536000, immutable",
  /** Unversioned files of public/ (the map worker, the icon): revalidated on every use. */
  revalidate: "public, max-age=0, must-revalidate",
  /** Errors, 404 pages, refusals and the server's counters. */
  never: "no-store",
} as const;

export type CacheControl = (typeof CACHE_CONTROL)[keyof typeof CACHE_CONTROL];
