/** @jest-environment node */
import { placeLabels, type LabelCandidate } from "@/lib/og/place-labels";
import { estimateTextWidthPx } from "@/lib/text-width";

const AREA = { x: 0, y: 0, width: 400, height: 300 };

function makeCandidate(over: Partial<LabelCandidate>): LabelCandidate {
  return { id: "a", text: "Houston*", x: 100, y: 100, radiusPx: 6, isSelected: false, ...over };
}

describe(placeLabels, () => {
  it("placeLabels puts a free label to the right of its marker", () => {
    const [label] = placeLabels([makeCandidate({})], { sizePx: 12, area: AREA });
    expect(label).toMatchObject({ id: "a", anchor: "start", y: 100 });
    expect(label!.x).toBeGreaterThan(106);
  });

  it("placeLabels moves a label to the left when its marker sits at the right edge of the area", () => {
    const [label] = placeLabels([makeCandidate({ x: 390 })], { sizePx: 12, area: AREA });
    expect(label?.anchor).toBe("end");
  });

  it("placeLabels gives the second of two close markers another spot, never an overlapping one", () => {
    const labels = placeLabels([makeCandidate({ id: "a" }), makeCandidate({ id: "b", y: 104 })], { sizePx: 12, area: AREA });
    const [a, b] = labels.map((l) => l.box);
    expect(labels).toHaveLength(2);
    const overlap = a!.x < b!.x + b!.width && b!.x < a!.x + a!.width && a!.y < b!.y + b!.height && b!.y < a!.y + a!.height;
    expect(overlap).toBe(false);
  });

  it("placeLabels leaves out a label that has no free spot, but always labels the selected place", () => {
    const crowd = [0, 1, 2, 3, 4].map((i) => makeCandidate({ id: `p${i}`, x: 100 + i, y: 100 + i }));
    expect(placeLabels(crowd, { sizePx: 12, area: AREA }).length).toBeLessThan(crowd.length);
    const selected = makeCandidate({ id: "s", x: 101, y: 101, isSelected: true });
    expect(placeLabels([...crowd, selected], { sizePx: 12, area: AREA }).map((l) => l.id)).toContain("s");
  });

  it("placeLabels keeps every label box inside the area", () => {
    const labels = placeLabels([makeCandidate({ x: 5, y: 5 }), makeCandidate({ id: "b", x: 395, y: 295 })], { sizePx: 12, area: AREA });
    for (const { box } of labels) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(400);
      expect(box.y + box.height).toBeLessThanOrEqual(300);
    }
  });
});

describe(estimateTextWidthPx, () => {
  it("estimateTextWidthPx rates capitals wider than lower case and bold wider than regular", () => {
    expect(estimateTextWidthPx("HPN", 10, false)).toBeGreaterThan(estimateTextWidthPx("hpn", 10, false));
    expect(estimateTextWidthPx("Houston", 10, true)).toBeGreaterThan(estimateTextWidthPx("Houston", 10, false));
  });
});
