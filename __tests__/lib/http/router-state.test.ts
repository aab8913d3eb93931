/** @jest-environment node */
import { normalizeRouterState } from "@/lib/http/router-state";

const encode = (tree: unknown) => encodeURIComponent(JSON.stringify(tree));
const EMBED_TREE = ["", { children: ["embed", { children: ["chart", { children: [["id", "fentanyl", "d", null], { children: ["__PAGE__", {}] }] }] }] }];

describe("normalizeRouterState", () => {
  it("accepts trees of the shape Next's client sends and returns them spelled as the client spells them", () => {
    expect(normalizeRouterState(encode(["", { children: ["__PAGE__", {}] }]))).toEqual({ ok: true, value: encode(["", { children: ["__PAGE__", {}] }]) });
    expect(normalizeRouterState(encode(EMBED_TREE))).toEqual({ ok: true, value: encode(EMBED_TREE) });
  });

  it("spells one tree one way: whitespace and needless escapes are gone", () => {
    const spaced = encodeURIComponent('[ "", { "children": [ "__PAGE__", {} ] } ]');
    expect(normalizeRouterState(spaced)).toEqual({ ok: true, value: encode(["", { children: ["__PAGE__", {}] }]) });
    expect(normalizeRouterState(JSON.stringify(["", {}]))).toEqual({ ok: true, value: encode(["", {}]) });
  });

  it.each([
    ["%5B", "not JSON"],
    ["%E0%A4%A", "not JSON"],
    [encode({}), "a node is not an array of 2 to 6 items"],
    [encode([""]), "a node is not an array of 2 to 6 items"],
    [encode([1, {}]), "a segment is neither a string nor [name, key, type, siblings]"],
    [encode([["id", "x", "zz", null], {}]), "a dynamic segment has a bad name, key or type"],
    [encode(["", []]), "a node's children are not an object"],
    [encode(["", { children: ["x", {}, "url"] }]), "a node's url is not [string, string]"],
    [encode(["", {}, null, "sometimes"]), "a node's refresh marker is unknown"],
    [encode(["", {}, null, null, "soon"]), "a node's time is not a number"],
    [encode(["", {}, null, null, null, null, 1]), "a node is not an array of 2 to 6 items"],
    ["x".repeat(40_001), "over 40,000 characters"],
  ])("normalizeRouterState refuses %s: %s", (header, why) => {
    expect(normalizeRouterState(header)).toEqual({ ok: false, why });
  });

  it("refuses a tree nested deeper than any route of the app could be", () => {
    let tree: unknown = ["leaf", {}];
    for (let i = 0; i < 80; i++) tree = ["", { children: tree }];
    expect(normalizeRouterState(encode(tree))).toEqual({ ok: false, why: "nested over 64 levels" });
  });
});
