/** @jest-environment node */
import { getMessages } from "@/lib/i18n/messages";
import { fillTemplate, IGNORE_REASONS_EN } from "@/lib/url/ignore-reasons";
import { parseViewState } from "@/lib/url/view-state";

describe("ignore reasons", () => {
  it("fills a template's names from its values and leaves unknown names as written", () => {
    expect(fillTemplate("zoom must be {min}-{max}", { min: 0, max: 22 })).toBe("zoom must be 0-22");
    expect(fillTemplate("cover {from}..{to}", { from: "2018-01" })).toBe("cover 2018-01..{to}");
  });

  it("the parser's English `why` is the English catalogue's wording of its code", () => {
    const ctx = { eventIds: [], placeIds: [], months: { from: "2018-01", to: "2026-04" } };
    const { ignored } = parseViewState(new URLSearchParams("v=2&map=99/0/0&event=nope&range=1990-01..1990-02&table=x"), ctx);
    expect(ignored.map((i) => i.code)).toEqual(["zoomRange", "noSuchTransfer", "rangeNoData", "flag"]);
    for (const i of ignored) expect(fillTemplate(getMessages("en").notice.reasons[i.code], i.args)).toBe(i.why);
  });

  it("Spanish words every reason in Spanish, with the same values", () => {
    const es = getMessages("es").notice.reasons;
    for (const code of Object.keys(IGNORE_REASONS_EN) as (keyof typeof IGNORE_REASONS_EN)[]) {
      expect({ code, es: es[code] }).not.toEqual({ code, es: IGNORE_REASONS_EN[code] });
      expect({ code, names: es[code].match(/\{\w+\}/g)?.sort() }).toEqual({ code, names: IGNORE_REASONS_EN[code].match(/\{\w+\}/g)?.sort() });
    }
  });
});
