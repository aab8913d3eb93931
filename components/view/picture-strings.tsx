"use client";

import { createContext, useContext, type ReactNode } from "react";

/** What a part sent once says when it cannot be fetched, and its retry button. */
export interface PictureStrings {
  failedText: string;
  retryText: string;
}

const Strings = createContext<PictureStrings | null>(null);

/**
 * Gives every part sent once on the page (components/view/static-markup.tsx) its words, once: the
 * page's payload would otherwise carry them again in each part's props (about 30 on `/`).
 */
export function PictureStringsProvider({ strings, children }: { strings: PictureStrings; children: ReactNode }) {
  return <Strings.Provider value={strings}>{children}</Strings.Provider>;
}

/** The page's words for a part that failed; `given` (a part's own props) wins. */
export function usePictureStrings(given: Partial<PictureStrings>): PictureStrings {
  const page = useContext(Strings);
  const failedText = given.failedText ?? page?.failedText;
  const retryText = given.retryText ?? page?.retryText;
  if (failedText === undefined || retryText === undefined) throw new Error("a part sent once needs its words: render it inside <PictureStringsProvider>");
  return { failedText, retryText };
}
