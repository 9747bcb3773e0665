/**
 * The layout's own check, for the tests and the content validator (layout-check.ts): what would
 * make the picture unreadable. The app never runs it.
 */
import { intersects, segmentHitsBox, segmentsOf, within } from './box-geometry';
import type { Box, DiagramLayout } from './layout-types';

/**
 * What would make the picture unreadable: overlapping nodes or labels, anything outside the
 * picture, a line crossing a node it does not belong to. Empty when all is well.
 */
export function layoutProblems(layout: DiagramLayout): string[] {
  const problems: string[] = [];
  const { nodes, edges, width, height } = layout;
  const labels = edges.flatMap((e) => (e.label ? [{ id: e.id, box: e.label }] : []));
  for (const [i, a] of nodes.entries()) {
    // Room for the focus ring and the halo around a node.
    if (!within(a, width, height, 6)) problems.push(`node ${a.id} leaves the picture`);
    for (const b of nodes.slice(i + 1)) {
      if (intersects(a, b, 4)) problems.push(`nodes ${a.id} and ${b.id} overlap`);
    }
  }
  for (const [i, a] of labels.entries()) {
    if (!within(a.box, width, height)) problems.push(`label ${a.id} leaves the picture`);
    for (const b of labels.slice(i + 1)) {
      if (intersects(a.box, b.box)) problems.push(`labels ${a.id} and ${b.id} overlap`);
    }
    for (const n of nodes) {
      if (intersects(a.box, n)) problems.push(`label ${a.id} covers node ${n.id}`);
    }
  }
  for (const tether of layout.tethers) {
    for (const label of labels) {
      if (segmentsOf(tether.points).some(([p, q]) => segmentHitsBox(p, q, label.box, 0))) {
        problems.push(`tether of ${tether.id} runs under label ${label.id}`);
      }
    }
  }
  for (const edge of edges) {
    const segments = segmentsOf(edge.points);
    const hits = (box: Box, margin = 0) =>
      segments.some(([p, q]) => segmentHitsBox(p, q, box, margin));
    // A label must sit on (or touch) its own line, or the reader cannot tell whose it is.
    if (edge.label && !hits(edge.label, 4)) problems.push(`label ${edge.id} drifts from its line`);
    for (const n of nodes) {
      if (n.id === edge.relation.from || n.id === edge.relation.to) continue;
      if (hits(n)) problems.push(`edge ${edge.id} crosses ${n.id}`);
    }
    for (const other of labels) {
      if (other.id !== edge.id && hits(other.box)) {
        problems.push(`edge ${edge.id} runs under label ${other.id}`);
      }
    }
  }
  return problems;
}
