import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { plotMetrics } from './plot-metrics';
import { buildTimelineModel } from './timeline-model';

const model = buildTimelineModel(content);
const lanes = model.lanes.map((lane) => ({
  ...lane,
  weight: lane.id === 'diplomatie' ? 3 : 1,
}));

describe('the plot’s vertical plan', () => {
  it('gives the busier lane more rows, every lane at least one, all within the height', () => {
    for (const [width, height] of [
      [1100, 420],
      [390, 380],
      [390, 217],
    ] as const) {
      const m = plotMetrics(width, height, lanes, model.phases);
      const rows = Object.fromEntries(m.laneBands.map((b, i) => [b.id, m.lanes[i]!.rows]));
      expect(Math.min(...Object.values(rows))).toBeGreaterThanOrEqual(1);
      expect(rows.diplomatie).toBeGreaterThanOrEqual(rows.krieg!);
      const last = m.laneBands[m.laneBands.length - 1]!;
      expect(last.bottom).toBeLessThanOrEqual(m.lanesBottom + 0.5);
      m.lanes.forEach((lane, i) => {
        expect(lane.top + lane.rows * m.layout.rowHeight).toBeLessThanOrEqual(
          m.laneBands[i]!.bottom + 0.5,
        );
      });
    }
  });

  it('keeps the phases above the axis and the lanes below it', () => {
    const m = plotMetrics(800, 400, lanes, model.phases);
    expect(m.phases.bottom).toBeLessThanOrEqual(m.axis.top);
    expect(m.axis.bottom).toBeLessThanOrEqual(m.lanesTop);
  });
});
