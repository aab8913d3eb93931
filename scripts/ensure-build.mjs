// prestart: builds the app when there is no production build yet, so that
// `npm install && npm start` works on a fresh clone. An existing build is reused.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

if (!existsSync(".next/BUILD_ID") && existsSync(".next/atlas-server.js")) {
  console.log("No production build found: running `npm run build` first (about a minute).");
  const result = spawnSync("npm", ["run", "build"], { stdio: "inherit", shell: process.platform === "win32" });
  process.exit(result.status ?? 1);
}
