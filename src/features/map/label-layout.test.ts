import { describe, expect, it } from 'vitest';
import { LABEL_OFFSET, layoutLabels, type LabelItem } from './label-layout';

const size = { width: 400, height: 300 };
const side = (id: string, x: number, y: number, priority = 1, width = 60): LabelItem => ({
  id,
  x,
  y,
  width,
  height: 16,
  kind: 'side',
  priority,
});

describe('the label layout', () => {
  it('puts a label right of its marker when there is room', () => {
    const a = side('a', 100, 100);
    expect(layoutLabels([a], [a], size).get('a')).toBe('right');
  });

  it('moves it left when the frame or another marker is in the way, and hides it if both are', () => {
    const edge = side('edge', 380, 100);
    expect(layoutLabels([edge], [edge], size).get('edge')).toBe('left');
    const a = side('a', 100, 100);
    const b = side('b', 100 + LABEL_OFFSET + 30, 102);
    const c = side('c', 100 - LABEL_OFFSET - 30, 98);
    const result = layoutLabels([a], [a, b, c], size);
    expect(result.get('a')).toBe('hidden');
  });

  it('places the more important label first and never lets two overlap', () => {
    const low = side('low', 100, 100, 1);
    const high = side('high', 150, 104, 5);
    const result = layoutLabels([low, high], [low, high], size);
    expect(result.get('high')).toBe('right');
    // Right of "low" is taken by the dot of "high", left is free.
    expect(result.get('low')).toBe('left');
  });

  it('hides a centred label that would cover a placed one, and keeps clear of obstacles', () => {
    const place = side('place', 100, 100, 5);
    const country: LabelItem = { ...side('country', 140, 100, 1), kind: 'center' };
    expect(layoutLabels([place, country], [place], size).get('country')).toBe('hidden');
    const toolbar = { left: 0, top: 0, right: 200, bottom: 150 };
    expect(layoutLabels([place], [place], size, [toolbar]).get('place')).toBe('hidden');
    expect(layoutLabels([country], [], size).get('country')).toBe('center');
  });

  it('always shows the open place’s label, on the side that fits best', () => {
    const open: LabelItem = { ...side('open', 370, 100, 9, 200), force: true };
    const other = side('other', 200, 100, 1);
    const result = layoutLabels([open], [open, other], size);
    // Right would leave the frame, left covers the other dot: left is the lesser evil.
    expect(result.get('open')).toBe('left');
  });

  it('places a label that must show above or below its marker when neither side is free', () => {
    const a: LabelItem = { ...side('a', 100, 100), kind: 'around' };
    // Markers close on both sides: right and left are taken, above is free.
    const dots = [
      a,
      side('r', 100 + LABEL_OFFSET + 30, 100),
      side('l', 100 - LABEL_OFFSET - 30, 100),
    ];
    expect(layoutLabels([a], dots, size).get('a')).toBe('above');
    // Above the frame's top edge: below.
    const top: LabelItem = { ...a, id: 'top', y: 12 };
    const topDots = [top, { id: 'r', x: 140, y: 12 }, { id: 'l', x: 60, y: 12 }];
    expect(layoutLabels([top], topDots, size).get('top')).toBe('below');
    // A side label never goes above or below.
    expect(layoutLabels([side('a', 100, 100)], dots, size).get('a')).toBe('hidden');
  });
});
