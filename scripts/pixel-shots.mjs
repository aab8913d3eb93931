// Pictures of the running app, for comparing two commits pixel by pixel on the same machine.
//
//   node scripts/pixel-shots.mjs capture DIR [BASE_URL]   pages (light and dark, desktop and phone),
//                                                        preview images, PNG, SVG and CSV exports
//   node scripts/pixel-shots.mjs compare DIR_A DIR_B      per picture: share of changed pixels (a
//                                                        channel differs by more than 8/255); CSV files
//                                                        must be equal byte for byte, SVG files in their
//                                                        normal form (scripts/markup-normal-form.mjs, as
//                                                        the unit tests' snapshots compare them)
//
// Pages are captured as the server sends them, before any live map starts (the map is the server's
// picture until a reader uses it); the one live WebGL canvas (the map PNG export) is compared
// like the others but reported apart, since its rasteriser is not ours.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { launchChromium, VIEWPORTS } from "./chromium.mjs";
import { normalizeMarkup } from "./markup-normal-form.mjs";

const CHANNEL_TOLERANCE = 8;
const MAX_CHANGED_SHARE = 0.001;

const PAGES = {
  home: "/?v=2",
  "home-es": "/?v=2&lang=es",
  "deep-link": "/?v=2&event=2026-01&place=us_houston&range=2024-09..2025-06",
  sources: "/sources",
  "sources-es": "/sources?lang=es",
  "embed-map": "/embed/map?v=2&event=2025-08",
  "embed-chart": "/embed/chart/fentanyl?v=2&scope=nationwide",
  "embed-chart-es": "/embed/chart/homicides?v=2&lang=es",
  "not-found": "/no-such-page",
};

const PREVIEWS = {
  "og-default": "/og?v=2",
  "og-houston": "/og?v=2&place=us_houston",
  "og-es-event": "/og?v=2&event=2025-08&lang=es",
  "og-chart": "/og?v=2&chart=fentanyl&scope=nationwide",
};

const CHART_EXPORTS = ["homicides", "fentanyl", "fiscal", "annual", "transfers"];

async function capture(dir, base) {
  mkdirSync(dir, { recursive: true });
  const browser = await launchChromium({});
  try {
    for (const [name, path] of Object.entries(PAGES)) {
      for (const [size, viewport] of Object.entries({ desktop: VIEWPORTS.desktop, phone: VIEWPORTS.phone })) {
        for (const scheme of ["light", "dark"]) {
          const context = await browser.newContext({ viewport, colorScheme: scheme, reducedMotion: "reduce" });
          const page = await context.newPage();
          await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
          await page.evaluate(() => document.fonts.ready);
          await page.addStyleTag({ content: "main > .card { content-visibility: visible !important; }" });
          await page.screenshot({ path: join(dir, `page-${name}-${size}-${scheme}.png`), fullPage: true, animations: "disabled" });
          await context.close();
        }
      }
    }
    for (const [name, path] of Object.entries(PREVIEWS)) {
      const response = await fetch(`${base}${path}`);
      writeFileSync(join(dir, `${name}.png`), Buffer.from(await response.arrayBuffer()));
    }
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/?v=2&table=1`, { waitUntil: "networkidle" });
    for (const chart of CHART_EXPORTS) {
      for (const background of ["light", "dark"]) {
        await exportChart(page, chart, "png-1", background, join(dir, `export-${chart}-${background}.png`));
        await exportChart(page, chart, "svg", background, join(dir, `export-${chart}-${background}.svg`));
      }
      await exportChart(page, chart, "csv", undefined, join(dir, `export-${chart}.csv`));
    }
    await page.goto(`${base}/?v=2&event=2026-01`);
    await page.locator("button[data-map-start]").click();
    await page.waitForFunction(() => document.querySelector(".maplibregl-map")?.dataset.ready === "true", null, { timeout: 60_000 });
    const menu = page.locator("details.export--map");
    await menu.locator("summary").click();
    for (const background of ["light", "dark"]) {
      await menu.locator("#export-map-bg").selectOption(background);
      const [download] = await Promise.all([page.waitForEvent("download"), menu.locator('[data-export="map-png"]').click()]);
      await download.saveAs(join(dir, `live-export-map-${background}.png`));
    }
    await context.close();
  } finally {
    await browser.close();
  }
  console.log(`pixel-shots: ${readdirSync(dir).length} files in ${dir}`);
}

async function exportChart(page, chart, button, background, path) {
  const menu = page.locator(`#chart-${chart} details.export`);
  if ((await menu.getAttribute("open")) === null) await menu.locator("summary").click();
  if (background) await menu.locator(`#export-${chart}-bg`).selectOption(background);
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), menu.locator(`[data-export="${button}"]`).click()]);
  await download.saveAs(path);
  await menu.locator(".export__status--done").waitFor();
}

function changedShare(a, b) {
  const pa = PNG.sync.read(readFileSync(a));
  const pb = PNG.sync.read(readFileSync(b));
  if (pa.width !== pb.width || pa.height !== pb.height) return { share: 1, note: `${pa.width}x${pa.height} -> ${pb.width}x${pb.height}` };
  let changed = 0;
  for (let i = 0; i < pa.data.length; i += 4) {
    for (let c = 0; c < 4; c++) {
      if (Math.abs(pa.data[i + c] - pb.data[i + c]) > CHANNEL_TOLERANCE) {
        changed++;
        break;
      }
    }
  }
  return { share: changed / (pa.width * pa.height), note: `${pa.width}x${pa.height}` };
}

function compare(dirA, dirB) {
  const names = readdirSync(dirA).sort();
  const missing = names.filter((n) => !readdirSync(dirB).includes(n));
  let failures = missing.map((n) => `${n}: missing in ${dirB}`);
  let largest = { name: "", share: 0 };
  for (const name of names.filter((n) => !missing.includes(n))) {
    if (name.endsWith(".png")) {
      const { share, note } = changedShare(join(dirA, name), join(dirB, name));
      const live = name.startsWith("live-");
      console.log(`${(share * 100).toFixed(4).padStart(9)}%  ${name} (${note})${live ? " [live WebGL]" : ""}`);
      if (!live && share > largest.share) largest = { name, share };
      if (!live && share > MAX_CHANGED_SHARE) failures.push(`${name}: ${(share * 100).toFixed(4)}% of pixels changed`);
    } else {
      const read = (dir) => (name.endsWith(".svg") ? normalizeMarkup(readFileSync(join(dir, name), "utf8")) : readFileSync(join(dir, name), "utf8"));
      const same = read(dirA) === read(dirB);
      console.log(`${same ? "    equal" : "  CHANGED"}   ${name}`);
      if (!same) failures.push(`${name}: not byte-equal`);
    }
  }
  console.log(`largest change: ${largest.name || "none"} ${(largest.share * 100).toFixed(4)}% (limit ${MAX_CHANGED_SHARE * 100}%)`);
  if (failures.length > 0) {
    console.error(`pixel-shots: ${failures.length} difference(s):\n  ${failures.join("\n  ")}`);
    process.exitCode = 1;
  }
}

const [mode, a, b] = process.argv.slice(2);
if (mode === "capture" && a) await capture(a, b ?? "http://127.0.0.1:3000");
else if (mode === "compare" && a && b) compare(a, b);
else {
  console.error("usage: node scripts/pixel-shots.mjs capture DIR [BASE_URL] | compare DIR_A DIR_B");
  process.exitCode = 2;
}
