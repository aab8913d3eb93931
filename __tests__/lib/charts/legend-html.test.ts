/** @jest-environment node */
import { chartLegendHtml } from "@/lib/charts/legend-html";
import { LEGEND_MARKS } from "@/lib/legend";
import { ink } from "@/lib/theme/ink";

describe(chartLegendHtml, () => {
  it("chartLegendHtml draws one list item per entry, its sample in the entry's colour before the label", () => {
    const html = chartLegendHtml(LEGEND_MARKS.map((mark) => ({ label: `${mark} label`, color: ink("counted"), mark })));
    const items = html.split("</li>").filter(Boolean);
    expect(items).toHaveLength(LEGEND_MARKS.length);
    for (const [i, item] of items.entries()) {
      expect(item).toMatch(new RegExp(`^<li><svg [^>]*aria-hidden="true">.*var\\(--ink-counted\\).*</svg> <!-- -->${LEGEND_MARKS[i]} label$`));
    }
  });

  it("chartLegendHtml escapes the labels and colours it is given", () => {
    const html = chartLegendHtml([{ label: `<script>"&`, color: `"><script>`, mark: "bar" }]);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;&quot;&amp;");
  });
});
