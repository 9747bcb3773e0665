import { describe, expect, it } from 'vitest';
import {
  clampZoom,
  fitZoom,
  piecewiseScale,
  segmentTicks,
  visibleDomain,
  type SegmentSpec,
} from './piecewise-scale';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DAY = 86_400_000;

/** The timeline's own layout: 147 years squeezed, 11 years with room, one year stretched. */
const specs: SegmentSpec[] = [
  { id: 'vorgeschichte', start: day('1867-01-01'), end: day('2014-01-01'), weight: 0.17 },
  { id: 'krieg', start: day('2014-01-01'), end: day('2025-01-01'), weight: 0.45 },
  { id: 'fokus', start: day('2025-01-01'), end: day('2025-09-01'), weight: 0.38 },
];
const width = 1000;
const scale = piecewiseScale(specs, [0, width]);

/** A fixed sequence of pseudo-random numbers, so that failures repeat. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('the piecewise time scale', () => {
  it('gives each segment its share of the width, end to end', () => {
    expect(scale(day('1867-01-01'))).toBeCloseTo(0, 6);
    expect(scale(day('2014-01-01'))).toBeCloseTo(170, 6);
    expect(scale(day('2025-01-01'))).toBeCloseTo(620, 6);
    expect(scale(day('2025-09-01'))).toBeCloseTo(1000, 6);
    expect(scale.segments.map((s) => [s.x0, s.x1])).toEqual([
      [0, expect.closeTo(170, 6)],
      [expect.closeTo(170, 6), expect.closeTo(620, 6)],
      [expect.closeTo(620, 6), expect.closeTo(1000, 6)],
    ]);
  });

  it('is strictly monotonic across all segments and their seams', () => {
    const next = random(7);
    const from = day('1867-01-01').getTime();
    const to = day('2025-09-01').getTime();
    const dates = Array.from({ length: 2000 }, () => from + next() * (to - from))
      .concat(specs.map((s) => s.start.getTime()))
      .sort((a, b) => a - b);
    const xs = dates.map((t) => scale(new Date(t)));
    for (let i = 1; i < xs.length; i++) {
      if (dates[i] === dates[i - 1]) continue;
      expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    }
  });

  it('compresses the prehistory: a year there is far narrower than a year of the war', () => {
    const prehistoryYear = scale(day('1946-01-01')) - scale(day('1945-01-01'));
    const warYear = scale(day('2023-01-01')) - scale(day('2022-01-01'));
    const focusWeek = scale(day('2025-08-18')) - scale(day('2025-08-11'));
    expect(prehistoryYear).toBeCloseTo(170 / 147, 1);
    expect(warYear / prehistoryYear).toBeGreaterThan(30);
    // A week of the summit's summer is wider than a year of the prehistory.
    expect(focusWeek).toBeGreaterThan(prehistoryYear * 8);
  });

  it('inverts: dates and pixels make the round trip', () => {
    const next = random(11);
    for (let i = 0; i < 500; i++) {
      const x = next() * width;
      expect(scale(scale.invert(x))).toBeCloseTo(x, 6);
      const date = new Date(day('1867-01-01').getTime() + next() * 158 * 365 * DAY);
      expect(Math.abs(scale.invert(scale(date)).getTime() - date.getTime())).toBeLessThan(1);
    }
  });

  it('refuses segments with gaps, overlaps or no width', () => {
    expect(() =>
      piecewiseScale([specs[0]!, { ...specs[1]!, start: day('2014-02-01') }], [0, width]),
    ).toThrow(/does not start where/);
    expect(() => piecewiseScale([{ ...specs[0]!, weight: 0 }], [0, width])).toThrow(/weight/);
    expect(() => piecewiseScale([{ ...specs[0]!, end: specs[0]!.start }], [0, width])).toThrow(
      /ends before/,
    );
  });
});

describe('zooming the scale', () => {
  it('fits a period across the width, and reports it back as the visible period', () => {
    const zoom = fitZoom(scale, day('2025-01-20'), day('2025-08-15'), width);
    const [from, to] = visibleDomain(scale, zoom, width);
    expect(Math.abs(from.getTime() - day('2025-01-20').getTime())).toBeLessThan(DAY);
    expect(Math.abs(to.getTime() - day('2025-08-15').getTime())).toBeLessThan(DAY);
  });

  it('stops at the most detailed zoom and never shows what lies outside the scale', () => {
    const zoom = fitZoom(scale, day('2025-08-15'), day('2025-08-16'), width, { maxK: 20 });
    expect(zoom.k).toBe(20);
    const end = fitZoom(scale, day('2025-08-30'), day('2025-09-01'), width, { maxK: 20 });
    expect(visibleDomain(scale, end, width)[1].getTime()).toBeCloseTo(
      day('2025-09-01').getTime(),
      -3,
    );
    expect(clampZoom({ k: 2, x: 300 }, width)).toEqual({ k: 2, x: 0 });
    expect(clampZoom({ k: 2, x: -5000 }, width)).toEqual({ k: 2, x: -1000 });
  });
});

describe('axis ticks', () => {
  const labels = (ticks: ReturnType<typeof segmentTicks>) =>
    ticks.map((t) => `${t.level}:${t.date.toISOString().slice(0, 10)}`);

  it('keep the seams of the segments and give each segment its own step', () => {
    const ticks = segmentTicks(scale, { k: 1, x: 0 }, width, 60);
    expect(labels(ticks.filter((t) => t.boundary))).toEqual([
      'year:1867-01-01',
      'year:2014-01-01',
      'year:2025-01-01',
    ]);
    // Years (every second one) in the war's segment, months in the stretched one.
    expect(ticks.filter((t) => t.segment === 'krieg' && !t.boundary)[0]?.level).toBe('year');
    expect(ticks.filter((t) => t.segment === 'fokus' && !t.boundary)[0]?.level).toBe('month');
  });

  it('come down to weeks and days when zoomed into the summer of the summit', () => {
    const week = fitZoom(scale, day('2025-07-01'), day('2025-08-31'), width);
    expect(segmentTicks(scale, week, width, 60).some((t) => t.level === 'week')).toBe(true);
    const days = fitZoom(scale, day('2025-08-10'), day('2025-08-20'), width);
    expect(segmentTicks(scale, days, width, 60).every((t) => t.level === 'day')).toBe(true);
  });

  it('are never closer together than asked, at any zoom', () => {
    const next = random(3);
    for (let i = 0; i < 200; i++) {
      const k = 1 + next() * 60;
      const zoom = clampZoom({ k, x: -next() * k * width }, width);
      const ticks = segmentTicks(scale, zoom, width, 60);
      for (let j = 1; j < ticks.length; j++) {
        expect(ticks[j]!.x - ticks[j - 1]!.x).toBeGreaterThanOrEqual(60);
      }
      for (const tick of ticks) {
        expect(tick.x).toBeGreaterThanOrEqual(-1e-6);
        expect(tick.x).toBeLessThanOrEqual(width + 1e-6);
      }
    }
  });
});
