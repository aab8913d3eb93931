import type { Browser } from "playwright-core";
import { formatPercent } from "@/lib/format/format";
import { makeSourceTrust } from "@/lib/sources/trust";
import { computeClaimChecks } from "@/lib/stats/claim-check";
import { BASE_URL, launchBrowser, saveScreenshot, trackForeignRequests, VIEWPORTS } from "./support/browser";
import { liveDataset } from "./support/live-data";

const data = liveDataset();
const checks = computeClaimChecks(data.claims, data, makeSourceTrust(data.sources));
const shown = checks.reduce((n, c) => n + c.statements.length, 0);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the official claims", () => {
  it("/ shows each claim's latest statement with its date and what checking it found, and links to all of them (no JavaScript)", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/`);
    const section = page.locator("section[aria-labelledby=claims-title]");
    const homicides = section.locator("article", { has: page.locator("#claim-cl-hom-40") });
    await expect(homicides.locator(".claim__value").textContent()).resolves.toBe("-44%");
    const latest = (await homicides.locator(".claim__latest").textContent()) ?? "";
    expect(latest).toContain("Latest statement: March 10, 2026");
    expect(latest).toContain("Arithmetic on the claimant's own figures: 86.9 (Sep 2024) → 48.8 (Feb 2026) = -43.8%. Not an independent check.");
    // -40% is one of the earlier statements, not a headline.
    await expect(section.locator(".claim__value").allTextContents()).resolves.toEqual(
      checks.map((c) => formatPercent("en", c.statements[0]!.statement.value_pct, Number.isInteger(c.statements[0]!.statement.value_pct) ? 0 : 2)),
    );
    await expect(homicides.locator("a[href^='/claims']").getAttribute("href")).resolves.toBe("/claims#claim-cl-hom-40");
    await expect(section.locator("table").count()).resolves.toBe(0);
    await expect(section.locator("a[download]").getAttribute("href")).resolves.toBe("/claims.csv");
    await context.close();
  });

  it("/claims lists every statement newest first, checked by kind, with the windows recomputed (no JavaScript)", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.desktop });
    const foreign = trackForeignRequests(context);
    const page = await context.newPage();
    const res = await page.goto(`${BASE_URL}/claims`);
    expect(res?.status()).toBe(200);
    await expect(page.locator("h1").textContent()).resolves.toBe("Every official claim, every statement, checked");
    await expect(page.locator(".statements-table tbody tr").count()).resolves.toBe(shown);
    const hom = page.locator("article", { has: page.locator("#claim-cl-hom-40") });
    const dates = await hom.locator(".statements-table tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-date") ?? ""));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe("2026-03-10");
    // The three outcomes, worded as such.
    const q2 = page.locator("article", { has: page.locator("#claim-cl-fent-57") }).locator("tr[data-date='2025-10-07']");
    await expect(q2.getAttribute("data-outcome")).resolves.toBe("independent");
    await expect(q2.textContent()).resolves.toContain(
      "Checked against CBP's seizure files (Southwest border): Apr 2025 – Jun 2025, 2,141.00 lbs against Apr 2024 – Jun 2024, 5,034.72 lbs = -57.48%, for the stated -57.48%.",
    );
    await expect(hom.locator("tr[data-date='2026-02-10']").textContent()).resolves.toContain("= -41.4%. Not an independent check.");
    await expect(hom.locator("tr[data-date='2025-10-05'] td").nth(3).textContent()).resolves.toBe(
      "Cannot be checked against our series: the months fall outside them.",
    );
    const flow = page.locator("article", { has: page.locator("#claim-cl-flow-56") }).locator("tr[data-date='2026-02-24']");
    await expect(flow.textContent()).resolves.toContain("Cannot be checked: a measure the atlas does not hold.");
    await expect(flow.textContent()).resolves.toContain('"the flow of deadly fentanyl across our border"');
    // Confidence: the single-outlet statements are marked, the low-authority one left out and counted.
    await expect(hom.locator("tr[data-date='2025-07-08'] .badge--unconfirmed").textContent()).resolves.toBe("one outlet");
    await expect(hom.textContent()).resolves.toContain("1 statement reported only by low-authority outlets is not shown (Feb 11, 2025).");
    await expect(hom.locator("tr[data-date='2025-02-11']").count()).resolves.toBe(0);
    // The windows its sources used, recomputed: the page shows what lib computes from data/.
    const computed = await page.locator("td[data-computed]").allTextContents();
    const expected = checks.flatMap(({ results }) =>
      results.map((r) => (r.computedPct === undefined ? "not in our data" : formatPercent("en", r.computedPct, 1))),
    );
    expect(computed).toEqual(expected);
    expect(computed).toContain("-57.5%");
    // Every citation resolves to an entry on /sources.
    const cited = new Set(await page.locator(".cite a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? "")));
    await page.goto(`${BASE_URL}/sources`);
    const anchors = new Set(await page.locator("[id^=src-]").evaluateAll((els) => els.map((e) => `/sources#${e.id}`)));
    expect([...cited].filter((c) => !anchors.has(c))).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("/claims in Spanish: the latest statement, the outcomes and the badges in Spanish, and screenshots at both sizes", async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${BASE_URL}/claims?lang=es`);
      await expect(page.locator("html").getAttribute("lang")).resolves.toBe("es");
      await expect(page.locator("h1").textContent()).resolves.toBe("Cada afirmación oficial, cada declaración, verificada");
      const hom = page.locator("article", { has: page.locator("#claim-cl-hom-40") });
      await expect(hom.locator(".claim__latest").textContent()).resolves.toContain("Declaración más reciente: 10 de marzo de 2026");
      await expect(hom.locator("tr[data-date='2026-03-10']").textContent()).resolves.toContain("No es una verificación independiente.");
      await expect(hom.locator("tr[data-date='2025-07-08'] .badge--unconfirmed").textContent()).resolves.toBe("un solo medio");
      await expect(page.locator("nav a[aria-current=page]").textContent()).resolves.toBe("Afirmaciones");
      await saveScreenshot(page, `claims-es-${name}`);
      await context.close();
    }
  });

  it("/claims.csv has every shown statement with its windows and sources, in the page's language, cached as a data file", async () => {
    const en = await fetch(`${BASE_URL}/claims.csv?junk=1`);
    expect(en.status).toBe(200);
    expect(en.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(en.headers.get("content-disposition")).toBe('attachment; filename="extradition-atlas_claims.csv"');
    const lines = (await en.text()).split("\r\n").filter((l) => l && !l.startsWith("# "));
    expect(lines[0]!.split(",").slice(0, 3)).toEqual(["claim_id", "claim", "stated_on"]);
    expect(lines).toHaveLength(shown + 1);
    expect(lines.find((l) => l.startsWith("cl-fent-57,"))).toContain("2024-04/2024-06,5034.72,2025-04/2025-06,2141,-57.48");
    const es = await fetch(`${BASE_URL}/claims.csv?lang=es`);
    expect(es.headers.get("content-disposition")).toBe('attachment; filename="extradition-atlas_claims_es.csv"');
    expect(
      (await es.text())
        .split("\r\n")
        .find((l) => !l.startsWith("# "))!
        .split(",")[0],
    ).toBe("id_afirmacion");
  });

  it("marks the claims on the homicide chart's picture, with one legend entry linking to the timeline's claims, and names the latest claim in the chart's link preview", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/?v=2&chart=homicides`);
    const plot = page.locator('[data-plot="homicides"] [data-chart-picture]');
    // The picture draws the marks; their tooltips and links come with the live chart.
    await expect(plot.locator("svg.annotation--claim").count()).resolves.toBe(10);
    const figure = page.locator("figure", { has: page.locator('[data-plot="homicides"]') });
    const legend = figure.locator("li", { hasText: "Official claim, at the last month it measured" });
    await expect(legend.count()).resolves.toBe(1);
    await expect(legend.locator("a").getAttribute("href")).resolves.toBe("/timeline?v=2&kind=claim");
    const pictureFill = await plot.locator(".annotation--claim path").first().getAttribute("fill");
    expect(pictureFill).toMatch(/^(#|var\()/);
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description).toMatch(
      /Latest official claim: -44% on Mar 10, 2026, by Mexico's government \([^)]+\); on the claimant's own figures -43\.8%, not an independent check\.$/,
    );
    await context.close();
  });

  it("draws the same marks, in the same colour, on the interactive chart once a reader reaches it", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/?v=2&chart=homicides&range=2024-06..2026-02`);
    const plot = page.locator('[data-plot="homicides"]');
    const pictureFill = await plot.locator("[data-chart-picture] .annotation--claim path").first().getAttribute("fill");
    await plot.scrollIntoViewIfNeeded();
    await plot.hover();
    const live = plot.locator(".recharts-surface path.annotation--claim");
    await live.first().waitFor();
    await expect(live.count()).resolves.toBe(10);
    // recharts passes its own white fill to a shape unless the dot carries the colour.
    await expect(live.first().getAttribute("fill")).resolves.toBe(pictureFill);
    // Each mark is a link to its statement on the timeline, titled, out of the tab order.
    const link = plot.locator(".recharts-surface a", { has: page.locator("path.annotation--claim") }).last();
    await expect(link.locator("title").textContent()).resolves.toBe("Claimed -44% (stated Mar 10, 2026)");
    await expect(link.getAttribute("href")).resolves.toBe("/timeline?v=2&entry=claim-cl-hom-40-2026-03-10#entry-claim-cl-hom-40-2026-03-10");
    await expect(link.getAttribute("tabindex")).resolves.toBe("-1");
    await context.close();
  });
});
