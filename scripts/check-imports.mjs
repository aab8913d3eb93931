// npm run check-imports [root]: the import rules the README states, checked on every module of app,
// components, lib, server, scripts and bench, with imports resolved the way tsc resolves them
// (tsconfig.json, its "@/" path) by TypeScript's own API. Type-only imports count: a type defined
// in a component and used by one of its own dependencies is a layering fault even though it
// vanishes at run time. It fails on:
//   - any import cycle between files;
//   - a layer importing from a layer after it: lib/ from components/, app/ or server/;
//     components/ from app/ or server/; app/ from server/; inside lib/, map/ from og/ (the link
//     previews draw with the map's scene, never the other way);
//   - a lib/ file importing React or Next, other than the two the README names;
//   - a "use client" file of components/ or app/ reaching the message catalogue
//     (lib/i18n/messages.ts) through run-time imports (`require` calls included): the browser
//     would download both languages' strings (type-only imports are erased, so they are allowed);
//   - a `require` in a server branch (`typeof window === "undefined" ? require(…) : …`) of a
//     "use client" file, of anything but the static pictures' generator (SERVER_BRANCH_MODULES).
//     This is the one exception to the layers: the client build drops the branch, so the
//     generator runs during server rendering and never reaches the browser (the build test
//     build step scripts/check-client-bundle.mjs greps .next/static for its markers); such a require is
//     not a run-time import of the client file.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const ROOT = process.argv[2] ?? process.cwd();
const FOLDERS = ["app", "components", "lib", "server", "scripts", "bench"];
const SOURCE = /\.(ts|tsx|mts|mjs)$/;
/** Which top-level folders each layer may not import from. */
const FORBIDDEN = { lib: ["components", "app", "server"], components: ["app", "server"], app: ["server"], "lib/map": ["lib/og"] };
/** lib/ files allowed to import React or Next: React's cache (read data once per render) and Next's Metadata type. */
const LIB_FRAMEWORK_FILES = new Set(["lib/load/dataset.ts", "lib/og/metadata.ts"]);
const frameworkUses = [];
/** The only module a "use client" file may require in its server branch: the static pictures' generator. */
const SERVER_BRANCH_MODULES = new Set(["lib/pictures/markup.ts"]);
const serverBranchFaults = [];

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "results" || entry.name === "node_modules" ? [] : walk(path);
    return SOURCE.test(entry.name) && !entry.name.endsWith(".d.mts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const config = ts.parseJsonConfigFileContent(ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile).config, ts.sys, ROOT);
const options = { ...config.options, allowJs: true };
const files = FOLDERS.map((folder) => join(ROOT, folder))
  .filter((dir) => existsSync(dir))
  .flatMap(walk);
const known = new Set(files);

/** Every project file a module imports or re-exports, type-only imports included. */
function importsOf(file) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  const rel = relative(ROOT, file);
  for (const { fileName } of importedFiles) {
    if (rel.startsWith("lib/") && /^(react|react-dom|next)(\/|$)/.test(fileName) && !LIB_FRAMEWORK_FILES.has(rel))
      frameworkUses.push(`${rel} imports ${fileName}`);
  }
  return importedFiles.flatMap(({ fileName }) => {
    const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule?.resolvedFileName;
    if (!resolved) return [];
    const target = resolved.replace(/\.d\.mts$/, ".mjs");
    return known.has(target) ? [target] : [];
  });
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));

/** `typeof window === "undefined"` (either order, == or ===): a branch that runs only on the server. */
function isServerTest(node) {
  if (!ts.isBinaryExpression(node)) return false;
  const op = node.operatorToken.kind;
  if (op !== ts.SyntaxKind.EqualsEqualsEqualsToken && op !== ts.SyntaxKind.EqualsEqualsToken) return false;
  const isTypeofWindow = (n) => ts.isTypeOfExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === "window";
  const isUndefined = (n) => ts.isStringLiteral(n) && n.text === "undefined";
  return (isTypeofWindow(node.left) && isUndefined(node.right)) || (isTypeofWindow(node.right) && isUndefined(node.left));
}

/** Every `require("…")` of a file, and whether it sits in the true branch of a server test. */
function requiresOf(source) {
  const found = [];
  const visit = (node, inServerBranch) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "require" &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      found.push({ specifier: node.arguments[0].text, inServerBranch });
    if ((ts.isConditionalExpression(node) || ts.isIfStatement(node)) && isServerTest(ts.isIfStatement(node) ? node.expression : node.condition)) {
      const [yes, no] = ts.isIfStatement(node) ? [node.thenStatement, node.elseStatement] : [node.whenTrue, node.whenFalse];
      visit(yes, true);
      if (no) visit(no, inServerBranch);
      return;
    }
    ts.forEachChild(node, (child) => visit(child, inServerBranch));
  };
  visit(source, false);
  return found;
}

/** The project modules a file imports at run time: `import type` and all-type `import { type X }` lists left out, a client file's server-branch require too. */
function runtimeImportsOf(file) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const isClient = /^\s*["']use client["']/.test(source.text);
  const specifiers = [];
  for (const { specifier, inServerBranch } of requiresOf(source)) {
    const resolved = ts.resolveModuleName(specifier, file, options, ts.sys).resolvedModule?.resolvedFileName;
    if (!isClient || !inServerBranch) specifiers.push(specifier);
    else if (!resolved || !SERVER_BRANCH_MODULES.has(relative(ROOT, resolved)))
      serverBranchFaults.push(`${relative(ROOT, file)} requires ${specifier} in its server branch (only ${[...SERVER_BRANCH_MODULES].join(", ")} may be)`);
  }
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const isTypeOnly = clause?.isTypeOnly || (clause && !clause.name && named !== undefined && named.length > 0 && named.every((e) => e.isTypeOnly));
      if (!isTypeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) specifiers.push(node.moduleSpecifier.text);
  }
  return specifiers.flatMap((s) => {
    const resolved = ts.resolveModuleName(s, file, options, ts.sys).resolvedModule?.resolvedFileName;
    return resolved && known.has(resolved) ? [resolved] : [];
  });
}

const CATALOGUE = join(ROOT, "lib/i18n/messages.ts");
const runtimeGraph = new Map(files.map((f) => [f, runtimeImportsOf(f)]));
/** The chain of run-time imports from `file` to the catalogue, or undefined. */
function pathToCatalogue(file, seen = new Set()) {
  if (file === CATALOGUE) return [file];
  if (seen.has(file)) return undefined;
  seen.add(file);
  for (const next of runtimeGraph.get(file) ?? []) {
    const rest = pathToCatalogue(next, seen);
    if (rest) return [file, ...rest];
  }
  return undefined;
}
const clientFiles = files.filter(
  (f) => ["components", "app"].includes(relative(ROOT, f).split("/")[0]) && /^\s*["']use client["']/.test(readFileSync(f, "utf8")),
);
const clientCatalogue = clientFiles.map((f) => pathToCatalogue(f)).filter(Boolean);

/** Tarjan's strongly connected components: every cycle lies inside one with more than one file (or a self-import). */
function cycles() {
  let index = 0;
  const stack = [];
  const on = new Set();
  const meta = new Map();
  const found = [];
  const visit = (v) => {
    meta.set(v, { index, low: index });
    index++;
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v)) {
      if (!meta.has(w)) {
        visit(w);
        meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).low);
      } else if (on.has(w)) meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).index);
    }
    if (meta.get(v).low === meta.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v).includes(v)) found.push(component);
    }
  };
  for (const v of graph.keys()) if (!meta.has(v)) visit(v);
  return found;
}

/** One concrete loop through a component, for the message: a -> b -> ... -> a. */
function loopIn(component) {
  const members = new Set(component);
  const start = component[0];
  const path = [start];
  const seen = new Set([start]);
  for (let v = start; ;) {
    const next = graph.get(v).find((w) => members.has(w) && (w === start || !seen.has(w))) ?? graph.get(v).find((w) => members.has(w));
    path.push(next);
    if (next === start || seen.has(next)) return path.slice(path.indexOf(next));
    seen.add(next);
    v = next;
  }
}

/** The folder a file is in, and its parents: "lib/map/scene.ts" -> ["lib/map", "lib"]. */
const layersOf = (file) => {
  const parts = relative(ROOT, file).split("/").slice(0, -1);
  return parts.map((_, i) => parts.slice(0, parts.length - i).join("/"));
};
const isForbidden = (from, to) => layersOf(from).some((layer) => FORBIDDEN[layer]?.some((banned) => layersOf(to).includes(banned)));
const crossings = [...graph].flatMap(([from, targets]) =>
  targets.filter((to) => isForbidden(from, to)).map((to) => `${relative(ROOT, from)} -> ${relative(ROOT, to)}`),
);
const found = cycles();
const edges = [...graph.values()].reduce((n, list) => n + list.length, 0);
const problems = [
  ...found.map(
    (component) =>
      `cycle: ${loopIn(component)
        .map((f) => relative(ROOT, f))
        .join(" -> ")}`,
  ),
  ...crossings.map((c) => `layer: ${c} (lib < components < app; server uses lib only; lib/map < lib/og)`),
  ...frameworkUses.map((u) => `lib uses a framework: ${u}`),
  ...serverBranchFaults.map((f) => `server branch: ${f}`),
  ...clientCatalogue.map(
    (chain) =>
      `client: ${chain.map((f) => relative(ROOT, f)).join(" -> ")} (a "use client" file must not bundle the message catalogue: hand the leaf its strings)`,
  ),
];
if (problems.length === 0) {
  console.log(
    `check-imports: no import cycle, no layer crossed, among ${files.length} modules (${edges} imports, type-only included); ${clientFiles.length} client files without the catalogue`,
  );
} else {
  console.error(`check-imports: ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
