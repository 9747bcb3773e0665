/**
 * The label placer's last two stages: a d3-force simulation that pushes labels apart and off the
 * nodes, then a hard separation that settles whatever is left and keeps labels in the picture.
 */
import { forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { intersects, overlap } from './box-geometry';
import type { Box } from './layout-types';

/** The least space between a label and a node or another label. */
export const LABEL_GAP = 3;

/** A label as the simulation moves it: its box, and the place it wants to keep near (tx, ty). */
export interface LabelNode extends SimulationNodeDatum {
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  tx: number;
  ty: number;
}

/**
 * A d3-force force: labels push each other apart and are pushed off the nodes and off the
 * lines of other edges, along the axis of least overlap.
 */
function forceLabelCollide(obstacles: readonly Box[]) {
  let labels: LabelNode[] = [];
  const force = (alpha: number) => {
    const k = 0.5 + alpha * 0.5;
    for (let i = 0; i < labels.length; i++) {
      const a = labels[i]!;
      for (let j = i + 1; j < labels.length; j++) {
        const b = labels[j]!;
        const [ox, oy] = overlap(a, b, LABEL_GAP);
        if (ox <= 0 || oy <= 0) continue;
        if (ox < oy) {
          const sign = b.x > a.x || (b.x === a.x && i < j) ? 1 : -1;
          a.vx = (a.vx ?? 0) - (sign * ox * k) / 2;
          b.vx = (b.vx ?? 0) + (sign * ox * k) / 2;
        } else {
          const sign = b.y > a.y || (b.y === a.y && i < j) ? 1 : -1;
          a.vy = (a.vy ?? 0) - (sign * oy * k) / 2;
          b.vy = (b.vy ?? 0) + (sign * oy * k) / 2;
        }
      }
      for (const box of obstacles) pushOff(a, box, LABEL_GAP, k);
    }
  };
  force.initialize = (nodes: LabelNode[]) => {
    labels = nodes;
  };
  return force;
}

function pushOff(label: LabelNode, box: Box, gap: number, k: number) {
  const [ox, oy] = overlap(label, box, gap);
  if (ox <= 0 || oy <= 0) return;
  if (ox < oy) label.vx = (label.vx ?? 0) + (label.x >= box.x ? 1 : -1) * ox * k;
  else label.vy = (label.vy ?? 0) + (label.y >= box.y ? 1 : -1) * oy * k;
}

/** Settles the labels after the simulation: hard separation and the bounds of the picture. */
export function settle(
  labels: LabelNode[],
  obstacles: readonly Box[],
  width: number,
  height: number,
) {
  const clamp = (l: LabelNode) => {
    l.x = Math.min(Math.max(l.x, l.width / 2 + 2), width - l.width / 2 - 2);
    l.y = Math.min(Math.max(l.y, l.height / 2 + 2), height - l.height / 2 - 2);
  };
  for (let round = 0; round < 60; round++) {
    let moved = false;
    for (let i = 0; i < labels.length; i++) {
      const a = labels[i]!;
      for (const box of obstacles) {
        const [ox, oy] = overlap(a, box, LABEL_GAP);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        if (ox < oy) a.x += (a.x >= box.x ? 1 : -1) * (ox + 0.5);
        else a.y += (a.y >= box.y ? 1 : -1) * (oy + 0.5);
      }
      for (let j = i + 1; j < labels.length; j++) {
        const b = labels[j]!;
        const [ox, oy] = overlap(a, b, LABEL_GAP);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        if (ox < oy) {
          const sign = b.x >= a.x ? 1 : -1;
          a.x -= (sign * (ox + 0.5)) / 2;
          b.x += (sign * (ox + 0.5)) / 2;
        } else {
          const sign = b.y >= a.y ? 1 : -1;
          a.y -= (sign * (oy + 0.5)) / 2;
          b.y += (sign * (oy + 0.5)) / 2;
        }
      }
    }
    labels.forEach(clamp);
    if (!moved) break;
  }
}

/**
 * d3-force settles what the slide left colliding: labels keep near their chosen place and push
 * apart. Deterministic without a seed of ours: d3-force v3 gives every simulation its own
 * fixed-seed generator, and these forces never draw from it (only forceCollide, forceLink and
 * forceManyBody jiggle coincident nodes).
 */
export function relaxLabels(labels: LabelNode[], nodes: readonly Box[]) {
  for (const label of labels) {
    label.tx = label.x;
    label.ty = label.y;
  }
  const crowded = labels.some(
    (a, i) =>
      labels.some((b, j) => j > i && intersects(a, b, LABEL_GAP)) ||
      nodes.some((n) => intersects(a, n, LABEL_GAP)),
  );
  // Only if labels still collide: the simulation moves nothing when nothing overlaps.
  if (!crowded) return;
  forceSimulation<LabelNode>(labels)
    .force('x', forceX<LabelNode>((d) => d.tx).strength(0.3))
    .force('y', forceY<LabelNode>((d) => d.ty).strength(0.3))
    .force('collide', forceLabelCollide(nodes))
    .stop()
    .tick(20);
}
