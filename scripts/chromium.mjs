// Chromium for the browser tests and the bench, in one place: where it is (findChromium), the flags
// it runs with (CHROMIUM_ARGS), the page sizes (VIEWPORTS), and launching it (launchChromium).
// findChromium looks, installing one where it can:
//   1. $CHROME_PATH;  2. /usr/bin/chromium (Debian) or chromium-browser;  3. Playwright's own download;
//   then, if none: as root with apt-get, Debian's `chromium` package; otherwise Playwright's download.
// If all of that fails it stops with a message saying how to get one.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

function playwrightChromium() {
  try {
    const path = require("playwright-core").chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function findExisting() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    console.warn(`CHROME_PATH=${process.env.CHROME_PATH} does not exist; looking elsewhere.`);
  }
  return SYSTEM_PATHS.find((p) => existsSync(p)) ?? playwrightChromium();
}

function tryInstall() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (isRoot && hasApt) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get)...");
    try {
      execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
      execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    } catch {
      console.warn("apt-get could not install chromium.");
    }
    const found = findExisting();
    if (found) return found;
  }
  console.log("No Chromium found: trying Playwright's download (npx playwright-core install chromium)...");
  spawnSync("npx", ["--no-install", "playwright-core", "install", "chromium"], { stdio: "inherit" });
  return findExisting();
}

let found;

export function findChromium() {
  if (found) return found;
  const path = findExisting() ?? tryInstall();
  if (!path) {
    console.error(
      [
        "The browser tests need Chromium and none could be found or installed.",
        "Install one and run again, for example:",
        "  Debian/Ubuntu:  sudo apt-get install chromium",
        "  macOS:          brew install --cask chromium",
        "  any system:     npx playwright-core install chromium",
        "or point CHROME_PATH at an existing Chrome/Chromium binary.",
      ].join("\n"),
    );
    process.exit(1);
  }
  found = path;
  return path;
}

/** Headless Chromium that renders WebGL through SwiftShader and never calls home (see README, Test it). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--use-gl=angle",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

/** The page sizes every screenshot, browser test and bench run uses. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
};

/** Launches headless Chromium with CHROMIUM_ARGS and `extraArgs` (e.g. ["--disable-3d-apis"] for no WebGL). */
export function launchChromium({ extraArgs = [], timeout } = {}) {
  return require("playwright-core").chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS, ...extraArgs], timeout });
}
