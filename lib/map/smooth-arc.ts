/**
 * A projected great circle as one cubic Bezier through its ends and the points at 1/3 and 2/3:
 * the curve is smooth at these scales (well under a pixel off), and 30 bytes instead of 65 points.
 * Coordinates are rounded to whole units; "" when a point could not be projected or there are
 * fewer than four. Example: smoothArcPath(points) === "M120 40C180 10 260 12 320 44"
 */
export function smoothArcPath(points: readonly [number, number][]): string {
  const n = points.length - 1;
  if (n < 3 || points.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y))) return "";
  const [p0, q1, q2, p3] = [points[0]!, points[Math.round(n / 3)]!, points[Math.round((2 * n) / 3)]!, points[n]!];
  const t1 = Math.round(n / 3) / n;
  const t2 = Math.round((2 * n) / 3) / n;
  // Solve B(t1) = q1, B(t2) = q2 for the two inner control points (Cramer's rule, per axis).
  const b = (t: number) => [(1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t ** 3] as const;
  const [a0, a1, a2, a3] = b(t1);
  const [c0, c1, c2, c3] = b(t2);
  const det = a1 * c2 - a2 * c1;
  const solve = (axis: 0 | 1) => {
    const r1 = q1[axis] - a0 * p0[axis] - a3 * p3[axis];
    const r2 = q2[axis] - c0 * p0[axis] - c3 * p3[axis];
    return [(r1 * c2 - a2 * r2) / det, (a1 * r2 - r1 * c1) / det] as const;
  };
  const [x1, x2] = solve(0);
  const [y1, y2] = solve(1);
  const r = Math.round;
  return `M${r(p0[0])} ${r(p0[1])}C${r(x1)} ${r(y1)} ${r(x2)} ${r(y2)} ${r(p3[0])} ${r(p3[1])}`;
}
