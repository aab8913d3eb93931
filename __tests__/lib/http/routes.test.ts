/** @jest-environment node */
import { readFileSync } from "node:fs";
import { CACHE_CONTROL } from "@/lib/http/cache-control";
import { findRoute, matchPattern, NOT_FOUND_ROUTE, ROUTE_LIST, ROUTE_METHODS, ROUTE_RULES, ROUTES } from "@/lib/http/routes";

describe("ROUTE_LIST", () => {
  it.each(ROUTE_LIST.map(([id, route]) => [id, route] as const))(
    "%s has a rule, GET and HEAD only, a Cache-Control of the catalogue and an example it matches",
    (id, route) => {
      expect(ROUTE_RULES).toContain(route.rule);
      expect(route.methods).toEqual(ROUTE_METHODS);
      expect(Object.values(CACHE_CONTROL)).toContain(route.cache);
      if (route.example !== null) expect(findRoute(new URL(route.example, "http://x").pathname).id).toBe(id);
    },
  );

  it("ends with the 404 route, and only embeds may be framed", () => {
    expect(ROUTE_LIST.at(-1)).toEqual(["notFound", NOT_FOUND_ROUTE]);
    expect(ROUTE_LIST.filter(([, r]) => r.isFramable).map(([id]) => id)).toEqual(["embedMap", "embedChart", "embedPeople"]);
  });

  it("sends pages with the page Cache-Control and never caches what is not a success", () => {
    expect(ROUTE_LIST.filter(([, r]) => r.rule === "view").every(([, r]) => r.cache === CACHE_CONTROL.page)).toBe(true);
    for (const route of [ROUTES.imageOptimizer, ROUTES.stats, NOT_FOUND_ROUTE]) expect(route.cache).toBe(CACHE_CONTROL.never);
  });
});

describe("the README's route table", () => {
  const rows = readFileSync("README.md", "utf8")
    .split("\n")
    .filter((line) => line.trim().startsWith("| `/") || line.trim().startsWith("| anything else"));

  it.each(ROUTE_LIST.map(([id, route]) => [id, route] as const))("names %s with its rule and Cache-Control", (id, route) => {
    const named = route.pattern === "*" ? "| anything else" : `\`${route.pattern}\``;
    const row = rows.find((line) => line.includes(named));
    expect({ id, row }).toEqual({ id, row: expect.stringContaining(`| ${route.rule} |`) });
    expect(row).toContain(`\`${route.cache}\``);
  });
});

describe("matchPattern", () => {
  it.each([
    ["/", "/", {}],
    ["/", "/x", null],
    ["/embed/chart/:id", "/embed/chart/fentanyl", { id: "fentanyl" }],
    ["/embed/chart/:id", "/embed/chart/", null],
    ["/embed/chart/:id", "/embed/chart/a/b", null],
    ["/embed/chart/:id", "/embed/chart/a b", null],
    ["/fonts/*", "/fonts/a/b.woff2", { "*": "a/b.woff2" }],
    ["/fonts/*", "/fonts", null],
    ["/fonts/*", "/fonts/a%20b", null],
    ["/map-data/:filter/:layer", "/map-data/all/arcs.json", { filter: "all", layer: "arcs.json" }],
    ["/sources", "/sources/x", null],
    ["*", "/anything/at/all", {}],
  ] as const)("matchPattern(%j, %j) is %j", (pattern, path, expected) => {
    expect(matchPattern(pattern, path)).toEqual(expected);
  });
});
