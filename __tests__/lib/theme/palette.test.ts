/** @jest-environment node */
import { contrastRatio } from "@/lib/export/contrast";
import { EXPORT_THEMES } from "@/lib/export/presets";
import { ink, inkStyleSheet, resolveInk } from "@/lib/theme/ink";
import { EVENT_PALETTE, INK, INK_NAMES, MAP_PALETTES, SHARED_COLOR, THEME_NAMES } from "@/lib/theme/palette";

describe("ink", () => {
  it("ink names a custom property for what it draws", () => {
    expect(ink("land-focus")).toBe("var(--ink-land-focus)");
  });

  it("inkStyleSheet defines every ink once: the light value first, then a light-dark() pair where the browser has it", () => {
    const css = inkStyleSheet();
    const [plain, pairs] = css.split("@supports (color:light-dark(#000,#fff))");
    for (const name of INK_NAMES) {
      expect(plain).toContain(`--ink-${name}:${INK.light[name]};`.replace(/;$/, ""));
      expect(pairs).toContain(`--ink-${name}:light-dark(${INK.light[name]},${INK.dark[name]})`);
    }
    expect(css.match(/--ink-/g)).toHaveLength(2 * INK_NAMES.length);
  });

  it("resolveInk replaces each ink reference with the table's colour and leaves literal colours alone", () => {
    const markup = `<path stroke="${ink("counted")}" fill="#0072B2"/><circle fill="${ink("dot")}"/>`;
    expect(resolveInk(markup, INK.dark)).toBe(`<path stroke="${INK.dark.counted}" fill="#0072B2"/><circle fill="${INK.dark.dot}"/>`);
  });

  it("resolveInk fails naming an ink the palette does not have", () => {
    expect(() => resolveInk('<path stroke="var(--ink-nope)"/>', INK.light)).toThrow(/unknown ink "--ink-nope"; expected one of text, muted/);
  });

  it("a dark export draws official counts and the seized bars in its own text and muted ink, and keeps white dots", () => {
    const dark = EXPORT_THEMES.dark;
    expect([dark.ink.counted, dark.ink.seized, dark.ink.dot]).toEqual([dark.text, dark.muted, "#ffffff"]);
    expect(EXPORT_THEMES.transparent.ink).toBe(INK.light);
  });
});

describe("contrast in both schemes (WCAG AA)", () => {
  it("dark: every event colour keeps 3:1 on the page background", () => {
    for (const color of EVENT_PALETTE) expect({ color, enough: contrastRatio(color, INK.dark.bg) >= 3 }).toEqual({ color, enough: true });
  });

  it.each(THEME_NAMES)("%s: text and muted text keep 4.5:1 on the page background", (theme) => {
    const { text, muted, bg } = INK[theme];
    expect(contrastRatio(text, bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(muted, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(THEME_NAMES)("%s: map labels keep 4.5:1 on their halo", (theme) => {
    expect(contrastRatio(MAP_PALETTES[theme].text, MAP_PALETTES[theme].halo)).toBeGreaterThanOrEqual(4.5);
  });

  it("dark: every event colour and the shared grey keep 3:1 on the land and the water of the dark map", () => {
    const map = MAP_PALETTES.dark;
    for (const color of [...EVENT_PALETTE, SHARED_COLOR]) {
      for (const ground of [map.landFocus, map.landOther, map.water]) expect(contrastRatio(color, ground)).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(THEME_NAMES)("%s: the chart series keep 3:1 on the page background", (theme) => {
    const t = INK[theme];
    for (const color of [t.counted, t.inegi, t.stated, t.seized, t.neutral]) {
      expect({ color, enough: contrastRatio(color, t.bg) >= 3 }).toEqual({ color, enough: true });
    }
  });
});
