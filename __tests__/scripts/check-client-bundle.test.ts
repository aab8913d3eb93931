/** @jest-environment node */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GENERATOR_MARKER } from "@/lib/pictures/markup";
import { checkClientBundle, SERVER_ONLY_MARKERS } from "../../scripts/check-client-bundle.mjs";

/** A build directory with the given client and server scripts. */
function buildDir(client: string, server: string): string {
  const dir = mkdtempSync(join(tmpdir(), "atlas-bundle-"));
  mkdirSync(join(dir, "static", "chunks"), { recursive: true });
  mkdirSync(join(dir, "server", "chunks", "ssr"), { recursive: true });
  writeFileSync(join(dir, "static", "chunks", "page.js"), client);
  writeFileSync(join(dir, "server", "chunks", "ssr", "page.js"), server);
  return dir;
}
const allMarkers = SERVER_ONLY_MARKERS.map((m) => `"${m}"`).join(";");

describe("check-client-bundle", () => {
  it("knows the generator's own marker", () => {
    expect(SERVER_ONLY_MARKERS[0]).toBe(GENERATOR_MARKER);
  });

  it("passes a build whose markers are all on the server and none in the browser's scripts", () => {
    const dir = buildDir("console.log('client')", allMarkers);
    expect(checkClientBundle(dir)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("names the client script that holds a marker, and a marker the server scripts lack", () => {
    const dir = buildDir(`const a = "${SERVER_ONLY_MARKERS[1]}";`, SERVER_ONLY_MARKERS.slice(1).join(";"));
    expect(checkClientBundle(dir)).toEqual([
      `"${SERVER_ONLY_MARKERS[0]}" is in no server script: is the marker list out of date?`,
      `"${SERVER_ONLY_MARKERS[1]}" is in the browser's JavaScript: static/chunks/page.js`,
    ]);
    rmSync(dir, { recursive: true, force: true });
  });
});
