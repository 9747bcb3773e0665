/**
 * Where the map's labels go, so that none covers another or a marker: a greedy placement in screen
 * pixels, most important label first. Place labels sit right of their dot, else left, else they
 * are hidden (the marker keeps its accessible name and shows the label on hover and focus).
 * Orientation labels (countries, regions, the strait's distance) sit centred or are hidden.
 */

export type Placement = 'right' | 'left' | 'above' | 'below' | 'center' | 'hidden';

export interface LabelItem {
  id: string;
  /** Anchor in container pixels: the marker's centre, or the centre of a centred label. */
  x: number;
  y: number;
  width: number;
  height: number;
  /**
   * 'side': beside a marker (right or left); 'around': beside it or, failing that, above or below
   * it (a picture's label that must show); 'center': centred on the anchor.
   */
  kind: 'side' | 'around' | 'center';
  /** Higher goes first. */
  priority: number;
  /** Always shown (the open place): on the side that fits best, even over another label. */
  force?: boolean;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Gap between a marker's centre and its label (dot radius plus air). */
export const LABEL_OFFSET = 10;
/** Half the size of the box a marker's dot occupies. */
export const DOT_RADIUS = 6;
/** Labels keep this far from the frame's edge. */
const EDGE = 4;

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function rectFor(item: LabelItem, placement: Exclude<Placement, 'hidden'>): Rect {
  const top = item.y - item.height / 2;
  const bottom = item.y + item.height / 2;
  switch (placement) {
    case 'right':
      return {
        left: item.x + LABEL_OFFSET,
        right: item.x + LABEL_OFFSET + item.width,
        top,
        bottom,
      };
    case 'left':
      return {
        left: item.x - LABEL_OFFSET - item.width,
        right: item.x - LABEL_OFFSET,
        top,
        bottom,
      };
    case 'above':
    case 'below': {
      const y =
        placement === 'above'
          ? item.y - LABEL_OFFSET - item.height / 2
          : item.y + LABEL_OFFSET + item.height / 2;
      return {
        left: item.x - item.width / 2,
        right: item.x + item.width / 2,
        top: y - item.height / 2,
        bottom: y + item.height / 2,
      };
    }
    case 'center':
      return { left: item.x - item.width / 2, right: item.x + item.width / 2, top, bottom };
  }
}

/** Where a label of `item` at `placement` lies: for drawing it (its anchor) as the layout saw it. */
export function labelRect(item: LabelItem, placement: Exclude<Placement, 'hidden'>): Rect {
  return rectFor(item, placement);
}

const CANDIDATES: Record<LabelItem['kind'], Exclude<Placement, 'hidden'>[]> = {
  side: ['right', 'left'],
  around: ['right', 'left', 'above', 'below'],
  center: ['center'],
};

/**
 * Places the labels. `dots` are the markers' centres (no label may cover one, except its own);
 * `obstacles` are other areas to keep free (e.g. the toolbar); `size` is the frame.
 */
export function layoutLabels(
  items: readonly LabelItem[],
  dots: readonly { id: string; x: number; y: number }[],
  size: { width: number; height: number },
  obstacles: readonly Rect[] = [],
): Map<string, Placement> {
  const result = new Map<string, Placement>();
  const taken: Rect[] = [...obstacles];
  const dotRects = dots.map((d) => ({
    id: d.id,
    rect: {
      left: d.x - DOT_RADIUS,
      right: d.x + DOT_RADIUS,
      top: d.y - DOT_RADIUS,
      bottom: d.y + DOT_RADIUS,
    },
  }));
  const inside = (r: Rect) =>
    r.left >= EDGE &&
    r.top >= EDGE &&
    r.right <= size.width - EDGE &&
    r.bottom <= size.height - EDGE;
  const free = (r: Rect, own: string) =>
    inside(r) &&
    !taken.some((t) => overlaps(t, r)) &&
    !dotRects.some((d) => d.id !== own && overlaps(d.rect, r));

  // Stable: equal priorities keep the order they came in (content order).
  const order = items.map((item, index) => ({ item, index }));
  order.sort((a, b) => b.item.priority - a.item.priority || a.index - b.index);
  for (const { item } of order) {
    const candidates = CANDIDATES[item.kind];
    let placement = candidates.find((c) => free(rectFor(item, c), item.id));
    if (!placement && item.force) {
      const overflow = (r: Rect) =>
        Math.max(0, EDGE - r.left) + Math.max(0, r.right - (size.width - EDGE));
      placement = candidates.reduce((best, c) =>
        overflow(rectFor(item, c)) < overflow(rectFor(item, best)) ? c : best,
      );
    }
    result.set(item.id, placement ?? 'hidden');
    if (placement) taken.push(rectFor(item, placement));
  }
  return result;
}
