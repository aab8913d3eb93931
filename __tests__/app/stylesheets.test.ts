/** @jest-environment node */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** Files under `dir` whose names end with one of `extensions`, as paths from the repository root. */
function filesUnder(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => extensions.some((ext) => name.endsWith(ext)))
    .map((name) => join(dir, name));
}

const ROOT_STYLESHEETS = ["app/fonts.css", "app/globals.css", "app/components.css"];

describe("stylesheets", () => {
  it("app/components.css lists every component's stylesheet exactly once, and nothing that does not exist", () => {
    const listed = [...readFileSync("app/components.css", "utf8").matchAll(/@import "([^"]+)";/g)].map((m) => relative(".", join("app", m[1]!)));
    const present = [...filesUnder("components", [".css"]), ...filesUnder("app", [".css"])].filter((f) => !ROOT_STYLESHEETS.includes(f));
    expect([...listed].sort()).toEqual([...present].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("only the root layout imports stylesheets, so every page loads them as one file in one order", () => {
    const importers = [...filesUnder("app", [".ts", ".tsx"]), ...filesUnder("components", [".ts", ".tsx"])].filter((f) =>
      /^import\s+"[^"]+\.css";/m.test(readFileSync(f, "utf8")),
    );
    expect(importers).toEqual(["app/layout.tsx"]);
  });
});
