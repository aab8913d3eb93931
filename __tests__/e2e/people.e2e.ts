import type { Browser, Page } from "playwright-core";
import { runAxe } from "./support/axe";
import { BASE_URL, launchBrowser, saveScreenshot, VIEWPORTS } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The table's rows as [name, transfer] cells. */
async function tableRows(page: Page): Promise<{ name: string; transfer: string }[]> {
  return page
    .locator(".people-table tbody tr")
    .evaluateAll((trs) => trs.map((tr) => ({ name: tr.querySelector("th")!.textContent!.trim(), transfer: tr.querySelector("td")!.textContent!.trim() })));
}

describe("the people page", () => {
  it("opens a link's filters and sort: the counts with their review date, then only that transfer's people by name", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/people?v=2&event=2026-01&sort=name`);
    await expect(page.locator("h1").textContent()).resolves.toBe("What became of the people transferred");
    await expect(page.locator(".people-summary__review").textContent()).resolves.toMatch(
      /Checked against the sources on \w{3} \d{1,2}, \d{4}, covering reporting up to/,
    );
    await expect(page.locator(".people-summary__named").textContent()).resolves.toMatch(/^\d+ of the 92 people transferred are named/);
    const rows = await tableRows(page);
    expect(rows.length).toBeGreaterThan(5);
    expect(new Set(rows.map((r) => r.transfer))).toEqual(new Set(["Jan 20, 2026"]));
    const names = rows.map((r) => r.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("en-US").compare));
    await expect(page.locator('.people-table th[aria-sort="ascending"]').textContent()).resolves.toBe("Name");
    await expect(page.locator(".people-filter select[name=event]").inputValue()).resolves.toBe("2026-01");
    await saveScreenshot(page, "people-desktop");
    await context.close();
  });

  it("filters with the form and sorts with a heading, without JavaScript, each a URL", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/people`);
    const all = (await tableRows(page)).length;
    await page.locator(".people-filter select[name=event]").selectOption("2025-02");
    await Promise.all([page.waitForURL(/event=2025-02/), page.locator(".people-filter button[type=submit]").click()]);
    const first = await tableRows(page);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(all);
    expect(new Set(first.map((r) => r.transfer))).toEqual(new Set(["Feb 27, 2025"]));
    await Promise.all([page.waitForURL(/sort=latest/), page.locator(".people-table thead a", { hasText: "Latest court event" }).click()]);
    expect(new URL(page.url()).searchParams.get("event")).toBe("2025-02");
    await expect(page.locator('.people-table th[aria-sort="descending"]').textContent()).resolves.toBe("Latest court event");
    await saveScreenshot(page, "people-phone-nojs");
    await context.close();
  });

  it("opens a person's case from a deep link: dated court events with their sources' authority, and the way back", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/people?v=2&person=rafael-caro-quintero`);
    await expect(page.locator("h1").textContent()).resolves.toBe("Rafael Caro Quintero");
    await expect(page.title()).resolves.toMatch(/^Rafael Caro Quintero: The case/);
    const events = page.locator(".case-events .case-event");
    expect(await events.count()).toBeGreaterThan(2);
    await expect(events.first().textContent()).resolves.toMatch(/Feb 28, 2025/);
    await expect(page.locator(".case-events").textContent()).resolves.toMatch(/pleaded not guilty/i);
    // Every event cites its sources, each marked with its authority.
    const cites = await events.evaluateAll((lis) => lis.map((li) => li.querySelectorAll(".cite a .cite__authority").length));
    expect(cites.every((n) => n > 0)).toBe(true);
    await expect(page.locator(".person").textContent()).resolves.toMatch(/presumed innocent/);
    await page.locator(".person a", { hasText: "All named people" }).click();
    await page.waitForURL((u) => u.pathname === "/people" && !u.searchParams.has("person"));
    await saveScreenshot(page, "person-phone");
    await context.close();
  });

  it("marks names by what they rest on: 'reported' for a low-authority copy of an official list, with the list named", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/people?v=2&event=2025-08`);
    const row = page.locator("tbody tr", { hasText: "Jose Carlos Guzman Bernal" });
    await expect(row.locator("th .badge--reported").textContent()).resolves.toBe("reported");
    await expect(page.locator(".people-summary__named").textContent()).resolves.toMatch(/and 2 only by low-authority copies of an official list \(reported\)/);
    await row.locator("th a").click();
    await page.waitForURL((u) => u.searchParams.get("person") === "jose-carlos-guzman-bernal");
    await expect(page.locator("h1 .badge--reported").count()).resolves.toBe(1);
    await expect(page.locator(".person__named-by").textContent()).resolves.toMatch(
      /a11 low-authority source.*Official list: The Justice Department's list of the 26/s,
    );
    // The charges those copies give are left out, and so is the court they name.
    await expect(page.locator(".person").textContent()).resolves.toMatch(/Charges\s*not reported/);
    await expect(page.locator(".person__meta").textContent()).resolves.toMatch(/Status: No court reported/);
    await context.close();
  });

  it("a destination's panel on the map lists the people flown there with court and status, each linking to their case and back", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/?v=2&event=2026-01&place=us_san`);
    const person = page.locator(".place-detail .named li", { hasText: "Pedro Inzunza Noriega" });
    await expect(person.textContent()).resolves.toMatch(/status: Pleaded not guilty unconfirmed/);
    await expect(person.textContent()).resolves.toMatch(/court: S\.D\. Cal\./);
    await person.locator("a", { hasText: "Pedro Inzunza Noriega" }).click();
    await page.waitForURL((u) => u.pathname === "/people" && u.searchParams.get("person") === "pedro-inzunza-noriega");
    await expect(page.locator("h1").textContent()).resolves.toBe("Pedro Inzunza Noriega");
    await page.locator(".person a", { hasText: "See the transfer on the map" }).click();
    await page.waitForURL((u) => u.pathname === "/" && u.searchParams.get("event") === "2026-01" && u.searchParams.get("place") === "us_san");
    await expect(page.locator(".place-detail").getAttribute("data-place")).resolves.toBe("us_san");
    await context.close();
  });

  it("reads in Spanish, a person's case included", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/people?v=2&lang=es`);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("es");
    await expect(page.locator("h1").textContent()).resolves.toBe("Qué pasó con las personas trasladadas");
    await expect(page.locator(".people-summary__review").textContent()).resolves.toMatch(/^Cotejado con las fuentes el/);
    await page.goto(`${BASE_URL}/people?v=2&lang=es&person=rafael-caro-quintero`);
    await expect(page.locator(".case-events").textContent()).resolves.toMatch(/se declaró no culpable/i);
    await saveScreenshot(page, "person-es-desktop");
    await context.close();
  });

  it("ignores a person or court that is not in the data, and keeps the rest of the link", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    const response = await page.goto(`${BASE_URL}/people?v=2&person=nobody-here&court=<b>x</b>&event=2025-08`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1").textContent()).resolves.toBe("What became of the people transferred");
    expect(new Set((await tableRows(page)).map((r) => r.transfer))).toEqual(new Set(["Aug 12, 2025"]));
    await expect(page.locator(".url-notice").textContent()).resolves.toMatch(/person/);
    await context.close();
  });

  it("downloads the table of a view as CSV with every source's URL", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/people?v=2&event=2025-08`);
    const shown = (await tableRows(page)).length;
    const href = await page.locator(`a[href^="/people.csv"]`).getAttribute("href");
    expect(href).toBe("/people.csv?v=2&event=2025-08");
    const response = await page.request.get(`${BASE_URL}${href}`);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const lines = (await response.text()).split("\r\n").filter((l) => l && !l.startsWith("#"));
    expect(lines[0]).toBe("id,name,transfer_date,alleged_organization,courts,status,latest_court_event,source_urls,atlas_link");
    expect(lines).toHaveLength(shown + 1);
    expect(lines.slice(1).every((l) => /,2025-08-12,/.test(l) && /https?:\/\//.test(l))).toBe(true);
    await context.close();
  });

  for (const path of [
    "/people",
    "/people?v=2&person=rafael-caro-quintero&lang=es",
    "/embed/people?v=2&event=2025-08&lang=es",
    "/embed/people?v=2&person=jose-carlos-guzman-bernal",
    "/?v=2&event=2026-01&place=us_san",
  ]) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      it(`axe finds nothing on ${path} (${name})`, async () => {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        await page.goto(`${BASE_URL}${path}`);
        expect(await runAxe(page)).toEqual([]);
        await context.close();
      });
    }
  }
});
