/**
 * The label placer's first stage: each label slides along its own line to the least crowded
 * place (a few rounds, so that labels placed early can make way for later ones).
 */
import { pointAt, segmentHitsBox } from './box-geometry';
import { LABEL_GAP, type LabelNode } from './label-forces';
import type { Point } from './layout-designs';
import type { NodeLayout } from './layout-types';

/** A segment of a drawn line, with its bounding box, and the index of the label it carries. */
export interface OwnedSegment {
  /** The label's index for an edge's line; negative for a line without a label (a tether). */
  owner: number;
  seg: [Point, Point];
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

export function ownedSegment(owner: number) {
  return (seg: [Point, Point]): OwnedSegment => ({
    owner,
    seg,
    minX: Math.min(seg[0][0], seg[1][0]),
    maxX: Math.max(seg[0][0], seg[1][0]),
    minY: Math.min(seg[0][1], seg[1][1]),
    maxY: Math.max(seg[0][1], seg[1][1]),
  });
}

/** Fractions of its line where a label may sit, from the middle outwards. */
const SLIDE = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75];

export function slideLabels(
  labels: LabelNode[],
  linesOf: readonly (readonly Point[])[],
  nodes: readonly NodeLayout[],
  segments: readonly OwnedSegment[],
  size: { width: number; height: number },
) {
  /** What is wrong with a label at (x, y): overflow, covered nodes and labels, crossed lines. */
  const penalty = (label: LabelNode, x: number, y: number, bound: number) => {
    const hw = label.width / 2;
    const hh = label.height / 2;
    let c =
      (Math.max(0, hw + 2 - x, x + hw + 2 - size.width) +
        Math.max(0, hh + 2 - y, y + hh + 2 - size.height)) *
      60;
    for (const n of nodes) {
      if (
        Math.abs(n.x - x) < hw + n.width / 2 + LABEL_GAP &&
        Math.abs(n.y - y) < hh + n.height / 2 + LABEL_GAP
      ) {
        c += 2000;
      }
    }
    for (const other of labels) {
      if (
        other !== label &&
        Math.abs(other.x - x) < hw + other.width / 2 + LABEL_GAP &&
        Math.abs(other.y - y) < hh + other.height / 2 + LABEL_GAP
      ) {
        c += 2000;
      }
    }
    if (c >= bound) return c;
    const left = x - hw - 2;
    const right = x + hw + 2;
    const top = y - hh - 2;
    const bottom = y + hh + 2;
    for (const { owner, seg, minX, maxX, minY, maxY } of segments) {
      // Most segments are nowhere near: a bounding-box test first.
      if (owner === label.index || maxX < left || minX > right || maxY < top || minY > bottom) {
        continue;
      }
      if (segmentHitsBox(seg[0], seg[1], { x, y, width: label.width, height: label.height }, 2)) {
        c += 600;
        if (c >= bound) return c;
      }
    }
    return c;
  };
  // On the line, or beside it with an edge of the label on the line.
  const candidatesOf = labels.map((label) => {
    const points = linesOf[label.index]!;
    const dx = label.width / 2 - 1;
    const dy = label.height / 2 - 1;
    return [
      [label.tx, label.ty],
      ...SLIDE.flatMap((f) => {
        const [x, y] = pointAt(points, f);
        return [
          [x, y],
          [x, y - dy],
          [x, y + dy],
          [x - dx, y],
          [x + dx, y],
        ] as Point[];
      }),
    ] as Point[];
  });
  // The candidates come in order of preference: the first without a conflict wins; if every
  // one has some, the least bad (counting the distance from the middle) does.
  for (let round = 0; round < 2; round++) {
    for (const label of labels) {
      if (penalty(label, label.x, label.y, 1) === 0) continue;
      let best = Infinity;
      for (const [x, y] of candidatesOf[label.index]!) {
        const distance = Math.hypot(x - label.tx, y - label.ty);
        const c = penalty(label, x, y, best - distance) + distance;
        if (c < best) {
          best = c;
          label.x = x;
          label.y = y;
        }
        if (c === distance) break;
      }
    }
  }
}
