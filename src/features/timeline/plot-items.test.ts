import { describe, expect, it } from 'vitest';
import { timelineUi } from '@locale/chronik';
import { content } from '../../content';
import { piecewiseScale } from './piecewise-scale';
import { CAPTION_PREFIX, columnItems, plotItems } from './plot-items';
import { buildTimelineModel } from './timeline-model';

const model = buildTimelineModel(content);
const scale = piecewiseScale(model.segments, [0, 1000]);
const laneIndex = new Map(model.lanes.map((lane, i) => [lane.id, i]));
const [first, second, third] = model.items;
const actor = first!.actors[0]!;
const items = plotItems({
  items: model.items,
  laneIndex,
  scale,
  zoom: { k: 2, x: -100 },
  selectedActors: [actor],
  highlighted: new Set([second!.id]),
  selected: third!.id,
});
const byId = new Map(items.map((i) => [i.id, i]));

describe('the events the layouts are given', () => {
  it('places every event where the zoomed scale puts it, in its lane', () => {
    expect(items.map((i) => i.id)).toEqual(model.items.map((i) => i.id));
    for (const item of model.items) {
      const placed = byId.get(item.id)!;
      expect(placed.x).toBeCloseTo(2 * scale(item.start) - 100, 6);
      if (item.end) expect(placed.x2).toBeCloseTo(2 * scale(item.end) - 100, 6);
      expect(placed.lane).toBe(laneIndex.get(item.lane));
    }
  });

  it('gives the selected event’s label the first claim, then the highlighted, then the filter’s matches, all bold', () => {
    const selected = byId.get(third!.id)!;
    const highlighted = byId.get(second!.id)!;
    const match = items.find(
      (i) => i.emphasis === 'match' && i.id !== third!.id && i.id !== second!.id,
    )!;
    const dimmed = items.find((i) => i.emphasis === 'dimmed')!;
    expect(selected.priority).toBeGreaterThanOrEqual(8);
    expect(highlighted.priority).toBeGreaterThanOrEqual(4);
    expect(highlighted.priority).toBeLessThan(selected.priority);
    expect(match.priority).toBe(2);
    expect(dimmed.priority).toBe(0);
    expect([selected.bold, highlighted.bold, match.bold, dimmed.bold]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('the column’s items', () => {
  const at = (date: Date) => scale(date);
  const column = (height: number) =>
    columnItems({
      plotItems: items,
      items: model.items,
      at,
      segments: scale.segments,
      afterArticleFrom: model.afterArticleFrom,
      height,
      slot: 20,
    });

  it('runs the events down the column, keeping their labels and priorities', () => {
    const events = column(1000).filter((i) => !i.id.startsWith(CAPTION_PREFIX));
    expect(events).toHaveLength(model.items.length);
    const item = model.items[0]!;
    expect(events[0]).toMatchObject({ id: item.id, y: at(item.start), label: item.event.title });
  });

  it('adds the scale’s captions where their part begins, first in line, while there is room below', () => {
    const captions = column(1000).filter((i) => i.id.startsWith(CAPTION_PREFIX));
    const fokus = scale.segments.find((s) => s.id === 'fokus');
    if (fokus) {
      expect(captions).toContainEqual({
        id: `${CAPTION_PREFIX}fokus`,
        y: at(fokus.start) + 10,
        label: timelineUi.segments.fokus(fokus.start.getUTCFullYear()),
        priority: 100,
      });
    }
    // A column too short to hold a caption below any part's start.
    expect(column(5).filter((i) => i.id.startsWith(CAPTION_PREFIX))).toEqual([]);
  });
});
