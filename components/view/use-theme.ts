"use client";

import { useSyncExternalStore } from "react";
import { parseStoredTheme, THEME_STORAGE_KEY } from "@/lib/theme/theme-script";
import type { ThemeName } from "@/lib/theme/palette";

const DARK_QUERY = "(prefers-color-scheme: dark)";

/** The scheme the page shows now: the reader's choice on <html data-theme>, else the system's; light where CSS has no light-dark(). */
export function resolvedTheme(): ThemeName {
  if (!CSS.supports("color", "light-dark(#000, #fff)")) return "light";
  return parseStoredTheme(document.documentElement.dataset.theme) ?? (window.matchMedia(DARK_QUERY).matches ? "dark" : "light");
}

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  media.addEventListener("change", onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener("change", onChange);
  };
}

/** The scheme shown, following the switch and the system live (for what CSS cannot colour: MapLibre). */
export function useResolvedTheme(): ThemeName {
  return useSyncExternalStore(subscribe, resolvedTheme, () => "light");
}

/** Shows `theme` and remembers it across visits (when storage is allowed). */
export function chooseTheme(theme: ThemeName): void {
  document.documentElement.dataset.theme = theme;
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage refused (private mode, blocked cookies): the choice lasts for this page only.
  }
}
