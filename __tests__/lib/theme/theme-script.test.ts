/** @jest-environment node */
import { parseStoredTheme, THEME_INIT_SCRIPT, THEME_STORAGE_KEY } from "@/lib/theme/theme-script";

/** Runs the inline script against a stand-in document and storage; returns <html>'s dataset after it. */
function runInitScript(stored: string | null | Error): Record<string, string> {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem(key: string) {
      if (stored instanceof Error) throw stored;
      return key === THEME_STORAGE_KEY ? stored : null;
    },
  };
  new Function("localStorage", "document", THEME_INIT_SCRIPT)(localStorage, { documentElement: { dataset } });
  return dataset;
}

describe(parseStoredTheme, () => {
  it("parseStoredTheme accepts the two schemes and nothing else", () => {
    expect([parseStoredTheme("dark"), parseStoredTheme("light")]).toEqual(["dark", "light"]);
    for (const bad of [null, undefined, "", "Dark", "auto", "dark "]) expect(parseStoredTheme(bad)).toBeNull();
  });
});

describe("THEME_INIT_SCRIPT", () => {
  it("puts a stored choice on <html data-theme>", () => {
    expect(runInitScript("dark")).toEqual({ theme: "dark" });
    expect(runInitScript("light")).toEqual({ theme: "light" });
  });

  it("leaves <html> alone with no choice or an unknown one, so the CSS follows the system", () => {
    expect(runInitScript(null)).toEqual({});
    expect(runInitScript("<img src=x onerror=alert(1)>")).toEqual({});
  });

  it("survives storage that throws (blocked cookies, private modes)", () => {
    expect(runInitScript(new Error("SecurityError"))).toEqual({});
  });

  it("holds no closing script tag or HTML comment opener, so it is safe inline", () => {
    expect(THEME_INIT_SCRIPT).not.toMatch(/<\/script|<!--/i);
  });
});
