/** @jest-environment node */
import { inkForTheme, recolorForTheme } from "@/lib/export/dark-ink";
import { EXPORT_THEMES } from "@/lib/export/presets";
import { EVENT_PALETTE, SERIES_COLORS } from "@/lib/palette";

describe("recolorForTheme", () => {
  it("recolorForTheme swaps the dark series ink for the dark theme's text and muted ink", () => {
    const svg = `<path fill="${SERIES_COLORS.sesnsp}"/><rect fill="${SERIES_COLORS.fentanyl}"/>`;
    expect(recolorForTheme(svg, EXPORT_THEMES.dark)).toBe(`<path fill="${EXPORT_THEMES.dark.text}"/><rect fill="${EXPORT_THEMES.dark.muted}"/>`);
  });
  it("recolorForTheme leaves light and transparent exports, and event colours, untouched", () => {
    const svg = `<path fill="${SERIES_COLORS.sesnsp}"/><path stroke="${EVENT_PALETTE[0]}"/>`;
    expect(recolorForTheme(svg, EXPORT_THEMES.light)).toBe(svg);
    expect(recolorForTheme(svg, EXPORT_THEMES.transparent)).toBe(svg);
    expect(recolorForTheme(`<path stroke="${EVENT_PALETTE[0]}"/>`, EXPORT_THEMES.dark)).toBe(`<path stroke="${EVENT_PALETTE[0]}"/>`);
  });
});

describe("inkForTheme", () => {
  it("inkForTheme maps one legend colour", () => {
    expect(inkForTheme(SERIES_COLORS.sesnsp, EXPORT_THEMES.dark)).toBe(EXPORT_THEMES.dark.text);
    expect(inkForTheme(SERIES_COLORS.sesnsp, EXPORT_THEMES.light)).toBe(SERIES_COLORS.sesnsp);
  });
});
