import { THEME_NAMES, type ThemeName } from "./palette";

/** Where the reader's choice of scheme is kept (localStorage); absent = follow the system. */
export const THEME_STORAGE_KEY = "atlas-theme";

/** The stored choice, or null for "follow the system" (also for anything unknown in storage). */
export function parseStoredTheme(value: string | null | undefined): ThemeName | null {
  return THEME_NAMES.find((name) => name === value) ?? null;
}

/**
 * Inline in <head>, before any stylesheet is applied to the body: puts the reader's stored choice
 * on <html data-theme>, so the first painted frame already has it (no flash of the other scheme).
 * With no choice, or no storage (private modes, blocked cookies), it does nothing and the CSS
 * follows prefers-color-scheme. Its exact text is hashed into the page's CSP like Next's scripts.
 */
export const THEME_INIT_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(${THEME_NAMES.map((n) => `t===${JSON.stringify(n)}`).join("||")})document.documentElement.dataset.theme=t}catch(e){}`;
