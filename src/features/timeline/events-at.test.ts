import { describe, expect, it } from 'vitest';
import { eventsAt, markHitBox } from './events-at';
import { zoomAbout } from './use-timeline-zoom';

describe('what a tap means', () => {
  const marks = [
    markHitBox('a', { x0: 95, x1: 105, y0: 45, y1: 55 }, 44),
    markHitBox('b', { x0: 105, x1: 115, y0: 45, y1: 55 }, 44),
    markHitBox('c', { x0: 300, x1: 310, y0: 45, y1: 55 }, 44),
  ];
  const labels = [{ id: 'b', x0: 120, x1: 200, y0: 40, y1: 60 }];

  it('gives a finger at least 44 × 44 px around every mark', () => {
    for (const box of marks) {
      expect(box.x1 - box.x0).toBeGreaterThanOrEqual(44);
      expect(box.y1 - box.y0).toBeGreaterThanOrEqual(44);
    }
  });

  it('means every mark whose area holds the point, when marks crowd', () => {
    expect(eventsAt(108, 50, marks, labels)).toEqual(['a', 'b']);
    expect(eventsAt(305, 50, marks, labels)).toEqual(['c']);
    expect(eventsAt(250, 50, marks, labels)).toEqual([]);
  });

  it('means the label’s event alone when the tap is on a label', () => {
    expect(eventsAt(125, 50, marks, labels)).toEqual(['b']);
  });
});

describe('zooming about a point', () => {
  it('keeps what is under the point where it is', () => {
    const before = { k: 2, x: -300 };
    const after = zoomAbout(before, 4, 250);
    const base = (250 - before.x) / before.k;
    expect(after.k * base + after.x).toBeCloseTo(250);
  });
});
