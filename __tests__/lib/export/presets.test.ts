/** @jest-environment node */
import { contrastRatio } from "@/lib/export/contrast";
import { EXPORT_BACKGROUNDS, EXPORT_SIZES, EXPORT_THEMES, PNG_SCALES } from "@/lib/export/presets";

/** What a transparent export is assumed to be pasted on. */
const PAGE_UNDER_TRANSPARENT = "#ffffff";

describe("EXPORT_THEMES", () => {
  it.each(EXPORT_BACKGROUNDS)("EXPORT_THEMES.%s keeps text and muted ink at >= 4.5:1 on its background", (background) => {
    const theme = EXPORT_THEMES[background];
    const page = theme.background ?? PAGE_UNDER_TRANSPARENT;
    expect({ background, ratio: contrastRatio(theme.text, page) >= 4.5 }).toEqual({ background, ratio: true });
    expect({ background, ratio: contrastRatio(theme.muted, page) >= 4.5 }).toEqual({ background, ratio: true });
  });
  it("EXPORT_THEMES uses the agreed light and dark colours", () => {
    expect(EXPORT_THEMES.light).toMatchObject({ background: "#ffffff", text: "#1b1f24", muted: "#57606a" });
    expect(EXPORT_THEMES.dark).toMatchObject({ background: "#0d1117", text: "#f0f3f6", muted: "#b1bac4" });
  });
  it("EXPORT_THEMES.transparent has no background and the light theme's ink", () => {
    const { background, ...ink } = EXPORT_THEMES.transparent;
    const { background: lightBackground, ...lightInk } = EXPORT_THEMES.light;
    expect(background).toBeNull();
    expect(lightBackground).not.toBeNull();
    expect(ink).toEqual(lightInk);
  });
  it("EXPORT_THEMES has a theme for every background and nothing else", () => {
    expect(Object.keys(EXPORT_THEMES).sort()).toEqual([...EXPORT_BACKGROUNDS].sort());
  });
});

describe("EXPORT_SIZES", () => {
  it("EXPORT_SIZES has the screen, social and slide presets", () => {
    expect(EXPORT_SIZES).toEqual({ screen: null, social: { width: 1200, height: 630 }, slide: { width: 1920, height: 1080 } });
  });
});

describe("PNG_SCALES", () => {
  it("PNG_SCALES offers 1x, 2x and 4x", () => {
    expect(PNG_SCALES).toEqual([1, 2, 4]);
  });
});
