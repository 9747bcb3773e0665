/**
 * The diagram's geometry, computed once per design and label set — no DOM, no randomness left to
 * chance. Node positions are fixed per design (layout-designs.ts); d3-shape draws the edges
 * (layout-geometry.ts), and the label placer (label-placer.ts) keeps the edge labels apart. The
 * same input gives the same picture on every load.
 */
import type { Actor, Relation } from '../../content/schema';
import { placeLabels, type Anchor } from './label-placer';
import type { Design } from './layout-designs';
import { geometryOf } from './layout-geometry';
import type { DiagramLayout, EdgeLayout } from './layout-types';

export interface LayoutInput {
  design: Design;
  actors: readonly Actor[];
  relations: readonly Relation[];
  /** The relations whose labels are drawn (the others are lines only). */
  labelled: ReadonlySet<string>;
}

export function computeLayout({ design, actors, relations, labelled }: LayoutInput): DiagramLayout {
  const { nodes, edges: lines, tethers } = geometryOf(design, actors, relations);
  const anchors: Anchor[] = [];
  const edges: EdgeLayout[] = lines.map(({ edge, anchor }) => {
    const result: EdgeLayout = { ...edge };
    if (labelled.has(edge.id)) anchors.push({ edge: result, target: anchor });
    return result;
  });
  placeLabels(anchors, nodes, edges, tethers, design);
  return { design: design.id, width: design.width, height: design.height, nodes, edges, tethers };
}
