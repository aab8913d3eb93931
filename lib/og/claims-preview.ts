import { formatDate } from "../format/format";
import type { Locale } from "../i18n/locale";
import { plainText } from "../i18n/localized";
import type { Messages } from "../i18n/messages";
import type { ClaimResults } from "../stats/claim-check";
import { shortFinding, statedPct } from "../texts/claim-outcome-text";

/** One claim on the preview card: its latest value as stated, what it is about, when, and what checking it found. */
export interface ClaimsPreviewLine {
  value: string;
  topic: string;
  /** "Mar 10, 2026: on the claimant's own figures -43.8%, not an independent check" */
  finding: string;
  /** The statement rests on one major outlet. */
  isUnconfirmed: boolean;
}

export interface ClaimsPreview {
  title: string;
  lines: ClaimsPreviewLine[];
  description: string;
  alt: string;
}

/**
 * The link preview of /claims: each claim's latest statement (value, topic, date) and what
 * checking it found, one line per claim in the page's order; the same words in the description and
 * the image's alt text.
 */
export function buildClaimsPreview(checks: readonly ClaimResults[], locale: Locale, t: Messages): ClaimsPreview {
  const lines = checks.map(({ claim, statements }) => {
    const latest = statements[0]!;
    return {
      value: statedPct(locale, latest.statement.value_pct),
      topic: plainText(claim.topic, locale),
      finding: `${formatDate(locale, latest.statement.date, "short")}: ${shortFinding(latest, locale, t)}`,
      isUnconfirmed: latest.trust === "unconfirmed",
    };
  });
  const sentences = lines.map((l) => `${l.value} ${l.topic} (${l.finding}${l.isUnconfirmed ? `; ${t.claims.unconfirmed}` : ""}).`);
  return { title: t.claims.fullTitle, lines, description: sentences.join(" "), alt: [`${t.claims.fullTitle}.`, ...sentences].join(" ") };
}
