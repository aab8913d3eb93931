"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { PageWords } from "@/lib/i18n/page-words";

/** The page's words (lib/i18n/page-words.ts). */
export type PictureStrings = PageWords;

const Strings = createContext<{ words: PictureStrings; base: string } | null>(null);

/**
 * Gives every part sent once on the page (components/view/static-markup.tsx) its words and where
 * this build's parts are fetched from ("/pictures/<build>/"), once: the page's payload would
 * otherwise carry them again in each part's props (about 30 on `/`).
 */
export function PictureStringsProvider({ strings, base, children }: { strings: PictureStrings; base: string; children: ReactNode }) {
  return <Strings.Provider value={{ words: strings, base }}>{children}</Strings.Provider>;
}

/** The address of a part from its key (lib/pictures/picture-source.ts pictureKey). */
export function usePictureAddress(): (key: string) => string {
  const page = useContext(Strings);
  return (key) => {
    if (!page) throw new Error(`no base address for the part "${key}": render inside <PictureStringsProvider>`);
    return `${page.base}${key}`;
  };
}

/** The page's words named by `keys`; `given` (a component's own props) wins. Throws when one is in neither. */
export function usePictureStrings<K extends keyof PictureStrings>(keys: readonly K[], given: Partial<PictureStrings> = {}): Pick<PictureStrings, K> {
  const page = useContext(Strings);
  const words = {} as Pick<PictureStrings, K>;
  for (const key of keys) {
    const value = given[key] ?? page?.words[key];
    if (value === undefined) throw new Error(`the words "${key}" are missing: render inside <PictureStringsProvider>`);
    words[key] = value;
  }
  return words;
}
