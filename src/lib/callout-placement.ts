/**
 * Where a visual's callouts go: each beside the point it names (a place, an event, a node), on
 * the side where it covers nothing else — no other callout, no label or mark the view reports,
 * nothing outside the frame. Greedy, in the content's order (the first callout is the most
 * important). Pure, in screen pixels, shared by the map, the timeline and the diagram.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** 'over': centred on the point, standing in for the view's own label there. */
export type CalloutSide = 'over' | 'above' | 'below' | 'right' | 'left';

export interface CalloutItem {
  /** The point the callout names, in the frame's pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** How far from the point the box keeps (the mark's radius and some air). */
  gap?: number;
  /** The callout may stand over the point itself (it replaces the view's label there). */
  over?: boolean;
}

export interface PlacedCallout {
  side: CalloutSide;
  /** The box, in the frame's pixels. */
  box: Box;
  /** Whether it had to cover something (no free side was left). */
  crowded: boolean;
}

/** Callouts keep this far from the frame's edges. */
const EDGE = 4;
/** Between a callout and what it must not cover. */
const AIR = 3;

const area = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left) + AIR) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) + AIR);

/** Where along its side a box sits: centred on the point, or starting or ending at it. */
type Align = 'middle' | 'start' | 'end';

/**
 * The box on one side of the point, at a distance (1: the item's gap, 2: farther out with a longer
 * leader), aligned on that side, and shifted along it to stay inside the frame.
 */
function boxAt(
  item: CalloutItem,
  side: CalloutSide,
  frame: { width: number; height: number },
  align: Align = 'middle',
  reach = 1,
): Box {
  const gap = (item.gap ?? 10) + (reach - 1) * 18;
  const clampX = (left: number) => Math.max(EDGE, Math.min(left, frame.width - EDGE - item.width));
  const clampY = (top: number) => Math.max(EDGE, Math.min(top, frame.height - EDGE - item.height));
  const along = (centre: number, size: number) =>
    align === 'middle' ? centre - size / 2 : align === 'start' ? centre - 12 : centre + 12 - size;
  let left: number;
  let top: number;
  switch (side) {
    case 'over':
      left = clampX(item.x - item.width / 2);
      top = clampY(item.y - item.height / 2);
      break;
    case 'above':
      left = clampX(along(item.x, item.width));
      top = item.y - gap - item.height;
      break;
    case 'below':
      left = clampX(along(item.x, item.width));
      top = item.y + gap;
      break;
    case 'right':
      left = item.x + gap;
      top = clampY(along(item.y, item.height));
      break;
    case 'left':
      left = item.x - gap - item.width;
      top = clampY(along(item.y, item.height));
      break;
  }
  return { left, top, right: left + item.width, bottom: top + item.height };
}

const inside = (box: Box, frame: { width: number; height: number }) =>
  box.left >= EDGE - 0.5 &&
  box.top >= EDGE - 0.5 &&
  box.right <= frame.width - EDGE + 0.5 &&
  box.bottom <= frame.height - EDGE + 0.5;

export const CALLOUT_SIDES: readonly CalloutSide[] = ['above', 'below', 'right', 'left'];

/**
 * Places the callouts in order. `obstacles` are what the view draws already (labels, marks,
 * controls over it). A callout takes the first spot — above, below, right or left of its point,
 * centred or aligned to it, near or a little farther out — where it covers nothing and stays in
 * the frame. The first callout takes the spot that covers least if none is free; a later one
 * with no free spot is not drawn (`null`): the panel's card lists it all the same.
 */
export function placeCallouts(
  items: readonly CalloutItem[],
  frame: { width: number; height: number },
  obstacles: readonly Box[],
  sides: readonly CalloutSide[] = CALLOUT_SIDES,
): (PlacedCallout | null)[] {
  const placed: Box[] = [];
  const spots: [CalloutSide, Align, number][] = [];
  for (const reach of [1, 2]) {
    for (const side of sides) {
      for (const align of ['middle', 'start', 'end'] as const) spots.push([side, align, reach]);
    }
  }
  return items.map((item) => {
    let best: PlacedCallout | null = null;
    let bestCost = Infinity;
    const candidates: [CalloutSide, Align, number][] = item.over
      ? [['over', 'middle', 1], ...spots]
      : spots;
    for (const [side, align, reach] of candidates) {
      const box = boxAt(item, side, frame, align, reach);
      if (!inside(box, frame) || placed.some((p) => area(box, p) > 0)) continue;
      // Farther out costs a little: a short leader reads best.
      const cost = obstacles.reduce((sum, t) => sum + area(box, t), 0) + (reach - 1) * 0.5;
      if (cost < bestCost) {
        bestCost = cost;
        best = { side, box, crowded: cost >= 1 };
        if (cost === 0) break;
      }
    }
    // After the first (which the picture must carry, on the spot that covers least), one that
    // would cover a label or a mark is left out: the graphic hides nothing it shows.
    if (!best || (best.crowded && placed.length > 0)) return null;
    placed.push(best.box);
    return best;
  });
}

/** Whether two boxes overlap (for tests and callers that check a result). */
export const boxesOverlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
