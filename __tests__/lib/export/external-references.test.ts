/** @jest-environment node */
import { findExternalReferences } from "@/lib/export/external-references";

describe("findExternalReferences", () => {
  const cases = [
    { svg: '<svg xmlns="http://www.w3.org/2000/svg"><use href="#a"/></svg>', expected: [] },
    { svg: '<image href="data:image/png;base64,AAAA"/>', expected: [] },
    { svg: '<path clip-path="url(#c)" style="clip-path: url(&quot;#c&quot;)"/>', expected: [] },
    { svg: '<image href="https://x.example/a.png"/>', expected: ["https://x.example/a.png"] },
    { svg: "<image xlink:href='http://x.example/b.png'/>", expected: ["http://x.example/b.png"] },
    { svg: '<image src="img/c.png"/>', expected: ["img/c.png"] },
    { svg: "<style>@font-face { src: url('https://f.example/i.woff2') }</style>", expected: ["https://f.example/i.woff2"] },
    { svg: '<style>@import "https://f.example/s.css";</style>', expected: ["https://f.example/s.css"] },
    { svg: '<rect fill="url(https://x.example/p.svg#h)"/><rect fill="url(https://x.example/p.svg#h)"/>', expected: ["https://x.example/p.svg#h"] },
  ];
  it.each(cases)("findExternalReferences($svg) -> $expected", ({ svg, expected }) => {
    expect(findExternalReferences(svg)).toEqual(expected);
  });
  it("findExternalReferences ignores URLs written as text", () => {
    expect(findExternalReferences("<text>https://extradition-atlas.example/?chart=fentanyl</text>")).toEqual([]);
  });
});
