import { SERIES_COLORS } from "../palette";
import type { ExportTheme } from "./presets";

/**
 * The series drawn in near-black or slate ink would vanish on the dark background; on a dark
 * theme they take the theme's text and muted ink instead. Event colours (Okabe-Ito) stay as they are.
 * recolorForTheme('<path fill="#1b1f24"/>', EXPORT_THEMES.dark) -> '<path fill="#f0f3f6"/>'
 */
export function recolorForTheme(markup: string, theme: ExportTheme): string {
  if (!theme.background || !isDark(theme.background)) return markup;
  return markup.replaceAll(SERIES_COLORS.sesnsp, theme.text).replaceAll(SERIES_COLORS.fentanyl, theme.muted);
}

/** The same swap for one legend colour. */
export function inkForTheme(color: string, theme: ExportTheme): string {
  return recolorForTheme(color, theme);
}

function isDark(hex: string): boolean {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}
