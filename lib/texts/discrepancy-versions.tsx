/** @jsxImportSource @/lib/html */
import type { Lookup } from "../data/lookup";
import type { Messages } from "../i18n/messages";
import type { Discrepancy } from "../schema/discrepancies";
import { Cite } from "./cite";

/** Every reported version of a discrepancy, each with its sources. */
export function DiscrepancyVersions({ versions, lookup, t }: { versions: Discrepancy["versions"]; lookup: Lookup; t: Messages }) {
  return (
    <ul>
      {versions.map((v) => (
        <li key={v.version}>
          {v.version} <Cite ids={v.source_ids} lookup={lookup} label={t.common.sources} />
        </li>
      ))}
    </ul>
  );
}
