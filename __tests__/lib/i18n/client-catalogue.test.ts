/** @jest-environment node */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

// The browser downloads every module a "use client" file imports at run time. The message
// catalogues (both languages) must not be among them: server components pass each client leaf
// the strings it needs. Type-only imports are erased, so they are allowed.

const ROOT = process.cwd();
const CATALOGUE = join(ROOT, "lib/i18n/messages.ts");
const config = ts.parseJsonConfigFileContent(ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile).config, ts.sys, ROOT);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The project modules a file imports at run time (type-only imports and `import { type X }` lists left out). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const isTypeOnly = clause?.isTypeOnly || (clause && !clause.name && named !== undefined && named.length > 0 && named.every((e) => e.isTypeOnly));
      if (!isTypeOnly) specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers.flatMap((s) => {
    const resolved = ts.resolveModuleName(s, file, config.options, ts.sys).resolvedModule?.resolvedFileName;
    return resolved && !resolved.includes("node_modules") && /\.tsx?$/.test(resolved) ? [resolved] : [];
  });
}

/** The chain of run-time imports from `file` to the catalogue, or undefined. */
function pathToCatalogue(file: string, seen = new Set<string>()): string[] | undefined {
  if (file === CATALOGUE) return [file];
  if (seen.has(file)) return undefined;
  seen.add(file);
  for (const next of runtimeImports(file)) {
    const rest = pathToCatalogue(next, seen);
    if (rest) return [file, ...rest];
  }
  return undefined;
}

const clientFiles = [...sourceFiles(join(ROOT, "components")), ...sourceFiles(join(ROOT, "app"))].filter((f) =>
  /^\s*["']use client["']/.test(readFileSync(f, "utf8")),
);

describe("client bundles and the message catalogue", () => {
  it("finds the client leaves to check", () => {
    expect(clientFiles.length).toBeGreaterThan(10);
  });

  it('no "use client" file reaches lib/i18n/messages.ts through run-time imports', () => {
    const reaching = clientFiles
      .map((f) => pathToCatalogue(f))
      .filter((p): p is string[] => p !== undefined)
      .map((p) => p.map((f) => relative(ROOT, f)).join(" -> "));
    expect(reaching).toEqual([]);
  });

  it("the check sees a run-time import of the catalogue (it would catch one)", () => {
    expect(pathToCatalogue(join(ROOT, "lib/og/preview-text.ts"))?.at(-1)).toBe(CATALOGUE);
  });
});
