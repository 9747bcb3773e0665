/**
 * Nodes, lines and tethers: boxes sized to their names, d3-shape paths between them. They depend
 * on the design and the content only, not on which labels are shown, so they are computed once.
 */
import { line } from 'd3-shape';
import type { Actor, Relation } from '../../content/schema';
import { textWidth as estimateTextWidth } from './diagram-text-width';
import { exitPoint, quadratic } from './box-geometry';
import type { Design, Point } from './layout-designs';
import type { EdgeLayout, NodeLayout, TetherLayout } from './layout-types';

const NODE_MARGIN = 3;
const ARROW = 9;
const PAIR_GAP = 44;

const path = line<Point>()
  .x((p) => Math.round(p[0] * 10) / 10)
  .y((p) => Math.round(p[1] * 10) / 10);

function nodeBox(actor: Actor, design: Design): NodeLayout {
  const at = design.at[actor.id];
  if (!at) throw new Error(`The diagram design "${design.id}" has no place for "${actor.id}"`);
  const person = actor.kind === 'person';
  const font = person ? design.font.person : design.font.node;
  const padX = person ? 9 : 12;
  return {
    id: actor.id,
    name: actor.name,
    person,
    font,
    x: at[0],
    y: at[1],
    width: Math.ceil(estimateTextWidth(actor.name, font, true) + 2 * padX),
    height: Math.round(font * (person ? 1.85 : 2)),
  };
}

function pairKey(r: Relation): string {
  return [r.from, r.to].sort().join('|');
}

function edgeGeometry(
  relation: Relation,
  from: NodeLayout,
  to: NodeLayout,
  offset: number,
  labelT: number,
): { edge: Omit<EdgeLayout, 'label'>; anchor: Point } {
  // The perpendicular of the pair in a fixed orientation, so that edges in both directions
  // between the same two actors bend to opposite sides.
  const [a, b] = from.id < to.id ? [from, to] : [to, from];
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const normal: Point = [-(b.y - a.y) / length, (b.x - a.x) / length];
  const mid: Point = [(from.x + to.x) / 2, (from.y + to.y) / 2];
  const through: Point = [mid[0] + normal[0] * offset, mid[1] + normal[1] * offset];
  const s = exitPoint(from, offset ? through : [to.x, to.y], NODE_MARGIN);
  const e = exitPoint(to, offset ? through : [from.x, from.y], NODE_MARGIN);
  // A quadratic curve through `through` at its middle.
  const c: Point = offset
    ? [2 * through[0] - (s[0] + e[0]) / 2, 2 * through[1] - (s[1] + e[1]) / 2]
    : [(s[0] + e[0]) / 2, (s[1] + e[1]) / 2];
  // A straight line is its two ends; a curve is sampled into a short polyline.
  const steps = offset ? 16 : 1;
  let points: Point[] = Array.from({ length: steps + 1 }, (_, i) => quadratic(s, c, e, i / steps));
  const anchor = quadratic(s, c, e, labelT);
  let arrow: string | undefined;
  if (relation.directed) {
    // Shorten the line by the arrow's length and put the arrowhead at the end.
    const kept = points.filter((p, i) => i === 0 || Math.hypot(p[0] - e[0], p[1] - e[1]) > ARROW);
    const last = kept[kept.length - 1]!;
    const dx = e[0] - last[0];
    const dy = e[1] - last[1];
    const d = Math.hypot(dx, dy) || 1;
    const ux = dx / d;
    const uy = dy / d;
    const base: Point = [e[0] - ux * ARROW, e[1] - uy * ARROW];
    points = [...kept, base];
    const left: Point = [base[0] - uy * ARROW * 0.5, base[1] + ux * ARROW * 0.5];
    const right: Point = [base[0] + uy * ARROW * 0.5, base[1] - ux * ARROW * 0.5];
    arrow = `${path([e, left, right])}Z`;
  }
  return {
    edge: { id: relation.id, relation, d: path(points) ?? '', points, ...(arrow ? { arrow } : {}) },
    anchor,
  };
}

export interface Geometry {
  nodes: NodeLayout[];
  edges: { edge: Omit<EdgeLayout, 'label'>; anchor: Point }[];
  tethers: TetherLayout[];
}

/** Nodes, lines and tethers depend on the design only: computed once per design and content. */
const geometryCache = new WeakMap<Design, { key: unknown[]; geometry: Geometry }>();

export function geometryOf(
  design: Design,
  actors: readonly Actor[],
  relations: readonly Relation[],
) {
  const cached = geometryCache.get(design);
  if (cached && cached.key[0] === actors && cached.key[1] === relations) return cached.geometry;

  const nodes = actors.map((actor) => nodeBox(actor, design));
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const pairs = new Map<string, Relation[]>();
  for (const r of relations) pairs.set(pairKey(r), [...(pairs.get(pairKey(r)) ?? []), r]);

  const edges = relations.map((relation) => {
    const from = nodeById.get(relation.from);
    const to = nodeById.get(relation.to);
    if (!from || !to) throw new Error(`Relation "${relation.id}" names an actor without a node`);
    const pair = pairs.get(pairKey(relation))!;
    const k = pair.indexOf(relation);
    const offset = (k - (pair.length - 1) / 2) * PAIR_GAP + (design.bend?.[relation.id] ?? 0);
    // Labels of a steep pair would sit side by side: move them apart along the line instead.
    const steepness = Math.abs(to.y - from.y) / (Math.hypot(to.x - from.x, to.y - from.y) || 1);
    const stagger = (k - (pair.length - 1) / 2) * 0.3 * steepness;
    return edgeGeometry(relation, from, to, offset, design.labelAt?.[relation.id] ?? 0.5 + stagger);
  });

  const tethers: TetherLayout[] = nodes.flatMap((node) => {
    const actor = actors.find((a) => a.id === node.id);
    const state = actor?.memberOf ? nodeById.get(actor.memberOf) : undefined;
    if (!state) return [];
    const s = exitPoint(node, [state.x, state.y], 1);
    const e = exitPoint(state, [node.x, node.y], 1);
    return [{ id: node.id, d: path([s, e]) ?? '', points: [s, e] }];
  });

  const geometry = { nodes, edges, tethers };
  geometryCache.set(design, { key: [actors, relations], geometry });
  return geometry;
}
