// prestart: `npm start` builds first when there is no complete build (.next/atlas-build.json,
// written as the last step of `npm run build`) or when the sources changed since it was made,
// so that `npm install && npm start` works on a fresh clone; otherwise the build is reused.
import { spawnSync } from "node:child_process";
import { buildDecision, buildFingerprint, readManifest } from "./build-manifest.mjs";

const decision = buildDecision(readManifest(), buildFingerprint());
if (!decision.build) {
  console.log(`npm start: reusing the build: ${decision.why}.`);
  process.exit(0);
}
console.log(`npm start: ${decision.why}: running \`npm run build\` first (about a minute).`);
const result = spawnSync("npm", ["run", "build"], { stdio: "inherit", shell: process.platform === "win32" });
process.exit(result.status ?? 1);
