"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { PageWords } from "@/lib/i18n/page-words";

/** The page's words (lib/i18n/page-words.ts). */
export type PictureStrings = PageWords;

const Strings = createContext<PictureStrings | null>(null);

/**
 * Gives every part sent once on the page (components/view/static-markup.tsx) its words, once: the
 * page's payload would otherwise carry them again in each part's props (about 30 on `/`).
 */
export function PictureStringsProvider({ strings, children }: { strings: PictureStrings; children: ReactNode }) {
  return <Strings.Provider value={strings}>{children}</Strings.Provider>;
}

/** The page's words named by `keys`; `given` (a component's own props) wins. Throws when one is in neither. */
export function usePictureStrings<K extends keyof PictureStrings>(keys: readonly K[], given: Partial<PictureStrings> = {}): Pick<PictureStrings, K> {
  const page = useContext(Strings);
  const words = {} as Pick<PictureStrings, K>;
  for (const key of keys) {
    const value = given[key] ?? page?.[key];
    if (value === undefined) throw new Error(`the words "${key}" are missing: render inside <PictureStringsProvider>`);
    words[key] = value;
  }
  return words;
}
