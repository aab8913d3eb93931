/** @jsxImportSource @/lib/html */
import type { Lookup } from "../data/lookup";

/**
 * Citation marks linking to each source's entry on /sources (publisher, title, date, link). No
 * hover title: it would repeat every source's title in the page at each citation (about 15 KB on
 * `/`, twice with the RSC payload), and phones have no hover.
 */
export function Cite({ ids, lookup, label }: { ids: readonly string[]; lookup: Lookup; label: string }) {
  return (
    // role="group": ARIA lets a group (not a plain span) carry a name, so screen readers say "Sources: s01, s04".
    <span className="cite" role="group" aria-label={`${label}: ${ids.join(", ")}`}>
      {ids.map((id) => {
        lookup.source(id); // throws on an unknown id: a citation must resolve
        return (
          <a key={id} href={`/sources#src-${id}`}>
            {id}
          </a>
        );
      })}
    </span>
  );
}
