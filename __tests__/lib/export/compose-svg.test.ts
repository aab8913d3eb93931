/** @jest-environment node */
import { JSDOM } from "jsdom";
import { estimateTextWidthPx } from "@/lib/text-width";
import { buildChartExportLayout, composeChartSvg, findExternalReferences, type ChartExportMeta, type ComposeChartSvgInput } from "@/lib/export/compose-svg";
import { fontFaceCss } from "@/lib/export/font";
import { EXPORT_SIZES, EXPORT_THEMES } from "@/lib/export/presets";

const makeMeta = (overrides: Partial<ChartExportMeta> = {}): ChartExportMeta => ({
  title: "Fentanyl seized at the southwest border",
  subtitle: "Pounds per month",
  legend: [
    { label: "Seized (CBP)", color: "#57606a", mark: "line" },
    { label: "Stated by officials", color: "#CC79A7", mark: "dashed" },
    { label: "Not reported", color: "#0072B2", mark: "hollow" },
    { label: "Fiscal year", color: "#009E73", mark: "bar" },
    { label: "Partial year", color: "#D55E00", mark: "hatched" },
  ],
  sourceLine: "Source: U.S. Customs and Border Protection, Drug Seizure Statistics FY2019-FY2026",
  asOf: "2026-11-30",
  link: "https://extradition-atlas.example/?v=2&chart=fentanyl&scope=nationwide",
  ...overrides,
});

/** A recharts-like plot, as the browser would serialize it with outerHTML, at the given size. */
function makePlotSvg(width: number, height: number): string {
  return [
    `<svg class="recharts-surface" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="width: 100%; height: 100%;">`,
    `<defs><clipPath id="recharts1-clip"><rect x="60" y="5" width="${width - 65}" height="${height - 35}"></rect></clipPath></defs>`,
    `<g class="recharts-cartesian-grid"><line stroke="#ccc" x1="60" y1="10" x2="${width - 5}" y2="10"></line></g>`,
    `<g class="recharts-layer recharts-line"><path clip-path="url(#recharts1-clip)" style="clip-path: url(&quot;#recharts1-clip&quot;);" d="M60,50L200,80" stroke="#57606a" fill="none"></path></g>`,
    `<g class="recharts-cartesian-axis"><line class="recharts-cartesian-axis-line" stroke="#666" x1="60" y1="${height - 30}" x2="${width - 5}" y2="${height - 30}"></line>`,
    `<text class="recharts-text" x="50" y="15" fill="#666"><tspan x="50" dy="0.355em">1&nbsp;000</tspan></text></g>`,
    `</svg>`,
  ].join("");
}

function makeInput(overrides: Partial<ComposeChartSvgInput> = {}): ComposeChartSvgInput {
  const { width, height } = overrides.width && overrides.height ? { width: overrides.width, height: overrides.height } : EXPORT_SIZES.social;
  const meta = overrides.meta ?? makeMeta();
  const { plot } = buildChartExportLayout({ width, height, meta });
  return {
    plotSvg: makePlotSvg(plot.width, plot.height),
    width,
    height,
    meta,
    theme: EXPORT_THEMES.light,
    fontCss: fontFaceCss("Inter", 400, "AAAA"),
    ...overrides,
  };
}

/** Parses as XML (jsdom's DOMParser is a strict XML parser); throws on a parse error. */
function parseSvg(svg: string): Document {
  const { DOMParser } = new JSDOM("").window;
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

const textOf = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((el) => el.textContent ?? "");

describe("composeChartSvg", () => {
  it("composeChartSvg writes a standalone SVG document of the requested size", () => {
    const svg = composeChartSvg(makeInput());
    const root = parseSvg(svg).documentElement;
    expect(root.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect([root.getAttribute("width"), root.getAttribute("height"), root.getAttribute("viewBox")]).toEqual(["1200", "630", "0 0 1200 630"]);
  });

  it.each(["light", "dark", "transparent"] as const)("composeChartSvg output on the %s theme parses as XML", (background) => {
    expect(() => parseSvg(composeChartSvg(makeInput({ theme: EXPORT_THEMES[background] })))).not.toThrow();
  });

  it("composeChartSvg draws the title, subtitle, legend labels, source, date and link as text", () => {
    const doc = parseSvg(composeChartSvg(makeInput()));
    const meta = makeMeta();
    expect(textOf(doc, ".export-title")).toEqual([meta.title]);
    expect(textOf(doc, ".export-subtitle")).toEqual([meta.subtitle]);
    expect(textOf(doc, ".export-legend-label")).toEqual(meta.legend.map((item) => item.label));
    const footer = textOf(doc, ".export-footer").join("\n");
    expect(footer).toContain(meta.sourceLine);
    expect(footer).toContain("Data as of 2026-11-30");
    expect(footer).toContain(meta.link);
  });

  it("composeChartSvg escapes markup characters in every text", () => {
    const meta = makeMeta({
      title: `A < B & "C"`,
      subtitle: "it's > 0",
      legend: [{ label: "<b>x</b>", color: "#000000", mark: "bar" }],
      link: "https://x.example/?a=1&b=2",
    });
    const svg = composeChartSvg(makeInput({ meta }));
    expect(svg).toContain("A &lt; B &amp; &quot;C&quot;");
    expect(svg).toContain("it&apos;s &gt; 0");
    expect(svg).not.toContain("<b>");
    const doc = parseSvg(svg);
    expect(textOf(doc, ".export-title")).toEqual([`A < B & "C"`]);
    expect(textOf(doc, "title")).toContain(`A < B & "C"`);
    expect(textOf(doc, ".export-footer").join(" ")).toContain("https://x.example/?a=1&b=2");
  });

  it("composeChartSvg output references nothing outside itself", () => {
    expect(findExternalReferences(composeChartSvg(makeInput()))).toEqual([]);
  });

  it("composeChartSvg refuses fontCss that would fetch a font", () => {
    const fontCss = `@font-face { font-family: "Inter"; src: url(https://fonts.example/inter.woff2) format("woff2"); }`;
    expect(() => composeChartSvg(makeInput({ fontCss }))).toThrow("https://fonts.example/inter.woff2");
  });

  it("composeChartSvg inlines fontCss and theme rules for recharts text, grid and axes", () => {
    const svg = composeChartSvg(makeInput({ theme: EXPORT_THEMES.dark, fontCss: fontFaceCss("Inter", 700, "AAAA") }));
    const css = textOf(parseSvg(svg), "style").join("");
    expect(css).toContain("src: url(data:font/woff2;base64,AAAA)");
    expect(css).toMatch(/text, \.recharts-text \{ fill: #b1bac4; font-family: Inter/);
    expect(css).toContain(`.recharts-cartesian-grid line, .export-plot .recharts-polar-grid line { stroke: ${EXPORT_THEMES.dark.grid}; }`);
    expect(css).toContain(`.recharts-cartesian-axis-tick-line { stroke: ${EXPORT_THEMES.dark.axis}; }`);
  });

  it("composeChartSvg paints the background except on the transparent theme", () => {
    const fillOf = (theme: keyof typeof EXPORT_THEMES) =>
      parseSvg(composeChartSvg(makeInput({ theme: EXPORT_THEMES[theme] })))
        .querySelector(".export-background")
        ?.getAttribute("fill") ?? null;
    expect([fillOf("light"), fillOf("dark"), fillOf("transparent")]).toEqual(["#ffffff", "#0d1117", null]);
  });

  it("composeChartSvg moves the plot into the layout's plot box and keeps its defs working", () => {
    const input = makeInput({ ...EXPORT_SIZES.slide });
    const { plot } = buildChartExportLayout(input);
    const doc = parseSvg(composeChartSvg(input));
    const nested = doc.querySelector("svg.export-plot")!;
    expect(["x", "y", "width", "height"].map((a) => Number(nested.getAttribute(a)))).toEqual([plot.x, plot.y, plot.width, plot.height]);
    expect(nested.getAttribute("viewBox")).toBe(`0 0 ${plot.width} ${plot.height}`);
    expect(nested.getAttribute("style")).toBeNull();
    expect(nested.getAttribute("class")).toBe("export-plot recharts-surface");
    expect(nested.querySelector("clipPath")?.getAttribute("id")).toBe("recharts1-clip");
    expect(nested.querySelector(".recharts-text")?.textContent).toBe("1\u00a0000");
  });

  it("composeChartSvg draws a shape for every legend mark and a pattern for hatched ones", () => {
    const doc = parseSvg(composeChartSvg(makeInput()));
    const legend = doc.querySelector(".export-legend")!;
    expect(legend.querySelectorAll("line")).toHaveLength(2);
    expect(legend.querySelector("line[stroke-dasharray]")).not.toBeNull();
    expect(legend.querySelector("circle")?.getAttribute("fill")).toBe("none");
    const hatched = legend.querySelector('rect[fill^="url(#"]')!;
    const patternId = /url\(#(.+)\)/.exec(hatched.getAttribute("fill")!)![1]!;
    expect(doc.querySelector("defs > pattern")?.getAttribute("id")).toBe(patternId);
  });

  it("composeChartSvg wraps a long source line inside the width and keeps the date and link whole", () => {
    const sourceLine = `Sources: ${"SESNSP victim counts, INEGI death records, CBP seizure statistics; ".repeat(6)}`;
    const doc = parseSvg(composeChartSvg(makeInput({ meta: makeMeta({ sourceLine }) })));
    const lines = textOf(doc, ".export-footer");
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.at(-2)!.endsWith("\u2026")).toBe(true);
    expect(lines.at(-1)).toBe(`Data as of 2026-11-30 \u00b7 ${makeMeta().link}`);
    const { footer } = buildChartExportLayout(makeInput());
    for (const line of lines) expect(estimateTextWidthPx(line, footer.fontSizePx)).toBeLessThanOrEqual(footer.width);
  });

  it("composeChartSvg refuses meta without a source line, naming the field", () => {
    expect(() => composeChartSvg(makeInput({ meta: makeMeta({ sourceLine: " " }) }))).toThrow("meta.sourceLine");
  });
});

describe("buildChartExportLayout", () => {
  it("buildChartExportLayout drops the subtitle box when the subtitle is blank", () => {
    expect(buildChartExportLayout({ ...EXPORT_SIZES.social, meta: makeMeta({ subtitle: "" }) }).subtitle).toBeNull();
  });
});
