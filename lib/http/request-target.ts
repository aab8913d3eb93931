/**
 * The request line's target, read once: the path decoded exactly once (routes match on it) and the
 * raw query (each parameter is decoded by URLSearchParams). One spelling per path: a path that
 * could name a route only through an ambiguous spelling is no path of ours.
 *
 *   parseRequestTarget("/embed/chart/%66entanyl?v=2") // { kind: "path", path: "/embed/chart/fentanyl", query: "v=2" }
 *   parseRequestTarget("/sources/")                    // { kind: "not-found", why: "trailing slash" }
 *   parseRequestTarget("*")                            // { kind: "bad-request", why: … }
 */
export type RequestTarget =
  | { kind: "path"; path: string; query: string }
  /** A well-formed request for a path no route can have: answered with the 404 page. */
  | { kind: "not-found"; query: string; why: string }
  /** Not a path at all (`OPTIONS *`, an authority, garbage): 400. */
  | { kind: "bad-request"; why: string };

export function parseRequestTarget(raw: string | undefined): RequestTarget {
  // No length limit of its own: Node caps the request line and headers at 16 KB (431 beyond).
  if (!raw) return { kind: "bad-request", why: "no request target" };
  const originForm = toOriginForm(raw);
  if (originForm === null) return { kind: "bad-request", why: `request target ${JSON.stringify(raw.slice(0, 40))} is not a path` };
  const hashAt = originForm.indexOf("#");
  const target = hashAt === -1 ? originForm : originForm.slice(0, hashAt);
  const queryAt = target.indexOf("?");
  const rawPath = queryAt === -1 ? target : target.slice(0, queryAt);
  const query = queryAt === -1 ? "" : target.slice(queryAt + 1);
  const notFound = (why: string): RequestTarget => ({ kind: "not-found", query, why });

  // An encoded slash would be a second spelling of a path with more segments (and Next decodes it).
  if (/%2f/i.test(rawPath)) return notFound("encoded slash");
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return notFound("malformed percent-encoding");
  }
  if (path.length > 1 && path.endsWith("/")) return notFound("trailing slash");
  if (path.includes("//")) return notFound("empty path segment");
  if (path.split("/").some((segment) => segment === "." || segment === "..")) return notFound("dot segment");
  return { kind: "path", path, query };
}

/** "/a?b" as it is; "http://host/a?b" (absolute form, RFC 9112 3.2.2) as "/a?b"; anything else null. */
function toOriginForm(raw: string): string | null {
  if (raw.startsWith("/")) return raw;
  if (!/^https?:\/\//i.test(raw)) return null;
  const afterScheme = raw.indexOf("//") + 2;
  const pathAt = raw.slice(afterScheme).search(/[/?#]/);
  if (pathAt === -1) return "/";
  const rest = raw.slice(afterScheme + pathAt);
  return rest.startsWith("/") ? rest : `/${rest}`;
}
