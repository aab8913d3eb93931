// npm run test:repeat -- N: runs the unit suite N times (default 20) and reports how many runs
// passed, to catch tests that fail now and then. Property tests print their seed on failure
// (fast-check does by default), so a failing run can be replayed.
import { spawnSync } from "node:child_process";

const times = Number(process.argv[2] ?? 20);
if (!Number.isInteger(times) || times < 1) {
  console.error(`test:repeat: expected a number of runs >= 1, got "${process.argv[2]}"`);
  process.exit(2);
}
const failures = [];
for (let i = 1; i <= times; i++) {
  const run = spawnSync(process.execPath, ["node_modules/jest/bin/jest.js", "--silent"], { env: { ...process.env, TZ: "UTC" }, encoding: "utf8" });
  const summary = /Tests:\s+(.*)/.exec(run.stderr)?.[1] ?? "no summary";
  console.log(`run ${i}/${times}: ${run.status === 0 ? "passed" : "FAILED"} (${summary})`);
  if (run.status !== 0) {
    failures.push(i);
    console.log(
      run.stderr
        .split("\n")
        .filter((l) => /●|seed|Counterexample|Error/.test(l))
        .slice(0, 40)
        .join("\n"),
    );
  }
}
console.log(`test:repeat: ${times - failures.length} of ${times} runs passed${failures.length ? `; failed: ${failures.join(", ")}` : ""}`);
process.exit(failures.length ? 1 : 0);
