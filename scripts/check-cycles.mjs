// npm run check-cycles [root]: fails on any import cycle among the project's own modules (app, components,
// lib, server, scripts, bench). Type-only imports count: a type defined in a component and used by
// one of its own dependencies is a layering fault even though it vanishes at run time. Imports are
// resolved the way tsc resolves them (tsconfig.json, its "@/" path), with TypeScript's own API.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const ROOT = process.argv[2] ?? process.cwd();
const FOLDERS = ["app", "components", "lib", "server", "scripts", "bench"];
const SOURCE = /\.(ts|tsx|mts|mjs)$/;

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
  return importedFiles.flatMap(({ fileName }) => {
    const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule?.resolvedFileName;
    if (!resolved) return [];
    const target = resolved.replace(/\.d\.mts$/, ".mjs");
    return known.has(target) ? [target] : [];
  });
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));

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

const found = cycles();
const edges = [...graph.values()].reduce((n, list) => n + list.length, 0);
if (found.length === 0) {
  console.log(`check-cycles: no import cycle among ${files.length} modules (${edges} imports, type-only included)`);
} else {
  console.error(`check-cycles: ${found.length} import cycle(s):`);
  for (const component of found)
    console.error(
      `  ${loopIn(component)
        .map((f) => relative(ROOT, f))
        .join(" -> ")}`,
    );
  process.exit(1);
}
