/** @jest-environment node */
import { hatchPattern } from "@/lib/map/hatch";

const alphaAt = (img: { width: number; data: Uint8Array }, x: number, y: number) => img.data[(y * img.width + x) * 4 + 3];

describe(hatchPattern, () => {
  it("hatchPattern returns a size x size RGBA image", () => {
    for (const size of [1, 4, 8, 16]) {
      const img = hatchPattern(size, [0, 158, 115]);
      expect({ size, width: img.width, height: img.height, bytes: img.data.length }).toEqual({ size, width: size, height: size, bytes: size * size * 4 });
    }
  });

  it("hatchPattern paints every pixel in the given colour", () => {
    const img = hatchPattern(8, [0, 158, 115]);
    for (let i = 0; i < img.data.length; i += 4) {
      expect({ pixel: i / 4, rgb: [img.data[i], img.data[i + 1], img.data[i + 2]] }).toEqual({ pixel: i / 4, rgb: [0, 158, 115] });
    }
  });

  it("hatchPattern makes stripe pixels opaque at the default alpha of 200 and the rest transparent", () => {
    const img = hatchPattern(8, [0, 0, 0]);
    expect(new Set(Array.from({ length: 64 }, (_, p) => img.data[p * 4 + 3]))).toEqual(new Set([0, 200]));
  });

  it("hatchPattern draws 2-pixel diagonal stripes where (x + y) mod size < 2", () => {
    const size = 8;
    const img = hatchPattern(size, [0, 0, 0], 255);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const expected = (x + y) % size < 2 ? 255 : 0;
        expect({ x, y, alpha: alphaAt(img, x, y) }).toEqual({ x, y, alpha: expected });
      }
    }
  });

  it("hatchPattern puts exactly 2 stripe pixels in every row and every column", () => {
    const size = 10;
    const img = hatchPattern(size, [1, 2, 3], 90);
    for (let k = 0; k < size; k++) {
      let row = 0;
      let col = 0;
      for (let j = 0; j < size; j++) {
        if (alphaAt(img, j, k) === 90) row++;
        if (alphaAt(img, k, j) === 90) col++;
      }
      expect({ k, row, col }).toEqual({ k, row: 2, col: 2 });
    }
  });

  it("hatchPattern tiles seamlessly: each stripe continues into the neighbouring tile along its diagonal", () => {
    const size = 8;
    const img = hatchPattern(size, [0, 0, 0]);
    // Stripes run up-right (x + y constant). Right edge (size-1, y) continues at (0, y-1) of the tile to the right;
    // bottom edge (x, size-1) continues at (x-1, 0) of the tile below.
    for (let k = 1; k < size; k++) {
      expect({ k, edge: "right", here: alphaAt(img, size - 1, k) }).toEqual({ k, edge: "right", here: alphaAt(img, 0, k - 1) });
      expect({ k, edge: "bottom", here: alphaAt(img, k, size - 1) }).toEqual({ k, edge: "bottom", here: alphaAt(img, k - 1, 0) });
    }
  });

  it("hatchPattern uses the alpha given for the stripes", () => {
    const img = hatchPattern(4, [0, 0, 0], 77);
    expect(alphaAt(img, 0, 0)).toBe(77);
    expect(alphaAt(img, 2, 0)).toBe(0);
  });
});
