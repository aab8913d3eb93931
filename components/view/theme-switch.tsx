"use client";

import { chooseTheme, resolvedTheme } from "./use-theme";

/**
 * The header's light/dark switch. Both labels are in the server HTML and CSS shows the one that
 * applies (theme-switch.css), so the button is right before React hydrates and
 * whatever scheme the init script or the system chose.
 */
export function ThemeSwitch({ toDark, toLight }: { toDark: string; toLight: string }) {
  return (
    <button type="button" className="theme-switch" onClick={() => chooseTheme(resolvedTheme() === "dark" ? "light" : "dark")}>
      <svg className="theme-switch__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M8 1.5a6.5 6.5 0 1 0 0 13z" />
        <circle cx="8" cy="8" r="6.5" />
      </svg>
      <span className="theme-switch__to-dark">{toDark}</span>
      <span className="theme-switch__to-light">{toLight}</span>
    </button>
  );
}
