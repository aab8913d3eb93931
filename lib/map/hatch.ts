/**
 * A square RGBA image of diagonal stripes, for MapLibre's fill-pattern (the Pennsylvania hatch).
 * `size` in pixels; `rgb` 0-255. Pure, so it can be tested and drawn without a canvas.
 */
export function hatchPattern(size: number, rgb: readonly [number, number, number], alpha = 200): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // A stripe where x + y falls on the diagonal, 2 px wide, wrapping so tiles join seamlessly.
      const isStripe = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data[i] = rgb[0];
      data[i + 1] = rgb[1];
      data[i + 2] = rgb[2];
      data[i + 3] = isStripe ? alpha : 0;
    }
  }
  return { width: size, height: size, data };
}
