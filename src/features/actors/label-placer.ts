/**
 * Where the edge labels go, in three stages: each label slides along its line to the least
 * crowded place (label-slide.ts), d3-force pushes apart what still collides, and a hard
 * separation settles the rest inside the picture (label-forces.ts).
 */
import { textWidth as estimateTextWidth } from './diagram-text-width';
import { segmentsOf } from './box-geometry';
import { relaxLabels, settle, type LabelNode } from './label-forces';
import { ownedSegment, slideLabels } from './label-slide';
import type { Design, Point } from './layout-designs';
import type { EdgeLayout, NodeLayout, TetherLayout } from './layout-types';

const LABEL_PAD_X = 6;

/** An edge whose label is drawn, and the point of its line where the label wants to sit. */
export interface Anchor {
  edge: EdgeLayout;
  target: Point;
}

/** Splits a label into one or two lines at the space nearest its middle. */
export function wrapLabel(label: string, wrapAt: number): string[] {
  if (label.length <= wrapAt) return [label];
  const middle = label.length / 2;
  let best = -1;
  for (let i = 0; i < label.length; i++) {
    if (label[i] === ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) best = i;
  }
  return best < 0 ? [label] : [label.slice(0, best), label.slice(best + 1)];
}

/** Places the anchors' labels (sets `edge.label` on each anchor's edge). */
export function placeLabels(
  anchors: readonly Anchor[],
  nodes: readonly NodeLayout[],
  edges: readonly EdgeLayout[],
  tethers: readonly TetherLayout[],
  design: Design,
) {
  const font = design.font.label;
  const lineHeight = Math.round(font * 1.25);
  const labels: LabelNode[] = anchors.map(({ edge, target }, index) => {
    const lines = wrapLabel(edge.relation.label, design.wrapAt);
    // Measured bold: a label in focus is drawn bold, in the same box.
    const textWidth = Math.max(...lines.map((l) => estimateTextWidth(l, font)));
    const width = Math.ceil(textWidth + 2 * LABEL_PAD_X);
    const height = lines.length * lineHeight + 6;
    return { index, x: target[0], y: target[1], width, height, tx: target[0], ty: target[1] };
  });
  // Every drawn line as a few segments: a label must not sit on another edge's line or a tether.
  const segments = [
    ...edges.flatMap((edge) =>
      segmentsOf(edge.points).map(ownedSegment(anchors.findIndex((a) => a.edge === edge))),
    ),
    ...tethers.flatMap((t) => segmentsOf(t.points).map(ownedSegment(-2))),
  ];
  slideLabels(
    labels,
    anchors.map((a) => a.edge.points),
    nodes,
    segments,
    design,
  );
  relaxLabels(labels, nodes);
  settle(labels, nodes, design.width, design.height);
  labels.forEach((l, i) => {
    const anchor = anchors[i]!;
    anchor.edge.label = {
      x: Math.round(l.x * 10) / 10,
      y: Math.round(l.y * 10) / 10,
      width: l.width,
      height: l.height,
      font,
      lines: wrapLabel(anchor.edge.relation.label, design.wrapAt),
    };
  });
}
