import { readFileSync } from "node:fs";
import { startAppServer, type AppServer } from "../../scripts/app-server.mjs";

/**
 * The server process as `npm start` runs it (started here by path, so its pid is the server's):
 * Next starts from the build's resolved configuration, so the compiler Next would load to run
 * next.config.ts is never mapped into the process (it cost about 50 MB of resident memory).
 */
let server: AppServer;
let output = "";
beforeAll(async () => {
  server = await startAppServer({ env: { WARM: "0" }, stdio: "pipe" });
  server.child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  await fetch(`${server.baseUrl}/`);
}, 120_000);
afterAll(async () => {
  server?.stop();
  await server?.exited;
});

describe("the server process", () => {
  it("never loads Next's SWC compiler (no next.config.ts transpiled at start)", () => {
    const maps = readFileSync(`/proc/${server.pid}/maps`, "utf8");
    expect(maps.split("\n").filter((line) => /swc/i.test(line))).toEqual([]);
    expect(output).not.toContain("next.config.ts");
  });
});
