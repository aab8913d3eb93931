/** @jsxImportSource @/lib/html */
import type { Locale } from "../i18n/locale";
import { textRuns, type LocalizedText, type TextRun } from "../i18n/localized";

/**
 * Runs of a research text as HTML, each quotation as `<q lang>` in its original language (the
 * style sheet gives `q` the page language's quote marks): a source's words keep their language,
 * and a screen reader reads them in it.
 *
 *   <Runs runs={textRuns("said {{es:desde que llegamos}} (since we arrived)")} />
 *   // -> 'said <q lang="es">desde que llegamos</q> (since we arrived)'
 */
export function Runs({ runs }: { runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((run, i) =>
        run.kind === "text" ? (
          run.text
        ) : (
          <q key={i} lang={run.lang}>
            {run.words}
          </q>
        ),
      )}
    </>
  );
}

/** A research text in the reader's language (lib/i18n/localized.ts), quotations marked. */
export function Prose({ text, locale }: { text: LocalizedText; locale: Locale }) {
  return <Runs runs={textRuns(text[locale])} />;
}
