import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import {
  layoutLabels,
  overlappingLabels,
  type Box,
  type LaneSpec,
  type LayoutItem,
  type LayoutOptions,
  type PlacedItem,
} from './label-layout';
import { clampZoom, piecewiseScale } from './piecewise-scale';
import { estimateTextWidth } from '../../lib/text-width';
import { buildTimelineModel } from './timeline-model';

const options: LayoutOptions = {
  width: 600,
  rowHeight: 22,
  fontSize: 12,
  markRadius: 8,
  gap: 6,
  maxLabelWidth: 200,
};
const lanes: LaneSpec[] = [
  { top: 0, rows: 3 },
  { top: 80, rows: 2 },
];

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const intersects = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Everything a sound layout promises, checked on its result. */
function expectSound(placed: PlacedItem[], opts: LayoutOptions) {
  expect(overlappingLabels(placed)).toEqual([]);
  for (const item of placed) {
    const label = item.label;
    if (!label) continue;
    expect(label.x0).toBeGreaterThanOrEqual(0);
    expect(label.x1).toBeLessThanOrEqual(opts.width);
    // No label covers another event's mark.
    for (const other of placed) {
      if (other.id === item.id) continue;
      const mark = {
        x0: other.x0 - opts.markRadius,
        x1: other.x1 + opts.markRadius,
        y0: other.y - opts.markRadius,
        y1: other.y + opts.markRadius,
      };
      expect(intersects(label, mark), `${item.id} covers the mark of ${other.id}`).toBe(false);
      // No leader runs through another label.
      const leader = other.label?.leader;
      if (leader) {
        const line = { x0: leader.x - 0.5, x1: leader.x + 0.5, y0: leader.y0, y1: leader.y1 };
        expect(intersects(label, line), `${other.id}'s leader crosses ${item.id}`).toBe(false);
      }
    }
  }
}

describe('placing the labels', () => {
  it('never lets two labels overlap, however crowded (random crowds)', () => {
    const next = random(42);
    for (let round = 0; round < 300; round++) {
      const items: LayoutItem[] = Array.from({ length: 5 + Math.floor(next() * 40) }, (_, i) => ({
        id: `e${i}`,
        lane: Math.floor(next() * lanes.length),
        x: next() * 700 - 50,
        ...(next() < 0.15 ? { x2: next() * 700 } : {}),
        label: 'Ein Ereignis mit einem Titel'.slice(0, 6 + Math.floor(next() * 22)),
        bold: next() < 0.3,
        priority: Math.floor(next() * 5),
      })).map((item) =>
        item.x2 !== undefined && item.x2 < item.x ? { ...item, x2: item.x } : item,
      );
      expectSound(layoutLabels(items, lanes, options), options);
    }
  });

  it('never lets two labels overlap on the real timeline, at any zoom and width', () => {
    const model = buildTimelineModel(content);
    const next = random(5);
    for (const width of [320, 390, 760, 1100]) {
      const scale = piecewiseScale(model.segments, [0, width]);
      const opts = { ...options, width };
      const laneSpecs = model.lanes.map((_, i) => ({ top: i * 100, rows: 4 }));
      for (let round = 0; round < 60; round++) {
        const k = round === 0 ? 1 : 1 + next() * 40;
        const zoom = clampZoom({ k, x: -next() * k * width }, width);
        const items = model.items.map((item, i) => ({
          id: item.id,
          lane: model.lanes.findIndex((l) => l.id === item.lane),
          x: zoom.k * scale(item.start) + zoom.x,
          ...(item.end ? { x2: zoom.k * scale(item.end) + zoom.x } : {}),
          label: item.event.title,
          priority: i % 3,
        }));
        const placed = layoutLabels(items, laneSpecs, opts);
        expectSound(placed, opts);
        if (round === 0) expect(placed.filter((p) => p.label).length).toBeGreaterThan(3);
      }
    }
  });

  it('keeps each label inside its row, as tall as its text', () => {
    const placed = layoutLabels(
      [
        { id: 'a', lane: 1, x: 100, label: 'Minsk II', priority: 1 },
        { id: 'b', lane: 1, x: 110, label: 'Jalta', priority: 1 },
      ],
      lanes,
      options,
    );
    for (const p of placed) {
      const row = p.label!.row;
      const top = lanes[1]!.top + row * options.rowHeight;
      expect(p.label!.y0).toBeGreaterThanOrEqual(top);
      expect(p.label!.y1).toBeLessThanOrEqual(top + options.rowHeight);
      expect(p.y).toBe(lanes[1]!.top + options.rowHeight / 2);
    }
  });

  it('puts a label beside its mark when there is room, else below it with a leader', () => {
    const [lone, crowded] = [
      layoutLabels([{ id: 'a', lane: 0, x: 100, label: 'Minsk II', priority: 1 }], lanes, options),
      // Right of 'a' lies 'b''s mark, left of it the edge: its label has to go below.
      layoutLabels(
        [
          { id: 'a', lane: 0, x: 30, label: 'Minsk II', priority: 1 },
          { id: 'b', lane: 0, x: 50, label: 'Gipfel', priority: 1 },
        ],
        lanes,
        options,
      ),
    ];
    expect(lone[0]!.label).toMatchObject({ row: 0, anchor: 'start', text: 'Minsk II' });
    expect(lone[0]!.label!.leader).toBeUndefined();
    const a = crowded.find((p) => p.id === 'a')!.label!;
    expect(a.row).toBeGreaterThan(0);
    expect(a.leader).toEqual({ x: 30, y0: 11, y1: a.y });
  });

  it('turns a label to the left of its mark at the right edge', () => {
    const [p] = layoutLabels(
      [{ id: 'a', lane: 0, x: 590, label: 'Gipfel in Alaska', priority: 1 }],
      lanes,
      options,
    );
    expect(p!.label).toMatchObject({ anchor: 'end' });
    expect(p!.label!.x1).toBeLessThanOrEqual(590);
  });

  it('gives the contested place to the higher priority (the highlighted event)', () => {
    // Two marks at the left edge, one row below them: room for one label only.
    const one = (priority: number): LayoutItem[] => [
      { id: 'plain', lane: 1, x: 20, label: 'Ein langer Titel für ein Ereignis', priority: 1 },
      { id: 'story', lane: 1, x: 21, label: 'Der Gipfel in Anchorage', priority },
    ];
    const crowdedLane = [
      { top: 0, rows: 1 },
      { top: 40, rows: 2 },
    ];
    expect(
      layoutLabels(one(5), crowdedLane, options).find((p) => p.id === 'story')?.label,
    ).toBeDefined();
    expect(
      layoutLabels(one(5), crowdedLane, options).find((p) => p.id === 'plain')?.label,
    ).toBeUndefined();
    expect(
      layoutLabels(one(0), crowdedLane, options).find((p) => p.id === 'plain')?.label,
    ).toBeDefined();
  });

  it('shortens labels to the widest allowed, and leaves out marks outside the view', () => {
    const long = 'Russland erklärt die Annexion von vier ukrainischen Gebieten';
    const placed = layoutLabels(
      [
        { id: 'in', lane: 0, x: 10, label: long, priority: 1 },
        { id: 'out', lane: 0, x: -40, label: 'Jalta', priority: 1 },
      ],
      lanes,
      options,
    );
    expect(placed.map((p) => p.id)).toEqual(['in']);
    const label = placed[0]!.label!;
    expect(label.text.endsWith('…')).toBe(true);
    expect(estimateTextWidth(label.text, options.fontSize)).toBeLessThanOrEqual(
      options.maxLabelWidth,
    );
  });
});
