/** @jsxImportSource @/lib/html */
import type { Lookup } from "../data/lookup";
import type { Locale } from "../i18n/locale";
import type { Messages } from "../i18n/messages";
import type { Discrepancy } from "../schema/discrepancies";
import { Cite } from "./cite";
import { Prose } from "./prose";

/** Every reported version of a discrepancy, each with its sources. */
export function DiscrepancyVersions({ versions, lookup, locale, t }: { versions: Discrepancy["versions"]; lookup: Lookup; locale: Locale; t: Messages }) {
  return (
    <ul>
      {versions.map((v) => (
        <li key={v.version.en}>
          <Prose text={v.version} locale={locale} /> <Cite ids={v.source_ids} lookup={lookup} label={t.common.sources} />
        </li>
      ))}
    </ul>
  );
}
