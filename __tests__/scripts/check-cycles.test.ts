/** @jest-environment node */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SCRIPT = join(process.cwd(), "scripts/check-cycles.mjs");

/** A tiny project: a tsconfig with the "@/" path, and the given files. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "atlas-cycles-"));
  writeFileSync(join(root, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "esnext", moduleResolution: "bundler", paths: { "@/*": ["./*"] } } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const run = (root: string) => spawnSync(process.execPath, [SCRIPT, root], { encoding: "utf8" });

describe("check-cycles", () => {
  it("check-cycles fails on a cycle made only of type imports, naming the loop", () => {
    const root = project({
      "components/legend.tsx": 'import { color } from "@/lib/palette";\nexport interface LegendItem { color: string }\nexport const first = color;\n',
      "lib/palette.ts": 'import type { LegendItem } from "../components/legend";\nexport const color = "#000";\nexport type Item = LegendItem;\n',
    });
    const result = run(root);
    rmSync(root, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /check-cycles: 1 import cycle\(s\):\n {2}(components\/legend\.tsx -> lib\/palette\.ts -> components\/legend\.tsx|lib\/palette\.ts -> components\/legend\.tsx -> lib\/palette\.ts)\n/,
    );
  });

  it("check-cycles passes a graph without cycles and counts its imports", () => {
    const root = project({
      "lib/a.ts": 'import { b } from "./b";\nexport const a = b;\n',
      "lib/b.ts": "export const b = 1;\n",
      "scripts/c.mjs": 'import { a } from "../lib/a.ts";\n',
    });
    const result = run(root);
    rmSync(root, { recursive: true, force: true });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("check-cycles: no import cycle among 3 modules (2 imports, type-only included)\n");
  });
});
