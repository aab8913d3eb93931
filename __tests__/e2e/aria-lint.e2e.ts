// The rendered HTML through html-validate's recommended rules: ARIA (no name on an element that
// cannot take one, native elements before roles), structure and the rest. Only what React writes
// its own way is left out: attribute casing and boolean or empty attribute style, void element
// style, inline style attributes (the map's positions), and ids such as React's "_R_" (HTML allows
// any id without spaces; valid-id is kept in its relaxed form).
import { HtmlValidate, type Message } from "html-validate";
import { BASE_URL } from "./support/browser";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    "attr-case": "off",
    "attribute-boolean-style": "off",
    "attribute-empty-style": "off",
    "void-style": "off",
    "no-inline-style": "off",
    "valid-id": ["error", { relaxed: true }],
  },
});

const PATHS = ["/", "/?v=2&event=2026-01&place=us_houston&chart=fentanyl&table=1", "/sources", "/?lang=es", "/embed/map", "/embed/chart/fentanyl"];

describe("the rendered HTML passes an ARIA and HTML lint", () => {
  it.each(PATHS)("%s has no html-validate error", async (path) => {
    const html = await (await fetch(`${BASE_URL}${path}`)).text();
    const report = await validator.validateString(html);
    const problems = report.results.flatMap((r) => r.messages).map((m: Message) => `${m.ruleId}: ${m.message} (${m.selector ?? `line ${m.line}`})`);
    expect(problems).toEqual([]);
  });

  it("the lint sees a name on a plain span (it would catch one)", async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><main><span aria-label="Sources: s01">s01</span></main></body></html>',
    );
    expect(report.results.flatMap((r) => r.messages).map((m) => m.ruleId)).toContain("aria-label-misuse");
  });
});
