import type { Lookup } from "@/lib/data/lookup";

/** Citation marks linking to each source's entry on /sources, with publisher and title on hover. */
export function Cite({ ids, lookup, label }: { ids: readonly string[]; lookup: Lookup; label: string }) {
  return (
    <span className="cite" aria-label={`${label}: ${ids.join(", ")}`}>
      {ids.map((id) => {
        const s = lookup.source(id);
        return (
          <a key={id} href={`/sources#src-${id}`} title={`${s.publisher}: ${s.title}`}>
            {id}
          </a>
        );
      })}
    </span>
  );
}
