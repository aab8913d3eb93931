/** @jsxImportSource @/lib/html */
import type { Lookup } from "../data/lookup";
import type { Messages } from "../i18n/messages";
import type { NameTrust } from "../people/confidence";

/**
 * A person's fact's sources, each linking to its entry on /sources and saying its authority
 * (primary source, major outlet), so a reader sees what a fact about a person rests on.
 */
export function PersonSources({ ids, lookup, t }: { ids: readonly string[]; lookup: Lookup; t: Messages }) {
  const named = ids.map((id) => {
    const s = lookup.source(id);
    return { id, authority: s.authority ? t.people.authority[s.authority] : undefined };
  });
  return (
    <span className="cite" role="group" aria-label={`${t.common.sources}: ${named.map((n) => (n.authority ? `${n.id} (${n.authority})` : n.id)).join(", ")}`}>
      {named.map((n) => (
        <a key={n.id} href={`/sources#src-${n.id}`}>
          {n.id}
          {n.authority && <span className="cite__authority"> {n.authority}</span>}
        </a>
      ))}
    </span>
  );
}

/**
 * "unconfirmed" beside a fact resting on one major outlet, "reported" beside a name resting only on
 * low-authority copies of an official list; nothing for any other.
 */
export function Unconfirmed({ trust, t }: { trust: NameTrust; t: Messages }) {
  if (trust !== "unconfirmed" && trust !== "reported") return null;
  return (
    <span className={`badge badge--${trust}`} title={trust === "reported" ? t.people.reportedHint : t.people.unconfirmedHint}>
      {trust === "reported" ? t.people.reported : t.people.unconfirmed}
    </span>
  );
}
