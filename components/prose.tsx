import type { Locale } from "@/lib/i18n/locale";
import { textRuns, type LocalizedText } from "@/lib/i18n/localized";

/**
 * A research text in the reader's language inside a React component, each quotation as `<q lang>`:
 * the React twin of lib/texts/prose.tsx (the static parts are HTML strings, not React), both reading
 * the same runs from lib/i18n/localized.ts.
 */
export function Prose({ text, locale }: { text: LocalizedText; locale: Locale }) {
  return (
    <>
      {textRuns(text[locale]).map((run, i) =>
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
