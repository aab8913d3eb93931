/** @jest-environment node */
import { compactPathContext } from "@/lib/map/compact-path";

/** Reads a compact path back into absolute points per subpath (M, l with implicit repeats, z). */
function decode(d: string): [number, number][][] {
  const tokens = d.match(/[MlzZ]|-?\d+/g) ?? [];
  const paths: [number, number][][] = [];
  let [x, y] = [0, 0];
  let command = "";
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    if (/[MlzZ]/.test(t)) {
      command = t;
      i++;
      if (t === "z" || t === "Z") continue;
    }
    const [a, b] = [Number(tokens[i]), Number(tokens[i + 1])];
    i += 2;
    if (command === "M") {
      [x, y] = [a, b];
      paths.push([[x, y]]);
    } else {
      [x, y] = [x + a, y + b];
      paths.at(-1)!.push([x, y]);
    }
  }
  return paths;
}

describe(compactPathContext, () => {
  it("compactPathContext writes relative steps that add back up to the rounded points, without drift", () => {
    const points: [number, number][] = [
      [10.4, 20.6],
      [13.2, 18.1],
      [13.9, 18.2],
      [7.5, 30.5],
      [-4.6, -2.4],
      [100.49, 0.51],
    ];
    const ctx = compactPathContext();
    ctx.moveTo(...points[0]!);
    for (const p of points.slice(1)) ctx.lineTo(...p);
    const d = ctx.result();
    expect(d).toMatch(/^M10 21l/);
    const expected = points.map(([x, y]) => [Math.round(x), Math.round(y)]);
    // 13.9 rounds to 14 and 18.2 to 18: one step; no point is lost unless it repeats the last one.
    expect(decode(d)[0]).toEqual(expected);
  });

  it("compactPathContext skips zero-length steps, closes rings and resets after result()", () => {
    const ctx = compactPathContext();
    ctx.moveTo(0, 0);
    ctx.lineTo(0.2, 0.3);
    ctx.lineTo(5, 0);
    ctx.lineTo(5, 5);
    ctx.closePath();
    ctx.moveTo(20, 20);
    ctx.lineTo(18, 21);
    expect(ctx.result()).toBe("M0 0l5 0 0 5zM20 20l-2 1");
    expect(ctx.result()).toBe("");
  });
});
