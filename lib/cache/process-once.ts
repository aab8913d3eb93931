/**
 * A value built once per server process and shared by every bundle that runs in it. `npm start`
 * runs three bundles of lib/ in one process: the front server (server/), Next's server components,
 * and Next's server rendering of client components (where the static pictures' generator runs,
 * lib/pictures/markup.ts). Each has its own module instances, so a module-level variable would
 * hold one copy of the data per bundle; this keeps one, on a global symbol. Only for plain data
 * that never changes while the process runs (a data update is a new build and a new process).
 *
 *   export const getMapModel = processOnce("map-model", () => buildMapModel(readDataset()));
 */
export function processOnce<T>(name: string, build: () => T): () => T {
  const key = Symbol.for(`extradition-atlas:${name}`);
  const store = globalThis as unknown as Record<symbol, { value: T } | undefined>;
  return () => (store[key] ??= { value: build() }).value;
}
