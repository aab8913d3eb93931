/**
 * The two colour schemes of the page, for what JavaScript draws: MapLibre's style (literal
 * colours, no CSS) and the checks of the CSS. The page's own CSS holds the same pairs as
 * light-dark() custom properties in app/globals.css; __tests__/lib/theme/palette.test.ts fails
 * when the two disagree. Event colours (Okabe-Ito, lib/palette.ts) are the same in both schemes:
 * every dark land and background here keeps them at 3:1 or more.
 */

export const THEME_NAMES = ["light", "dark"] as const;

/** Example: const theme: ThemeName = "dark" */
export type ThemeName = (typeof THEME_NAMES)[number];

/** Page ink: --text, --muted, --bg in app/globals.css. */
export interface PageInk {
  text: string;
  muted: string;
  bg: string;
}

/** The basemap and the marks drawn over it: --map-* in app/globals.css (halo: label halo, departure ring, hollow markers). */
export interface MapPalette {
  water: string;
  landFocus: string;
  landOther: string;
  /** The outline of other countries' land, in the server picture only (MapLibre draws borders). */
  landEdge: string;
  borders: string;
  states: string;
  halo: string;
  /** Labels and departure dots: the page's text colour. */
  text: string;
}

/** Chart ink: --chart-* in app/globals.css. `slate` is the fentanyl bars' and legends' grey. */
export interface ChartInk {
  grid: string;
  axis: string;
  slate: string;
}

export const PAGE_INK: Record<ThemeName, PageInk> = {
  light: { text: "#1b1f24", muted: "#57606a", bg: "#ffffff" },
  dark: { text: "#e6edf3", muted: "#9da7b3", bg: "#0d1117" },
};

export const MAP_PALETTES: Record<ThemeName, MapPalette> = {
  light: {
    water: "#dfe9f0",
    landFocus: "#fbfaf6",
    landOther: "#ecebe5",
    landEdge: "#9aa0a6",
    borders: "#8d939a",
    states: "#c9ccd1",
    halo: PAGE_INK.light.bg,
    text: PAGE_INK.light.text,
  },
  dark: {
    water: "#0a1520",
    landFocus: "#1c2128",
    landOther: "#14181e",
    landEdge: "#3d444d",
    borders: "#6e7681",
    states: "#30363d",
    halo: PAGE_INK.dark.bg,
    text: PAGE_INK.dark.text,
  },
};

export const CHART_INK: Record<ThemeName, ChartInk> = {
  light: { grid: "#e5e7eb", axis: "#666666", slate: PAGE_INK.light.muted },
  dark: { grid: "#30363d", axis: "#8b949e", slate: PAGE_INK.dark.muted },
};
