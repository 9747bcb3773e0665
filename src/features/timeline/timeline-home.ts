/**
 * Where the timeline's view rests for a story context, how far it may zoom, and how the lanes
 * share the rows there. Pure: the component only remembers the results.
 */
import { fitZoom, visibleDomain, type PiecewiseScale, type ZoomState } from './piecewise-scale';
import { parseDay, type TimelineModel } from './timeline-model';

const DAY = 86_400_000;

/** Zoom in until a day is wide enough to read (48 px), in the densest segment; 2× at least. */
export function maxZoom(scale: PiecewiseScale): number {
  const densest = Math.max(
    ...scale.segments.map((s) => (s.x1 - s.x0) / (s.end.getTime() - s.start.getTime())),
  );
  return Math.max(2, 48 / (densest * DAY));
}

/**
 * The zoom at rest: the context's period (its last day shown whole), else its events with a few
 * weeks around them (so that a lone event has neighbours), else everything.
 */
export function homeZoom({
  scale,
  length,
  maxK,
  period,
  events,
  items,
}: {
  scale: PiecewiseScale;
  /** The plot's extent along the time axis. */
  length: number;
  maxK: number;
  period?: readonly [string, string] | undefined;
  events: readonly string[];
  items: TimelineModel['items'];
}): ZoomState {
  const padding = Math.min(48, length * 0.06);
  if (period) {
    const to = new Date(parseDay(period[1]).getTime() + DAY);
    return fitZoom(scale, parseDay(period[0]), to, length, { padding, maxK });
  }
  const shown = items.filter((i) => events.includes(i.id));
  if (shown.length === 0) return { k: 1, x: 0 };
  const from = Math.min(...shown.map((i) => i.start.getTime()));
  const to = Math.max(...shown.map((i) => (i.end ?? i.start).getTime()));
  const margin = Math.max(21 * DAY, (to - from) * 0.08);
  return fitZoom(scale, new Date(from - margin), new Date(to + margin), length, {
    padding,
    maxK,
  });
}

/**
 * The lanes weighted by how many events they hold where the view rests (damped, so that a quiet
 * lane keeps a readable line): in a section about 2025, the prehistory's lane stays slim.
 */
export function laneWeights(
  model: Pick<TimelineModel, 'lanes' | 'items'>,
  scale: PiecewiseScale,
  home: ZoomState,
  length: number,
): TimelineModel['lanes'] {
  const [from, to] = visibleDomain(scale, home, length);
  return model.lanes.map((lane) => {
    const count = model.items.filter(
      (i) => i.lane === lane.id && (i.end ?? i.start) >= from && i.start <= to,
    ).length;
    return { ...lane, weight: Math.sqrt(Math.max(1, count)) };
  });
}
