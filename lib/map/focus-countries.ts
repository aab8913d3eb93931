/**
 * The two countries of the story, by their Natural Earth name: their land is drawn lighter than
 * the rest on the live map (lib/map/style.ts), the page's picture and the link preview
 * (lib/map/scene.ts). Example: isFocusCountry("Mexico") === true
 */
export const FOCUS_COUNTRIES = ["United States of America", "Mexico"] as const;

const FOCUS = new Set<string>(FOCUS_COUNTRIES);

export function isFocusCountry(name: string | undefined): boolean {
  return FOCUS.has(name ?? "");
}
