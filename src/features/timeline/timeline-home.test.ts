import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { piecewiseScale, visibleDomain } from './piecewise-scale';
import { buildTimelineModel, parseDay } from './timeline-model';
import { homeZoom, laneWeights, maxZoom } from './timeline-home';
import { keyAction } from './timeline-keys';

const model = buildTimelineModel(content);
const length = 1000;
const scale = piecewiseScale(model.segments, [0, length]);
const maxK = maxZoom(scale);
const DAY = 86_400_000;
const home = (period: readonly [string, string] | undefined, events: readonly string[] = []) =>
  homeZoom({ scale, length, maxK, period, events, items: model.items });
const inView = (zoom: { k: number; x: number }) => visibleDomain(scale, zoom, length);

describe('where the timeline rests', () => {
  it('zooms in until a day is at least 48 px wide in the densest part, and twice at least', () => {
    const densest = Math.max(
      ...scale.segments.map((s) => (s.x1 - s.x0) / (s.end.getTime() - s.start.getTime())),
    );
    expect(maxK).toBeGreaterThanOrEqual(2);
    expect(maxK * densest * DAY).toBeGreaterThanOrEqual(48 - 1e-6);
  });

  it('shows everything without a period or events', () => {
    expect(home(undefined)).toEqual({ k: 1, x: 0 });
    expect(home(undefined, ['no-such-event'])).toEqual({ k: 1, x: 0 });
  });

  it('shows a section’s period, its last day whole', () => {
    const first = model.items[0]!.event.date;
    const last = model.items[model.items.length - 1]!.event.date;
    const zoom = home([first, last]);
    const [from, to] = inView(zoom);
    expect(from.getTime()).toBeLessThanOrEqual(parseDay(first).getTime());
    expect(to.getTime()).toBeGreaterThanOrEqual(parseDay(last).getTime() + DAY - 1);
  });

  it('shows a lone event with a few weeks around it, so that it has neighbours', () => {
    const item = model.items[Math.floor(model.items.length / 2)]!;
    const zoom = home(undefined, [item.id]);
    expect(zoom.k).toBeGreaterThan(1);
    const [from, to] = inView(zoom);
    expect(item.start.getTime() - from.getTime()).toBeGreaterThanOrEqual(21 * DAY - DAY);
    expect(to.getTime() - item.start.getTime()).toBeGreaterThanOrEqual(21 * DAY - DAY);
  });

  it('gives a lane more weight for more events where the view rests, and a quiet lane one at least', () => {
    const all = laneWeights(model, scale, { k: 1, x: 0 }, length);
    for (const lane of all) {
      const count = model.items.filter((i) => i.lane === lane.id).length;
      expect(lane.weight).toBeCloseTo(Math.sqrt(Math.max(1, count)), 6);
    }
    const empty = laneWeights({ lanes: model.lanes, items: [] }, scale, { k: 1, x: 0 }, length);
    expect(empty.every((lane) => lane.weight === 1)).toBe(true);
  });
});

describe('the timeline’s keys', () => {
  const across = { shift: false, column: false, length: 1000 };
  it('pans with the arrows (further with Shift) and zooms with + and -', () => {
    expect(keyAction('ArrowLeft', across)).toEqual({ pan: 150 });
    expect(keyAction('ArrowRight', { ...across, shift: true })).toEqual({ pan: -500 });
    expect(keyAction('+', across)).toEqual({ zoomBy: 1.6 });
    expect(keyAction('_', across)).toEqual({ zoomBy: 1 / 1.6 });
    expect(keyAction('a', across)).toBeUndefined();
  });

  it('leaves up and down to the page across, and pans with them down the column', () => {
    expect(keyAction('ArrowUp', across)).toBeUndefined();
    expect(keyAction('ArrowDown', across)).toBeUndefined();
    expect(keyAction('ArrowUp', { ...across, column: true })).toEqual({ pan: 150 });
    expect(keyAction('ArrowDown', { ...across, column: true })).toEqual({ pan: -150 });
  });
});
