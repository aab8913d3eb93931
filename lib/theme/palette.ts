/**
 * Every colour the atlas draws, in one place. Pictures on the page never hold these literals:
 * they draw with ink custom properties (lib/theme/ink.ts: `var(--ink-counted)`), defined once
 * from INK for the light and the dark scheme. Literal colours are resolved from here only where a
 * file leaves the browser or CSS cannot reach: PNG/SVG exports, preview images, MapLibre's style.
 */

export const THEME_NAMES = ["light", "dark"] as const;

/** Example: const theme: ThemeName = "dark" */
export type ThemeName = (typeof THEME_NAMES)[number];

/**
 * Okabe-Ito colours (Okabe & Ito 2008), chosen to stay distinct under the common colour-vision
 * deficiencies and to keep 3:1 contrast against the light and the dark basemap. One colour per
 * transfer, in date order, the same in both schemes; the map and the charts both take them here.
 */
export const EVENT_PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00"] as const;

/** Colour for things that belong to no single transfer; also the scale's unknown colour. */
export const NEUTRAL_COLOR = "#1b1f24";
/** A destination reached by several of the chosen transfers: grey, not any one event's colour. */
export const SHARED_COLOR = "#6e7781";
/** Pennsylvania, reported only as a state: its hatch and dashed outline on the maps and in the legend. */
export const STATE_ONLY_COLOR = "#009E73";

/** The inks that change with the scheme, each named for what it draws. */
export const INK_NAMES = [
  /** Page text, labels and departure dots. */
  "text",
  /** Secondary text: axis labels, notes. */
  "muted",
  /** The page background; also the fill of hollow dots. */
  "bg",
  "water",
  /** Mexico's and the United States' land. */
  "land-focus",
  "land-other",
  /** The outline of other countries' land, in the server picture only (MapLibre draws borders). */
  "land-edge",
  "borders",
  "states",
  /** Label halo, departure ring, hollow markers. */
  "halo",
  "grid",
  "axis",
  /** Marks of no single series: the new administration's marker. */
  "neutral",
  /** Official counts (SESNSP homicides) and running totals. */
  "counted",
  /** The second official series (INEGI). */
  "inegi",
  /** Figures stated by officials. */
  "stated",
  /** Fentanyl seized (bars and legends). */
  "seized",
  /** The fill of hollow dots and the ring around solid ones. */
  "dot",
  /** The page's chrome: cards and panels, rules, links and focus, highlights, states. */
  "surface",
  "line",
  "accent",
  "selected-bg",
  "target-bg",
  "disputed-bg",
  "disputed-text",
  "disputed-line",
  "ok",
  "error",
  "shadow",
] as const;

/** Example: const name: InkName = "land-focus" */
export type InkName = (typeof INK_NAMES)[number];
export type InkTable = Readonly<Record<InkName, string>>;

const LIGHT: InkTable = {
  text: "#1b1f24",
  muted: "#57606a",
  bg: "#ffffff",
  water: "#dfe9f0",
  "land-focus": "#fbfaf6",
  "land-other": "#ecebe5",
  "land-edge": "#9aa0a6",
  borders: "#8d939a",
  states: "#c9ccd1",
  halo: "#ffffff",
  grid: "#e5e7eb",
  axis: "#666666",
  neutral: NEUTRAL_COLOR,
  counted: NEUTRAL_COLOR,
  inegi: "#8c959f",
  stated: "#CC79A7",
  seized: "#57606a",
  dot: "#ffffff",
  surface: "#f6f8fa",
  line: "#d0d7de",
  accent: "#0a58ca",
  "selected-bg": "#e7f0fb",
  "target-bg": "#fff8c5",
  "disputed-bg": "#fff4d6",
  "disputed-text": "#6b4500",
  "disputed-line": "#e3c77a",
  ok: "#1a7f37",
  error: "#a40e26",
  shadow: "rgb(0 0 0 / 0.18)",
};

const DARK: InkTable = {
  text: "#e6edf3",
  muted: "#9da7b3",
  bg: "#0d1117",
  water: "#0a1520",
  "land-focus": "#1c2128",
  "land-other": "#14181e",
  "land-edge": "#3d444d",
  borders: "#6e7681",
  states: "#30363d",
  halo: "#0d1117",
  grid: "#30363d",
  axis: "#8b949e",
  neutral: "#e6edf3",
  counted: "#e6edf3",
  inegi: "#8c959f",
  stated: "#CC79A7",
  seized: "#9da7b3",
  dot: "#0d1117",
  surface: "#161b22",
  line: "#30363d",
  accent: "#58a6ff",
  "selected-bg": "#0c2d4f",
  "target-bg": "#3a3212",
  "disputed-bg": "#2e2309",
  "disputed-text": "#f2cc60",
  "disputed-line": "#7d5e10",
  ok: "#3fb950",
  error: "#ff7b72",
  shadow: "rgb(0 0 0 / 0.6)",
};

/** The page's inks per scheme. Text inks keep AA contrast (4.5:1) on `bg` and `surface` in both. */
export const INK: Record<ThemeName, InkTable> = { light: LIGHT, dark: DARK };

/** The basemap and the marks drawn over it, as MapLibre's style and the preview image take them. */
export interface MapPalette {
  water: string;
  landFocus: string;
  landOther: string;
  landEdge: string;
  borders: string;
  states: string;
  halo: string;
  text: string;
}

const mapPaletteOf = (ink: InkTable): MapPalette => ({
  water: ink.water,
  landFocus: ink["land-focus"],
  landOther: ink["land-other"],
  landEdge: ink["land-edge"],
  borders: ink.borders,
  states: ink.states,
  halo: ink.halo,
  text: ink.text,
});

export const MAP_PALETTES: Record<ThemeName, MapPalette> = { light: mapPaletteOf(LIGHT), dark: mapPaletteOf(DARK) };

/**
 * The frame of an exported image per background ("#rrggbb"): `text` for title and legend, `muted`
 * for subtitle, footer and tick labels, `grid` and `axis` lines. Text and muted keep 4.5:1 on their
 * background (tested with contrastRatio); a transparent export takes the light frame.
 */
export const EXPORT_FRAME = {
  light: { background: "#ffffff", text: NEUTRAL_COLOR, muted: "#57606a", grid: "#d0d7de", axis: "#8c959f" },
  dark: { background: "#0d1117", text: "#f0f3f6", muted: "#b1bac4", grid: "#30363d", axis: "#6e7681" },
} as const;

/**
 * The ink of an exported chart on its dark background. Exports keep their own text ink (brighter
 * than the page's, for slides and social images); the dot stays white and the grid and axis are
 * set by the export's own stylesheet (lib/export/compose-svg.ts).
 */
export const EXPORT_DARK_INK: InkTable = {
  ...LIGHT,
  text: EXPORT_FRAME.dark.text,
  muted: EXPORT_FRAME.dark.muted,
  neutral: EXPORT_FRAME.dark.text,
  counted: EXPORT_FRAME.dark.text,
  seized: EXPORT_FRAME.dark.muted,
};
