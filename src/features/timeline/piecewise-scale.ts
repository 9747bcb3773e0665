/**
 * A time scale made of linear segments of different density: a century and a half of prehistory
 * can share the width with the weeks of one summer, and every date still has one position.
 * Pure (no DOM): the timeline, the overview strip and the tests all use it.
 */
import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';

export interface SegmentSpec {
  id: string;
  start: Date;
  /** Exclusive: the next segment starts here. */
  end: Date;
  /** The segment's share of the width, relative to the others. */
  weight: number;
}

export interface ScaleSegment extends SegmentSpec {
  x0: number;
  x1: number;
}

export interface PiecewiseScale {
  (date: Date): number;
  invert(x: number): Date;
  readonly segments: readonly ScaleSegment[];
  readonly range: readonly [number, number];
  readonly domain: readonly [Date, Date];
}

/** A zoom as d3-zoom describes it, restricted to x: screen = k · base + x. */
export interface ZoomState {
  k: number;
  x: number;
}

export function piecewiseScale(
  specs: readonly SegmentSpec[],
  range: [number, number],
): PiecewiseScale {
  if (specs.length === 0) throw new Error('a piecewise scale needs at least one segment');
  specs.forEach((spec, i) => {
    if (!(spec.end > spec.start)) throw new Error(`segment "${spec.id}" ends before it starts`);
    if (!(spec.weight > 0)) throw new Error(`segment "${spec.id}" needs a positive weight`);
    const next = specs[i + 1];
    if (next && next.start.getTime() !== spec.end.getTime()) {
      throw new Error(`segment "${next.id}" does not start where "${spec.id}" ends`);
    }
  });
  const total = specs.reduce((sum, s) => sum + s.weight, 0);
  const [r0, r1] = range;
  let cursor = r0;
  const segments = specs.map((spec) => {
    const x0 = cursor;
    cursor += ((r1 - r0) * spec.weight) / total;
    return { ...spec, x0, x1: cursor };
  });
  // d3's continuous scales are polylinear when given as many domain as range stops.
  const inner = scaleUtc()
    .domain([specs[0]!.start, ...specs.map((s) => s.end)])
    .range([r0, ...segments.map((s) => s.x1)]);

  const scale = ((date: Date) => inner(date)) as PiecewiseScale;
  return Object.assign(scale, {
    invert: (x: number) => inner.invert(x),
    segments,
    range: [r0, r1] as const,
    domain: [specs[0]!.start, specs[specs.length - 1]!.end] as const,
  });
}

/** The dates at the left and right edge of a view of this width under a zoom. */
export function visibleDomain(scale: PiecewiseScale, zoom: ZoomState, width: number): [Date, Date] {
  return [scale.invert((0 - zoom.x) / zoom.k), scale.invert((width - zoom.x) / zoom.k)];
}

/**
 * The zoom that shows the period from `from` to `to` across the width, with `padding` pixels on
 * either side, within the allowed zoom levels and without showing anything outside the scale.
 */
export function fitZoom(
  scale: PiecewiseScale,
  from: Date,
  to: Date,
  width: number,
  {
    padding = 0,
    minK = 1,
    maxK = Infinity,
  }: { padding?: number; minK?: number; maxK?: number } = {},
): ZoomState {
  const a = scale(from);
  const b = Math.max(scale(to), a + 1e-6);
  const usable = Math.max(1, width - 2 * padding);
  const k = Math.min(maxK, Math.max(minK, usable / (b - a)));
  const centre = (a + b) / 2;
  return clampZoom({ k, x: width / 2 - k * centre }, width);
}

/** Keeps a zoom inside the scale: no empty space left of the first or right of the last date. */
export function clampZoom(zoom: ZoomState, width: number): ZoomState {
  const min = width - zoom.k * width;
  return { k: zoom.k, x: Math.min(0, Math.max(min, zoom.x)) };
}

export type TickLevel = 'year' | 'month' | 'week' | 'day';

export interface Tick {
  date: Date;
  /** Screen x under the zoom. */
  x: number;
  level: TickLevel;
  segment: string;
  /** The start of a segment: where the density changes. Always kept. */
  boundary: boolean;
}

const DAY = 86_400_000;
const intervals: { level: TickLevel; approx: number; interval: TimeInterval }[] = [
  ...[100, 50, 25, 10, 5, 2, 1].map((n) => ({
    level: 'year' as const,
    approx: n * 365.25 * DAY,
    interval: utcYear.every(n)!,
  })),
  ...[6, 3, 1].map((n) => ({
    level: 'month' as const,
    approx: n * 30.44 * DAY,
    interval: utcMonth.every(n)!,
  })),
  { level: 'week', approx: 7 * DAY, interval: utcMonday },
  { level: 'day', approx: DAY, interval: utcDay },
];

function levelOf(date: Date): TickLevel {
  if (date.getUTCDate() !== 1) return 'day';
  return date.getUTCMonth() === 0 ? 'year' : 'month';
}

/**
 * Axis ticks for what is visible, chosen per segment by its density under the zoom (decades in
 * the compressed prehistory, weeks in a zoomed summer), never closer than `minSpacing` pixels.
 */
export function segmentTicks(
  scale: PiecewiseScale,
  zoom: ZoomState,
  width: number,
  minSpacing: number,
): Tick[] {
  const [left, right] = visibleDomain(scale, zoom, width);
  const candidates: Tick[] = [];
  for (const segment of scale.segments) {
    const from = new Date(Math.max(segment.start.getTime(), left.getTime()));
    const to = new Date(Math.min(segment.end.getTime(), right.getTime()));
    if (from >= to) continue;
    const pxPerMs =
      (zoom.k * (segment.x1 - segment.x0)) / (segment.end.getTime() - segment.start.getTime());
    const choice =
      [...intervals].reverse().find((c) => c.approx * pxPerMs >= minSpacing) ?? intervals[0]!;
    const at = (date: Date) => zoom.k * scale(date) + zoom.x;
    if (segment.start >= left) {
      candidates.push({
        date: segment.start,
        x: at(segment.start),
        level: levelOf(segment.start),
        segment: segment.id,
        boundary: true,
      });
    }
    for (const date of choice.interval.range(from, to)) {
      candidates.push({
        date,
        x: at(date),
        level: choice.level,
        segment: segment.id,
        boundary: false,
      });
    }
  }
  // Boundaries first, then the rest where they leave room.
  const kept: Tick[] = [];
  const fits = (tick: Tick) => kept.every((k) => Math.abs(k.x - tick.x) >= minSpacing);
  for (const tick of candidates) if (tick.boundary && fits(tick)) kept.push(tick);
  for (const tick of candidates) if (!tick.boundary && fits(tick)) kept.push(tick);
  return kept.sort((a, b) => a.x - b.x);
}
