/** @jest-environment node */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { AXIS_COLOR, GRID_COLOR } from "@/lib/charts/chart-definition";
import { contrastRatio } from "@/lib/export/contrast";
import { EVENT_PALETTE, NEUTRAL_COLOR, SERIES_COLORS, SHARED_COLOR } from "@/lib/palette";
import { CHART_INK, MAP_PALETTES, PAGE_INK, THEME_NAMES, type ThemeName } from "@/lib/theme/palette";

/** The tokens (light-dark() pairs and their fallback) are in app/globals.css; every other stylesheet sits beside its component. */
const css = readFileSync("app/globals.css", "utf8");
const componentCss = ["app", "components"]
  .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: "utf8" }).map((file) => join(dir, file)))
  .filter((file) => file.endsWith(".css") && file !== join("app", "globals.css"))
  .sort()
  .map((file) => readFileSync(file, "utf8"))
  .join("\n");
/** The page's recolouring of literal SVG ink (see lib/export/dark-ink.ts for the exports' own). */
const chartInkCss = readFileSync("components/charts/chart-ink.css", "utf8");

/** Every `--name: light-dark(#light, #dark)` of the stylesheet, by name. */
function lightDarkPairs(stylesheet: string): Map<string, Record<ThemeName, string>> {
  const pairs = new Map<string, Record<ThemeName, string>>();
  for (const [, name, light, dark] of stylesheet.matchAll(/--([a-z-]+):\s*light-dark\(\s*(#[0-9a-f]{3,6})\s*,\s*(#[0-9a-f]{3,6})\s*\)/gi)) {
    pairs.set(name!, { light: light!.toLowerCase(), dark: dark!.toLowerCase() });
  }
  return pairs;
}

/** The CSS custom property each palette entry must equal. */
const CSS_NAMES: [string, (theme: ThemeName) => string][] = [
  ["text", (t) => PAGE_INK[t].text],
  ["muted", (t) => PAGE_INK[t].muted],
  ["bg", (t) => PAGE_INK[t].bg],
  ["map-water", (t) => MAP_PALETTES[t].water],
  ["map-land-focus", (t) => MAP_PALETTES[t].landFocus],
  ["map-land-other", (t) => MAP_PALETTES[t].landOther],
  ["map-land-edge", (t) => MAP_PALETTES[t].landEdge],
  ["map-borders", (t) => MAP_PALETTES[t].borders],
  ["map-states", (t) => MAP_PALETTES[t].states],
  ["map-halo", (t) => MAP_PALETTES[t].halo],
  ["chart-grid", (t) => CHART_INK[t].grid],
  ["chart-axis", (t) => CHART_INK[t].axis],
  ["chart-slate", (t) => CHART_INK[t].slate],
];

describe("the two schemes in the stylesheets and lib/theme/palette.ts", () => {
  const pairs = lightDarkPairs(css);

  it.each(CSS_NAMES)("--%s holds the palette's light and dark colours", (name, colorOf) => {
    expect(pairs.get(name)).toEqual({ light: colorOf("light"), dark: colorOf("dark") });
  });

  it("the pair reader sees a wrong stylesheet (control case)", () => {
    expect(lightDarkPairs(css.replace("--text: light-dark(#1b1f24,", "--text: light-dark(#000000,")).get("text")?.light).toBe("#000000");
  });

  it("the light scheme's ink is the ink the exports and the server pictures write as attributes", () => {
    expect(PAGE_INK.light.text).toBe(NEUTRAL_COLOR);
    expect(SERIES_COLORS.fentanyl).toBe(CHART_INK.light.slate);
    expect([GRID_COLOR, AXIS_COLOR]).toEqual([CHART_INK.light.grid, CHART_INK.light.axis]);
  });

  it.each([NEUTRAL_COLOR, CHART_INK.light.slate, GRID_COLOR, AXIS_COLOR, "#666", "#fff", "#ffffff"])(
    "the page recolours the literal ink %s of SVG marks in the dark scheme (a CSS rule matches it)",
    (hex) => {
      expect(chartInkCss).toMatch(new RegExp(`svg \\[(stroke|fill)="${hex}"\\]`));
    },
  );

  it("browsers without light-dark() get every pair's light value (the @supports fallback block)", () => {
    const fallback = css.slice(css.indexOf("@supports not (color: light-dark("));
    const values = new Map([...fallback.slice(0, fallback.indexOf("\n}\n")).matchAll(/--([a-z-]+): ([^;]+);/g)].map(([, n, v]) => [n!, v!]));
    const allPairs = [...(css + componentCss).matchAll(/--([a-z-]+): light-dark\((#[0-9a-f]{3,6}|rgb\([^)]*\)),/gi)].map(
      ([, n, light]) => [n!, light!] as const,
    );
    expect(allPairs.length).toBeGreaterThan(20);
    for (const [name, light] of allPairs) expect({ name, fallback: values.get(name) }).toEqual({ name, fallback: light });
  });

  it("every page colour is a light-dark() pair (no bare hex left outside them but the Pennsylvania green)", () => {
    const withoutFallback = css.slice(0, css.indexOf("@supports not (color: light-dark(")) + css.slice(css.indexOf(':root[data-theme="light"]')) + componentCss;
    const bare = withoutFallback
      .split("\n")
      .filter((line) => /#[0-9a-f]{3,6}\b/i.test(line) && !line.includes("light-dark(") && !/\[(stroke|fill)="#/.test(line));
    expect(bare.map((l) => l.trim())).toEqual(["stroke: #009e73;", "stroke: #009e73;"]);
  });
});

describe("contrast in both schemes (WCAG AA)", () => {
  it.each(THEME_NAMES)("%s: text and muted text keep 4.5:1 on the page background", (theme) => {
    const { text, muted, bg } = PAGE_INK[theme];
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

  it("dark: chart series and event colours keep 3:1 on the page background", () => {
    for (const color of [...EVENT_PALETTE, SERIES_COLORS.inegi, SERIES_COLORS.stated, CHART_INK.dark.slate, PAGE_INK.dark.text]) {
      expect(contrastRatio(color, PAGE_INK.dark.bg)).toBeGreaterThanOrEqual(3);
    }
  });
});
