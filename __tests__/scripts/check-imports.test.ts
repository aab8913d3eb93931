/** @jest-environment node */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SCRIPT = join(process.cwd(), "scripts/check-imports.mjs");

/** A tiny project: a tsconfig with the "@/" path, and the given files. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "atlas-imports-"));
  writeFileSync(join(root, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "esnext", moduleResolution: "bundler", paths: { "@/*": ["./*"] } } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const run = (root: string) => spawnSync(process.execPath, [SCRIPT, root], { encoding: "utf8" });

describe("check-imports", () => {
  it("check-imports fails on a cycle made only of type imports, naming the loop", () => {
    const root = project({
      "lib/legend.ts": 'import { color } from "@/lib/palette";\nexport interface LegendItem { color: string }\nexport const first = color;\n',
      "lib/palette.ts": 'import type { LegendItem } from "./legend";\nexport const color = "#000";\nexport type Item = LegendItem;\n',
    });
    const result = run(root);
    rmSync(root, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /check-imports: 1 problem\(s\):\n {2}cycle: (lib\/legend\.ts -> lib\/palette\.ts -> lib\/legend\.ts|lib\/palette\.ts -> lib\/legend\.ts -> lib\/palette\.ts)\n/,
    );
  });

  it("check-imports passes a graph without cycles and counts its imports", () => {
    const root = project({
      "lib/a.ts": 'import { b } from "./b";\nexport const a = b;\n',
      "lib/b.ts": "export const b = 1;\n",
      "scripts/c.mjs": 'import { a } from "../lib/a.ts";\n',
    });
    const result = run(root);
    rmSync(root, { recursive: true, force: true });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      "check-imports: no import cycle, no layer crossed, among 3 modules (2 imports, type-only included); 0 client files without the catalogue\n",
    );
  });

  it("check-imports fails when lib/map imports lib/og (the previews draw with the map, not the other way) and passes the reverse", () => {
    const root = project({
      "lib/og/preview.ts": 'import { scene } from "../map/scene";\nexport const preview = scene;\n',
      "lib/map/scene.ts": "export const scene = 1;\n",
      "lib/map/labels.ts": 'import type { Font } from "@/lib/og/fonts";\nexport type Label = Font;\n',
      "lib/og/fonts.ts": "export type Font = string;\n",
    });
    const result = run(root);
    rmSync(root, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "check-imports: 1 problem(s):\n  layer: lib/map/labels.ts -> lib/og/fonts.ts (lib < components < app; server uses lib only; lib/map < lib/og)\n",
    );
  });

  it("check-imports fails when lib imports a component, even for a type, and when lib imports React", () => {
    const root = project({
      "components/frame.tsx": "export interface FrameProps { title: string }\n",
      "lib/spec.ts":
        'import type { FrameProps } from "@/components/frame";\nimport { useState } from "react";\nexport type Spec = FrameProps;\nexport const s = useState;\n',
    });
    const result = run(root);
    rmSync(root, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("layer: lib/spec.ts -> components/frame.tsx (lib < components < app; server uses lib only; lib/map < lib/og)");
    expect(result.stderr).toContain("lib uses a framework: lib/spec.ts imports react");
  });

  it('check-imports fails when a "use client" file reaches the message catalogue through run-time imports, and allows type-only ones', () => {
    const catalogue = { "lib/i18n/messages.ts": "export interface Messages { title: string }\nexport const MESSAGES = { en: { title: 'x' } };\n" };
    const reaching = project({
      ...catalogue,
      "lib/words.ts": 'import { MESSAGES } from "./i18n/messages";\nexport const title = MESSAGES.en.title;\n',
      "components/leaf.tsx": '"use client";\nimport { title } from "@/lib/words";\nexport const Leaf = () => title;\n',
    });
    const typed = project({
      ...catalogue,
      "components/leaf.tsx": '"use client";\nimport type { Messages } from "@/lib/i18n/messages";\nexport const leaf = (t: Messages) => t.title;\n',
    });
    const [failing, passing] = [run(reaching), run(typed)];
    rmSync(reaching, { recursive: true, force: true });
    rmSync(typed, { recursive: true, force: true });
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain("client: components/leaf.tsx -> lib/words.ts -> lib/i18n/messages.ts");
    expect(passing.status).toBe(0);
    expect(passing.stdout).toContain("1 client files without the catalogue");
  });

  it("check-imports lets a client file require the pictures' generator in its server branch only, and counts any other require as an import", () => {
    const generator = 'import { words } from "@/lib/i18n/messages";\nexport const draw = () => words;\n';
    const good = project({
      "lib/i18n/messages.ts": "export const words = 1;\n",
      "lib/pictures/markup.ts": generator,
      "components/picture.tsx": '"use client";\nexport const html = typeof window === "undefined" ? require("@/lib/pictures/markup").draw() : "";\n',
    });
    const passed = run(good);
    rmSync(good, { recursive: true, force: true });
    expect(passed.status).toBe(0);

    const bad = project({
      "lib/i18n/messages.ts": "export const words = 1;\n",
      "lib/pictures/markup.ts": generator,
      "components/a.tsx": '"use client";\nexport const html = require("@/lib/pictures/markup").draw();\n',
      "components/b.tsx": '"use client";\nexport const n = typeof window === "undefined" ? require("@/lib/i18n/messages").words : 0;\n',
    });
    const failed = run(bad);
    rmSync(bad, { recursive: true, force: true });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("server branch: components/b.tsx requires @/lib/i18n/messages in its server branch (only lib/pictures/markup.ts may be)");
    expect(failed.stderr).toContain("client: components/a.tsx -> lib/pictures/markup.ts -> lib/i18n/messages.ts");
  });
});
