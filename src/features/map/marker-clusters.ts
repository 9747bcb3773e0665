/**
 * Which markers share one target at a zoom. Every marker is a square target of TARGET px around
 * its place; where two would overlap (or come closer than GAP), they become one target, a cluster,
 * that opens a chooser of its places. Pure and deterministic: the same places at the same zoom
 * always give the same clusters, in content order, so a test can assert them.
 */

/** The side of a marker's target: WCAG 2.2's minimum target size (2.5.8). */
export const TARGET = 24;
/** The side of a marker's target under a finger (a coarse pointer): what a thumb can hit. */
export const TOUCH_TARGET = 44;
/** Air between two targets, so that rounding never lets them touch. */
export const GAP = 2;

export interface ClusterPoint {
  id: string;
  /** Pixels at the zoom in question (any origin: only differences count). */
  x: number;
  y: number;
}

export interface Cluster {
  /** The ids of its places, in the order they were given. */
  ids: string[];
  /** Where its target sits: the mean of its places' points. */
  x: number;
  y: number;
}

/** How close two targets' centres are, as their squares see it (the larger of the two offsets). */
const reach = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y));

/** Where a group's target sits: at its anchors if it has any (their mean), else at its mean. */
function centre(members: readonly ClusterPoint[], anchors: ReadonlySet<string>) {
  const anchored = members.filter((m) => anchors.has(m.id));
  const at = anchored.length ? anchored : members;
  return {
    x: at.reduce((sum, m) => sum + m.x, 0) / at.length,
    y: at.reduce((sum, m) => sum + m.y, 0) / at.length,
  };
}

/**
 * Groups the points until no two targets come closer than `spacing` (centre to centre, on either
 * axis): repeatedly the closest pair merges into one target at the mean of all its points, which
 * may then reach a further neighbour. A lone point is a cluster of one. A group holding one of the
 * `anchors` (the summit's place) sits on it, so the place the group is named after is where its
 * target is.
 */
export function clusterPoints(
  points: readonly ClusterPoint[],
  spacing = TARGET + GAP,
  anchors: ReadonlySet<string> = new Set(),
): Cluster[] {
  const order = new Map(points.map((p, i) => [p.id, i]));
  const groups = points.map((p) => ({ members: [p], x: p.x, y: p.y }));
  for (;;) {
    let best: [number, number] | null = null;
    let bestReach = spacing;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const d = reach(groups[i]!, groups[j]!);
        if (d < bestReach) {
          bestReach = d;
          best = [i, j];
        }
      }
    }
    if (!best) break;
    const [i, j] = best;
    const members = [...groups[i]!.members, ...groups[j]!.members];
    groups[i] = { members, ...centre(members, anchors) };
    groups.splice(j, 1);
  }
  return groups
    .map((g) => ({
      ids: g.members.map((m) => m.id).sort((a, b) => order.get(a)! - order.get(b)!),
      x: g.x,
      y: g.y,
    }))
    .sort((a, b) => order.get(a.ids[0]!)! - order.get(b.ids[0]!)!);
}

/** A stable name for a cluster's marker and label: its places' ids. */
export const clusterKey = (ids: readonly string[]) => ids.join('+');
