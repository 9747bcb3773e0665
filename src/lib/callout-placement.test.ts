import { describe, expect, it } from 'vitest';
import { boxesOverlap, placeCallouts } from './callout-placement';

const frame = { width: 400, height: 300 };

describe('placing callouts', () => {
  it('puts a callout above its point when nothing is there', () => {
    const [placed] = placeCallouts(
      [{ x: 200, y: 150, width: 100, height: 30, gap: 10 }],
      frame,
      [],
    );
    expect(placed).toMatchObject({ side: 'above', crowded: false });
    expect(placed!.box).toEqual({ left: 150, top: 110, right: 250, bottom: 140 });
  });

  it('goes around a label and keeps inside the frame', () => {
    const label = { left: 120, top: 90, right: 280, bottom: 145 };
    const [placed] = placeCallouts([{ x: 200, y: 150, width: 100, height: 30 }], frame, [label]);
    expect(placed!.side).toBe('below');
    expect(boxesOverlap(placed!.box, label)).toBe(false);
    const [edge] = placeCallouts([{ x: 390, y: 150, width: 100, height: 30 }], frame, []);
    expect(edge!.box.right).toBeLessThanOrEqual(frame.width - 4);
  });

  it('never covers another callout or a label: one that finds no room is left out', () => {
    const tiny = { width: 120, height: 100 };
    const items = [
      { x: 60, y: 30, width: 100, height: 40 },
      { x: 62, y: 32, width: 100, height: 40 },
    ];
    const [first, second] = placeCallouts(items, tiny, []);
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    const wall = { left: 0, top: 0, right: 120, bottom: 100 };
    const walled = placeCallouts(items, tiny, [wall]);
    // The first is drawn where it covers least; the second, finding no free spot, is not.
    expect(walled[0]?.crowded).toBe(true);
    expect(walled[1]).toBeNull();
    const roomy = placeCallouts(
      items.map((i) => ({ ...i, x: i.x + 40, y: i.y + 120 })),
      frame,
      [],
    );
    expect(roomy.every(Boolean)).toBe(true);
    expect(boxesOverlap(roomy[0]!.box, roomy[1]!.box)).toBe(false);
  });
});
