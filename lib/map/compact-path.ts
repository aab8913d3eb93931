/**
 * A d3-geo path context that writes the shortest SVG path it can for integer pixel coordinates:
 * one absolute move per ring or line, then relative steps with implicit commands
 * ("M120 40l3-2 4 1z"), so a coastline costs about half of d3's absolute "L123,456" output.
 * Coordinates are rounded once, and steps go from the last rounded point, so errors never add up.
 * Usage: `const ctx = compactPathContext(); geoPath(projection, ctx)(feature); ctx.result()`.
 */
export interface CompactPathContext {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  arc(x: number, y: number, radius: number): void;
  beginPath(): void;
  /** The path written since the last call (and resets it); "" when nothing was drawn. */
  result(): string;
}

/** "3" and "-2" joined as "3-2": a minus sign is its own separator. */
const joinPair = (dx: number, dy: number) => `${dx}${dy < 0 ? "" : " "}${dy}`;

export function compactPathContext(): CompactPathContext {
  let out = "";
  let [lastX, lastY] = [0, 0];
  let isInLine = false;
  return {
    moveTo(x, y) {
      [lastX, lastY] = [Math.round(x), Math.round(y)];
      out += `M${lastX} ${lastY}`;
      isInLine = false;
    },
    lineTo(x, y) {
      const [rx, ry] = [Math.round(x), Math.round(y)];
      const [dx, dy] = [rx - lastX, ry - lastY];
      if (dx === 0 && dy === 0) return;
      const pair = joinPair(dx, dy);
      out += isInLine ? (dx < 0 ? pair : ` ${pair}`) : `l${pair}`;
      [lastX, lastY, isInLine] = [rx, ry, true];
    },
    closePath() {
      out += "z";
      isInLine = false;
    },
    arc() {
      // Points (Point features) are not drawn as paths here.
    },
    beginPath() {},
    result() {
      const d = out;
      out = "";
      isInLine = false;
      return d;
    },
  };
}
