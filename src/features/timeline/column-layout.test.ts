import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import {
  COLUMN_FONT_SIZE,
  columnMetrics,
  layoutColumn,
  overlappingColumnLabels,
  spreadLabels,
  type ColumnItem,
  type ColumnPlaced,
} from './column-layout';
import { labelHeight } from './label-layout';
import { clampZoom, fitZoom, piecewiseScale } from './piecewise-scale';
import { buildTimelineModel } from './timeline-model';

const model = buildTimelineModel(content);
const phaseRows = Math.max(...model.phases.map((p) => p.row + 1));

/** The real events down a column of this size, under a zoom. */
function realColumn(width: number, height: number, k: number, centre: Date) {
  const m = columnMetrics(width, height, phaseRows);
  const scale = piecewiseScale(model.segments, [0, height]);
  const zoom = clampZoom({ k, x: height / 2 - k * scale(centre) }, height);
  const items: ColumnItem[] = model.items.map((item, i) => ({
    id: item.id,
    y: zoom.k * scale(item.start) + zoom.x,
    ...(item.end ? { y2: zoom.k * scale(item.end) + zoom.x } : {}),
    label: item.event.title,
    priority: i % 3,
  }));
  return { m, items, placed: layoutColumn(items, m) };
}

/** Everything a sound column promises. */
function expectSound(placed: ColumnPlaced[], items: ColumnItem[], height: number) {
  expect(overlappingColumnLabels(placed)).toEqual([]);
  const labelled = placed.filter((p) => p.label);
  for (const p of labelled) {
    const l = p.label!;
    // Within the plot, and near enough to its mark for its leader to be read.
    expect(l.y - (l.lines.length * labelHeight(COLUMN_FONT_SIZE)) / 2).toBeGreaterThanOrEqual(-0.5);
    expect(l.y + (l.lines.length * labelHeight(COLUMN_FONT_SIZE)) / 2).toBeLessThanOrEqual(
      height + 0.5,
    );
    expect(l.lines.length).toBeLessThanOrEqual(2);
  }
  // Labels keep the order of their marks: leaders never cross.
  const byMark = [...labelled].sort(
    (a, b) => Math.max(a.y, 0) - Math.max(b.y, 0) || a.id.localeCompare(b.id),
  );
  const byLabel = [...labelled].sort((a, b) => a.label!.y - b.label!.y);
  const order = (list: ColumnPlaced[]) => list.map((p) => p.id);
  expect(order(byLabel)).toEqual(order(byMark));
  // Every event in view keeps its mark.
  const inView = items.filter((i) => (i.y2 ?? i.y) >= -5 && i.y <= height + 5);
  expect(placed.length).toBe(inView.length);
}

describe('the column (time running down)', () => {
  it('draws no text under 12 px and keeps its labels clear of the axis', () => {
    const m = columnMetrics(358, 200, phaseRows);
    expect(m.fontSize).toBeGreaterThanOrEqual(12);
    expect(m.labelX).toBeGreaterThan(m.markX + m.markRadius);
    expect(m.tickLabelRight).toBeLessThan(m.axisX);
    expect(m.phaseColumns.at(-1)!.x + m.phaseColumns.at(-1)!.width).toBeLessThan(
      m.tickLabelRight - 40,
    );
    // A phone's column still has room for a title of some thirty letters on a line.
    expect(m.labelMaxWidth).toBeGreaterThan(190);
  });

  it('never lets two labels overlap on the real timeline, at any zoom, on a phone and in its band', () => {
    const summit = model.items.find((i) => i.id === model.summit)!.start;
    for (const [width, height] of [
      [340, 460],
      [358, 190],
      [520, 300],
    ] as const) {
      for (const k of [1, 2, 5, 12, 40]) {
        for (const centre of [summit, new Date('2022-03-01'), new Date('1950-01-01')]) {
          const { items, placed } = realColumn(width, height, k, centre);
          expectSound(placed, items, height);
        }
      }
    }
  });

  it('labels the summit in full once the reader is in its weeks', () => {
    const height = 460;
    const scale = piecewiseScale(model.segments, [0, height]);
    const summit = model.items.find((i) => i.id === model.summit)!;
    const zoom = fitZoom(
      scale,
      new Date(summit.start.getTime() - 24 * 86_400_000),
      new Date(summit.start.getTime() + 10 * 86_400_000),
      height,
    );
    const { placed } = realColumn(340, height, zoom.k, summit.start);
    const label = placed.find((p) => p.id === summit.id)?.label;
    expect(label?.text).toBe(summit.event.title);
  });

  it('is the same on every run', () => {
    const a = realColumn(358, 300, 3, new Date('2025-05-01')).placed;
    const b = realColumn(358, 300, 3, new Date('2025-05-01')).placed;
    expect(a).toEqual(b);
  });

  it('spreads crowded labels evenly around where they want to be, within the bounds', () => {
    expect(spreadLabels([100, 100, 100], [20, 20, 20], 0, 300)).toEqual([80, 100, 120]);
    // Apart already: unchanged.
    expect(spreadLabels([10, 50], [20, 20], 0, 300)).toEqual([10, 50]);
    // At the top edge, the group is pushed down, not out.
    expect(spreadLabels([0, 0], [20, 20], 0, 300)).toEqual([10, 30]);
    // Taller blocks take more room.
    expect(spreadLabels([100, 100], [20, 40], 0, 300)).toEqual([85, 115]);
  });
});
