/**
 * Next's client router sends its current route tree with a soft navigation, as
 * `Next-Router-State-Tree: encodeURIComponent(JSON.stringify(tree))`. The server checks it here,
 * before anything renders, against the shape Next 16 accepts (FlightRouterState in
 * next/dist/server/app-render/types.js), and spells it one way, so that two spellings of one tree
 * share a cache entry and a broken one is a 400 rather than a 500 from Next.
 *
 *   normalizeRouterState(encodeURIComponent('["",{"children":["__PAGE__",{}]}]')) // { ok: true, value: "%5B%22%22%2C…" }
 *   normalizeRouterState("%5B")                                                  // { ok: false, why: "not JSON" }
 */
export type NormalizedRouterState = { ok: true; value: string } | { ok: false; why: string };

/** Next refuses larger headers too (about 2,000 segments). */
const MAX_HEADER_LENGTH = 40_000;
const MAX_DEPTH = 64;
const DYNAMIC_PARAM_TYPES = new Set(["c", "ci(..)(..)", "ci(.)", "ci(..)", "ci(...)", "oc", "d", "di(..)(..)", "di(.)", "di(..)", "di(...)"]);
const REFRESH_MARKERS = new Set(["refetch", "inside-shared-layout", "metadata-only"]);

export function normalizeRouterState(header: string): NormalizedRouterState {
  if (header.length > MAX_HEADER_LENGTH) return { ok: false, why: "over 40,000 characters" };
  let tree: unknown;
  try {
    tree = JSON.parse(decodeURIComponent(header));
  } catch {
    return { ok: false, why: "not JSON" };
  }
  const why = treeProblem(tree, 0);
  return why ? { ok: false, why } : { ok: true, value: encodeURIComponent(JSON.stringify(tree)) };
}

const isString = (v: unknown): v is string => typeof v === "string";
const isNullish = (v: unknown) => v === null || v === undefined;

function segmentProblem(segment: unknown): string | null {
  if (isString(segment)) return null;
  if (!Array.isArray(segment) || segment.length !== 4) return "a segment is neither a string nor [name, key, type, siblings]";
  const [name, key, type, siblings] = segment as unknown[];
  if (!isString(name) || !isString(key) || !isString(type) || !DYNAMIC_PARAM_TYPES.has(type)) return "a dynamic segment has a bad name, key or type";
  if (siblings !== null && !(Array.isArray(siblings) && siblings.every(isString))) return "a dynamic segment's siblings are not a list of strings";
  return null;
}

/** What is wrong with a tree node, or null: [segment, children, url?, refresh?, lazy-fetch time?, extra?]. */
function treeProblem(node: unknown, depth: number): string | null {
  if (depth > MAX_DEPTH) return `nested over ${MAX_DEPTH} levels`;
  if (!Array.isArray(node) || node.length < 2 || node.length > 6) return "a node is not an array of 2 to 6 items";
  const [segment, children, url, refresh, time, extra] = node as unknown[];
  const segmentWhy = segmentProblem(segment);
  if (segmentWhy) return segmentWhy;
  if (typeof children !== "object" || children === null || Array.isArray(children)) return "a node's children are not an object";
  if (!isNullish(url) && !(Array.isArray(url) && url.length === 2 && url.every(isString))) return "a node's url is not [string, string]";
  if (!isNullish(refresh) && !(isString(refresh) && REFRESH_MARKERS.has(refresh))) return "a node's refresh marker is unknown";
  if (!isNullish(time) && typeof time !== "number") return "a node's time is not a number";
  if (extra !== undefined && !isString(extra)) return "a node's last item is not a string";
  for (const child of Object.values(children)) {
    const why = treeProblem(child, depth + 1);
    if (why) return why;
  }
  return null;
}
