import { EXPORT_DARK_INK, EXPORT_FRAME, INK, type InkTable, type ThemeName } from "../theme/palette";
/**
 * Closed sets of the chart export: sizes, backgrounds, PNG scales and the ink of each background.
 * Every list is `as const` so the union types, the UI options and the validators come from one place.
 */

/**
 * Output sizes in CSS px. `screen` is null: the image takes the chart's on-screen width and the
 * height the page layout gives it. `social` is the Open Graph / X card size; `slide` is 16:9 full HD.
 * Example: EXPORT_SIZES.social.width === 1200
 */
export const EXPORT_SIZES = {
  screen: null,
  social: { width: 1200, height: 630 },
  slide: { width: 1920, height: 1080 },
} as const;

/** A key of EXPORT_SIZES. Example: const size: ExportSize = "slide" */
export type ExportSize = keyof typeof EXPORT_SIZES;

/** The size keys in menu order. Example: EXPORT_SIZE_IDS.includes("social") */
export const EXPORT_SIZE_IDS = Object.keys(EXPORT_SIZES) as ExportSize[];

/** Backgrounds an image can be exported on. Example: EXPORT_BACKGROUNDS[0] === "light" */
export const EXPORT_BACKGROUNDS = ["light", "dark", "transparent"] as const;

/** Example: const background: ExportBackground = "dark" */
export type ExportBackground = (typeof EXPORT_BACKGROUNDS)[number];

/** Device-pixel multipliers offered for PNG (1x for the web, 2x for retina, 4x for print). Example: PNG_SCALES.at(-1) === 4 */
export const PNG_SCALES = [1, 2, 4] as const;

/** Example: const scale: PngScale = 2 */
export type PngScale = (typeof PNG_SCALES)[number];

/**
 * Ink of one background (lib/theme/palette.ts). `background` null means no background rectangle
 * (transparent PNG). `text`: title and legend; `muted`: subtitle, footer, tick labels; `grid`,
 * `axis`: lines; `ink`: the literal colours of the plot's and legend's ink references
 * (lib/theme/ink.ts); `scheme`: the page scheme whose map colours go under it, whatever scheme the
 * page shows when the image is taken.
 * Example: EXPORT_THEMES.dark.text === "#f0f3f6"
 */
export interface ExportTheme {
  background: string | null;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  ink: InkTable;
  scheme: ThemeName;
}

const LIGHT = { ...EXPORT_FRAME.light, ink: INK.light, scheme: "light" } as const;

/** Themes per background; "transparent" is assumed to be pasted on a light page or slide. Example: EXPORT_THEMES.transparent.background === null */
export const EXPORT_THEMES: Record<ExportBackground, ExportTheme> = {
  light: LIGHT,
  dark: { ...EXPORT_FRAME.dark, ink: EXPORT_DARK_INK, scheme: "dark" },
  transparent: { ...LIGHT, background: null },
};
