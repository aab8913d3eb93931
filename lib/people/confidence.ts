import type { Trust } from "../sources/trust";

/**
 * How the page shows a person's name, that is, the fact that they were among the transferred:
 * like any fact, except that a name resting only on low-authority copies of an official list is
 * shown as "reported" rather than left out (the validator allows no other low-authority name).
 */
export type NameTrust = Trust | "reported";
export function nameTrustOf(person: { name_source_ids: readonly string[]; official_list?: unknown }, trust: (ids: readonly string[]) => Trust): NameTrust {
  const t = trust(person.name_source_ids);
  return t === "omitted" && person.official_list !== undefined ? "reported" : t;
}
