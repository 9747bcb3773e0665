/**
 * Which events a tap (or click) at a point means. Marks that sit close together have hit areas
 * that overlap (a finger needs 44 px, nine events of one summer share 18): a tap there means any
 * of them, and the reader is asked which. A label is unambiguous (labels never overlap): a tap
 * on one means its event alone. Pure, so that it can be tested without a browser.
 */
import type { PlacedItem } from './label-layout';

export interface HitBox {
  id: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const contains = (box: HitBox, x: number, y: number) =>
  x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;

/** The ids meant by a tap at (x, y): one label's event, else every mark whose area holds it. */
export function eventsAt(
  x: number,
  y: number,
  marks: readonly HitBox[],
  labels: readonly HitBox[],
): string[] {
  const label = labels.find((box) => contains(box, x, y));
  if (label) return [label.id];
  return marks.filter((box) => contains(box, x, y)).map((box) => box.id);
}

/** A mark's hit area: at least `size` square around it (a period: along its whole length). */
export function markHitBox(
  id: string,
  mark: { x0: number; x1: number; y0: number; y1: number },
  size: number,
): HitBox {
  const half = size / 2;
  const cx = (mark.x0 + mark.x1) / 2;
  const cy = (mark.y0 + mark.y1) / 2;
  return {
    id,
    x0: Math.min(mark.x0, cx - half),
    x1: Math.max(mark.x1, cx + half),
    y0: Math.min(mark.y0, cy - half),
    y1: Math.max(mark.y1, cy + half),
  };
}

/**
 * The hit areas of the plot's events: each mark's (at least `size` square, a row high at least),
 * and each shown label's (a row high, a little wider than its text).
 */
export function plotHitBoxes(
  placed: readonly PlacedItem[],
  rowHeight: number,
  size: number,
): { markBoxes: HitBox[]; labelBoxes: HitBox[] } {
  const half = rowHeight / 2;
  return {
    markBoxes: placed.map((p) =>
      markHitBox(p.id, { x0: p.x0, x1: p.x1, y0: p.y - half, y1: p.y + half }, size),
    ),
    labelBoxes: placed.flatMap((p) =>
      p.label
        ? [
            {
              id: p.id,
              x0: p.label.x0 - 2,
              x1: p.label.x1 + 2,
              y0: p.label.y - half,
              y1: p.label.y + half,
            },
          ]
        : [],
    ),
  };
}

/** Of these boxes, the one whose centre is nearest the point (the first such, on a tie). */
export function nearestTo(x: number, y: number, boxes: readonly HitBox[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const box of boxes) {
    const d = Math.hypot((box.x0 + box.x1) / 2 - x, (box.y0 + box.y1) / 2 - y);
    if (d < bestDistance) {
      bestDistance = d;
      best = box.id;
    }
  }
  return best;
}
