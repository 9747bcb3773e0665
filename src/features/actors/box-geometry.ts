/**
 * Plane geometry of boxes (given by their centre and size) and polylines: the few primitives
 * the diagram's layout and its checker share.
 */
import type { Point } from './layout-designs';
import type { Box } from './layout-types';

/** Where a ray from the box's centre towards a point leaves the box (plus a margin). */
export function exitPoint(box: Box, toward: Point, margin: number): Point {
  const dx = toward[0] - box.x;
  const dy = toward[1] - box.y;
  const hw = box.width / 2 + margin;
  const hh = box.height / 2 + margin;
  const t = Math.min(hw / Math.max(Math.abs(dx), 1e-9), hh / Math.max(Math.abs(dy), 1e-9));
  return [box.x + dx * t, box.y + dy * t];
}

/** The point at t of the quadratic Bézier curve from s to e with control point c. */
export function quadratic(s: Point, c: Point, e: Point, t: number): Point {
  const u = 1 - t;
  return [
    u * u * s[0] + 2 * u * t * c[0] + t * t * e[0],
    u * u * s[1] + 2 * u * t * c[1] + t * t * e[1],
  ];
}

/** A polyline as its segments. */
export function segmentsOf(points: readonly Point[]): [Point, Point][] {
  return points.slice(1).map((p, i) => [points[i]!, p]);
}

/** The point at a fraction of a polyline's length. */
export function pointAt(points: readonly Point[], fraction: number): Point {
  const lengths = segmentsOf(points).map(([a, b]) => Math.hypot(b[0] - a[0], b[1] - a[1]));
  let rest = fraction * lengths.reduce((sum, l) => sum + l, 0);
  for (const [i, l] of lengths.entries()) {
    if (rest <= l || i === lengths.length - 1) {
      const a = points[i]!;
      const b = points[i + 1]!;
      const t = l ? Math.min(rest / l, 1) : 0;
      return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    }
    rest -= l;
  }
  return points[0]!;
}

/** Whether a segment touches a box (grown by a margin): Liang–Barsky clipping. */
export function segmentHitsBox(p: Point, q: Point, box: Box, margin: number): boolean {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const range = { t0: 0, t1: 1 };
  return (
    clip(-dx, p[0] - (box.x - box.width / 2 - margin), range) &&
    clip(dx, box.x + box.width / 2 + margin - p[0], range) &&
    clip(-dy, p[1] - (box.y - box.height / 2 - margin), range) &&
    clip(dy, box.y + box.height / 2 + margin - p[1], range)
  );
}

function clip(pk: number, qk: number, range: { t0: number; t1: number }): boolean {
  if (pk === 0) return qk >= 0;
  const t = qk / pk;
  if (pk < 0) range.t0 = Math.max(range.t0, t);
  else range.t1 = Math.min(range.t1, t);
  return range.t0 <= range.t1;
}

/** How far two boxes (grown by a gap) overlap along x and along y; not at all unless both > 0. */
export function overlap(a: Box, b: Box, gap: number): [number, number] {
  const ox = (a.width + b.width) / 2 + gap - Math.abs(a.x - b.x);
  const oy = (a.height + b.height) / 2 + gap - Math.abs(a.y - b.y);
  return [ox, oy];
}

/** Whether two boxes, one grown by a gap, overlap. */
export function intersects(a: Box, b: Box, gap = 0): boolean {
  const [ox, oy] = overlap(a, b, gap);
  return ox > 0 && oy > 0;
}

/** Whether a box lies inside the picture, kept a margin from its edges. */
export function within(box: Box, width: number, height: number, margin = 0): boolean {
  return (
    box.x - box.width / 2 >= margin &&
    box.y - box.height / 2 >= margin &&
    box.x + box.width / 2 <= width - margin &&
    box.y + box.height / 2 <= height - margin
  );
}
