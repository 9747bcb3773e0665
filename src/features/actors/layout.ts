/**
 * The diagram's geometry, computed once per design and label set — no DOM, no randomness left to
 * chance. Node positions are fixed per design (an editor's decision, like a map's projection);
 * d3-shape draws the edges, and a d3-force simulation, run to rest off-screen with a seeded random
 * source, nudges the edge labels apart. The same input gives the same picture on every load.
 */
import { forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { line } from 'd3-shape';
import type { Actor, DiagramHints, Relation } from '../../content/schema';

export type { DesignId } from '../../content/schema';
import type { DesignId } from '../../content/schema';
export type Point = readonly [number, number];

export interface DesignSpec {
  id: DesignId;
  width: number;
  height: number;
  /** Font sizes in px at scale 1: states and organisations, persons, edge labels. */
  font: { node: number; person: number; label: number };
  /** Edge labels longer than this wrap onto two lines. */
  wrapAt: number;
}

/** A design with every actor placed, and the content's adjustments of its edges. */
export interface Design extends DesignSpec {
  /** Node centres by actor id. */
  at: Record<string, Point>;
  /** Extra bend of an edge in px (perpendicular to it, positive to the left of from → to). */
  bend?: Record<string, number>;
  /** Where along its edge a label wants to sit (0 = start, 1 = end; default the middle). */
  labelAt?: Record<string, number>;
}

/**
 * Four designs: the page on a wide screen, a square box (the story panel on a desktop), a tall
 * box (the page on a phone) and a flat band (the story panel on a phone). Where the nodes stand
 * is the article's (data/diagram.json, see placedDesigns).
 */
export const designSpecs: Record<DesignId, DesignSpec> = {
  wide: {
    id: 'wide',
    width: 760,
    height: 460,
    font: { node: 15, person: 13, label: 12.5 },
    wrapAt: 19,
  },
  square: {
    id: 'square',
    width: 380,
    height: 350,
    font: { node: 13.5, person: 12, label: 11.5 },
    wrapAt: 14,
  },
  tall: {
    id: 'tall',
    width: 360,
    height: 520,
    font: { node: 14, person: 12.5, label: 12 },
    wrapAt: 14,
  },
  band: {
    id: 'band',
    width: 380,
    height: 236,
    font: { node: 13.5, person: 12, label: 11.5 },
    wrapAt: 14,
  },
};

/** How far a person stands from its state when the content places neither. */
const PERSON_OFFSET = 72;

function placedDesign(
  spec: DesignSpec,
  actors: readonly Pick<Actor, 'id' | 'kind' | 'memberOf'>[],
  hints: DiagramHints[DesignId],
): Design {
  const at: Record<string, Point> = { ...hints?.at };
  const [cx, cy] = [spec.width / 2, spec.height / 2];
  const [rx, ry] = [spec.width / 2 - 70, spec.height / 2 - 30];
  // Without a place in the content: states and organisations on a ring, in content order from
  // the top, clockwise; a person beside its state, away from the centre.
  const ring = actors.filter((a) => !a.memberOf);
  ring.forEach((actor, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / ring.length;
    at[actor.id] ??= [Math.round(cx + rx * Math.cos(angle)), Math.round(cy + ry * Math.sin(angle))];
  });
  for (const actor of actors) {
    if (at[actor.id] || !actor.memberOf) continue;
    const [sx, sy] = at[actor.memberOf] ?? [cx, cy];
    const length = Math.hypot(sx - cx, sy - cy) || 1;
    const clamp = (v: number, max: number) => Math.round(Math.min(max - 40, Math.max(40, v)));
    at[actor.id] = [
      clamp(sx + ((sx - cx) / length) * PERSON_OFFSET, spec.width),
      clamp(sy + ((sy - cy) / length) * PERSON_OFFSET, spec.height),
    ];
  }
  return {
    ...spec,
    at,
    ...(hints?.bend ? { bend: hints.bend } : {}),
    ...(hints?.labelAt ? { labelAt: hints.labelAt } : {}),
  };
}

const placedCache = new WeakMap<object, Record<DesignId, Design>>();

/**
 * The designs with every actor placed: where the article's diagram.json puts it, or else by
 * rule (a ring, persons beside their states), so an article needs no positions to draw; the
 * validator then checks that nothing overlaps. The same input gives the same picture.
 */
export function placedDesigns(
  actors: readonly Pick<Actor, 'id' | 'kind' | 'memberOf'>[],
  hints: Partial<Pick<DiagramHints, DesignId>>,
): Record<DesignId, Design> {
  let designs = placedCache.get(hints);
  if (!designs) {
    designs = Object.fromEntries(
      Object.values(designSpecs).map((spec) => [
        spec.id,
        placedDesign(spec, actors, hints[spec.id]),
      ]),
    ) as Record<DesignId, Design>;
    placedCache.set(hints, designs);
  }
  return designs;
}

/** Which design fits a box: wide boxes get the full picture, flat ones the band. */
export function designFor(width: number, height: number): DesignId {
  if (width >= 600) return 'wide';
  const ratio = height > 0 ? width / height : 1;
  if (ratio >= 1.3) return 'band';
  if (ratio >= 0.85) return 'square';
  return 'tall';
}

/**
 * Text width without a DOM, in px. The widths per character class are those of DejaVu Sans (the
 * widest common sans serif, and the system font of the test machine) in bold, so every label box
 * holds its text in any font the reader has.
 */
const NARROW = "ijlI.,:;!|' ";
const SLIM = 'ftrJ()-/';
const WIDE = 'mwMW';
const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ';

export function textWidth(text: string, px: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.includes(ch)) em += 0.36;
    else if (SLIM.includes(ch)) em += 0.5;
    else if (WIDE.includes(ch)) em += 1.1;
    else if (CAPITALS.includes(ch)) em += 0.85;
    else if (ch === '–' || ch === '→') em += 0.84;
    else em += 0.72;
  }
  return em * px * (bold ? 1 : 0.92);
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

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NodeLayout extends Box {
  id: string;
  name: string;
  person: boolean;
  font: number;
}

export interface LabelLayout extends Box {
  lines: string[];
  font: number;
}

export interface EdgeLayout {
  id: string;
  relation: Relation;
  /** The visible line (d3-shape path). */
  d: string;
  /** Arrowhead at the target, for directed relations. */
  arrow?: string;
  /** The line sampled, for hit-testing and tests. */
  points: Point[];
  label?: LabelLayout;
}

export interface TetherLayout {
  id: string;
  d: string;
  points: Point[];
}

export interface DiagramLayout {
  design: DesignId;
  width: number;
  height: number;
  nodes: NodeLayout[];
  edges: EdgeLayout[];
  /** Short lines from a person to its state. */
  tethers: TetherLayout[];
}

const NODE_MARGIN = 3;
const ARROW = 9;
const PAIR_GAP = 44;
const LABEL_PAD_X = 6;
const LABEL_GAP = 3;
const SEED = 20250815;

/** A small seeded generator (LCG), so the force layout is the same on every load. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Where a ray from the box's centre towards a point leaves the box (plus a margin). */
function exitPoint(box: Box, toward: Point, margin: number): Point {
  const dx = toward[0] - box.x;
  const dy = toward[1] - box.y;
  const hw = box.width / 2 + margin;
  const hh = box.height / 2 + margin;
  const t = Math.min(hw / Math.max(Math.abs(dx), 1e-9), hh / Math.max(Math.abs(dy), 1e-9));
  return [box.x + dx * t, box.y + dy * t];
}

function quadratic(s: Point, c: Point, e: Point, t: number): Point {
  const u = 1 - t;
  return [
    u * u * s[0] + 2 * u * t * c[0] + t * t * e[0],
    u * u * s[1] + 2 * u * t * c[1] + t * t * e[1],
  ];
}

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
    width: Math.ceil(textWidth(actor.name, font, true) + 2 * padX),
    height: Math.round(font * (person ? 1.85 : 2)),
  };
}

function pairKey(r: Relation): string {
  return [r.from, r.to].sort().join('|');
}

interface Anchor {
  edge: EdgeLayout;
  target: Point;
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

interface LabelNode extends SimulationNodeDatum {
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  tx: number;
  ty: number;
}

function overlap(a: Box, b: Box, gap: number): [number, number] {
  const ox = (a.width + b.width) / 2 + gap - Math.abs(a.x - b.x);
  const oy = (a.height + b.height) / 2 + gap - Math.abs(a.y - b.y);
  return [ox, oy];
}

/**
 * A d3-force force: labels push each other apart and are pushed off the nodes and off the
 * lines of other edges, along the axis of least overlap.
 */
function forceLabelCollide(obstacles: Box[]) {
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
function settle(labels: LabelNode[], obstacles: Box[], width: number, height: number) {
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

export interface LayoutInput {
  design: Design;
  actors: readonly Actor[];
  relations: readonly Relation[];
  /** The relations whose labels are drawn (the others are lines only). */
  labelled: ReadonlySet<string>;
}

interface Geometry {
  nodes: NodeLayout[];
  edges: { edge: Omit<EdgeLayout, 'label'>; anchor: Point }[];
  tethers: TetherLayout[];
}

/** Nodes, lines and tethers depend on the design only: computed once per design and content. */
const geometryCache = new WeakMap<Design, { key: unknown[]; geometry: Geometry }>();

function geometryOf(design: Design, actors: readonly Actor[], relations: readonly Relation[]) {
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

/** A polyline as its segments. */
function segmentsOf(points: readonly Point[]): [Point, Point][] {
  return points.slice(1).map((p, i) => [points[i]!, p]);
}

/** The point at a fraction of a polyline's length. */
function pointAt(points: readonly Point[], fraction: number): Point {
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
function segmentHitsBox(p: Point, q: Point, box: Box, margin: number): boolean {
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

/** Fractions of its line where a label may sit, from the middle outwards. */
const SLIDE = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75];

function placeLabels(
  anchors: Anchor[],
  nodes: NodeLayout[],
  edges: EdgeLayout[],
  tethers: TetherLayout[],
  design: Design,
) {
  const font = design.font.label;
  const lineHeight = Math.round(font * 1.25);
  const labels: LabelNode[] = anchors.map(({ edge, target }, index) => {
    const lines = wrapLabel(edge.relation.label, design.wrapAt);
    const width = Math.ceil(Math.max(...lines.map((l) => textWidth(l, font))) + 2 * LABEL_PAD_X);
    const height = lines.length * lineHeight + 6;
    return { index, x: target[0], y: target[1], width, height, tx: target[0], ty: target[1] };
  });
  // Every drawn line as a few segments: a label must not sit on another edge's line or a tether.
  const withBounds = (owner: number) => (seg: [Point, Point]) => ({
    owner,
    seg,
    minX: Math.min(seg[0][0], seg[1][0]),
    maxX: Math.max(seg[0][0], seg[1][0]),
    minY: Math.min(seg[0][1], seg[1][1]),
    maxY: Math.max(seg[0][1], seg[1][1]),
  });
  const segments = [
    ...edges.flatMap((edge) =>
      segmentsOf(edge.points).map(withBounds(anchors.findIndex((a) => a.edge === edge))),
    ),
    ...tethers.flatMap((t) => segmentsOf(t.points).map(withBounds(-2))),
  ];

  // First, each label slides along its own line to the least crowded place (a few rounds, so
  // that labels placed early can make way for later ones).
  /** What is wrong with a label at (x, y): overflow, covered nodes and labels, crossed lines. */
  const penalty = (label: LabelNode, x: number, y: number, bound: number) => {
    const hw = label.width / 2;
    const hh = label.height / 2;
    let c =
      (Math.max(0, hw + 2 - x, x + hw + 2 - design.width) +
        Math.max(0, hh + 2 - y, y + hh + 2 - design.height)) *
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
    const points = anchors[label.index]!.edge.points;
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
  // Then d3-force settles what is left: labels keep near their chosen place and push apart.
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
  if (crowded) {
    const simulation = forceSimulation<LabelNode>(labels)
      .randomSource(seededRandom(SEED))
      .force('x', forceX<LabelNode>((d) => d.tx).strength(0.3))
      .force('y', forceY<LabelNode>((d) => d.ty).strength(0.3))
      .force('collide', forceLabelCollide(nodes))
      .stop();
    simulation.tick(20);
  }
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

function intersects(a: Box, b: Box, gap = 0): boolean {
  const [ox, oy] = overlap(a, b, gap);
  return ox > 0 && oy > 0;
}

function within(box: Box, width: number, height: number, margin = 0): boolean {
  return (
    box.x - box.width / 2 >= margin &&
    box.y - box.height / 2 >= margin &&
    box.x + box.width / 2 <= width - margin &&
    box.y + box.height / 2 <= height - margin
  );
}

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
