/** @jest-environment node */
import { readFileSync } from "node:fs";

describe("the server's start command", () => {
  it("npm start and the test/bench launcher (scripts/app-server.mjs) run the server with the same Node flags", () => {
    const start: string = JSON.parse(readFileSync("package.json", "utf8")).scripts.start;
    const launcher = readFileSync("scripts/app-server.mjs", "utf8");
    const flags =
      /SERVER_NODE_ARGS = \[([^\]]*)\]/
        .exec(launcher)?.[1]
        ?.match(/"([^"]+)"/g)
        ?.map((f) => f.slice(1, -1)) ?? [];
    expect(flags.length).toBeGreaterThan(0);
    expect(start).toContain(`node ${flags.join(" ")} .next/atlas-server.js`);
  });
});
