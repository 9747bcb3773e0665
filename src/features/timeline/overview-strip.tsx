import { useRef, type PointerEvent as ReactPointerEvent } from 'react';
import type { Phase } from './phases';
import type { PiecewiseScale, ZoomState } from './piecewise-scale';
import { parseDay, type TimelineItem } from './timeline-model';

/**
 * The whole timeline in one thin strip, with the window the plot shows. Pointing at it (or
 * dragging along it) moves the window there. Hidden from assistive technology: the plot's keys
 * and buttons do the same.
 */
export function OverviewStrip({
  scale,
  zoom,
  plotWidth,
  width,
  height,
  items,
  phases,
  highlighted,
  onCentre,
}: {
  scale: PiecewiseScale;
  zoom: ZoomState;
  /** The plot's width: the unzoomed scale's range. */
  plotWidth: number;
  /** The strip's own width. */
  width: number;
  height: number;
  items: readonly TimelineItem[];
  phases: readonly Phase[];
  highlighted: ReadonlySet<string>;
  /** Centre the view on this x of the unzoomed scale. */
  onCentre: (x: number) => void;
}) {
  const dragging = useRef(false);
  // The strip shows the unzoomed scale, shrunk to its own width.
  const f = plotWidth > 0 ? width / plotWidth : 1;
  const at = (date: Date) => scale(date) * f;
  const x0 = Math.max(0, (-zoom.x / zoom.k) * f);
  const x1 = Math.min(width, ((plotWidth - zoom.x) / zoom.k) * f);
  const centreAt = (event: ReactPointerEvent<SVGSVGElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    onCentre(Math.min(plotWidth, Math.max(0, (event.clientX - rect.left) / f)));
  };
  return (
    <svg
      className="timeline__overview"
      width={width}
      height={height}
      aria-hidden="true"
      onPointerDown={(event) => {
        dragging.current = true;
        event.currentTarget.setPointerCapture?.(event.pointerId);
        centreAt(event);
      }}
      onPointerMove={(event) => {
        if (dragging.current) centreAt(event);
      }}
      onPointerUp={() => {
        dragging.current = false;
      }}
      onPointerCancel={() => {
        dragging.current = false;
      }}
    >
      <rect
        className="timeline__overview-track"
        x={0}
        y={2}
        width={width}
        height={height - 4}
        rx={2}
      />
      {phases
        .filter((p) => p.row === 0)
        .map((phase) => {
          const a = at(parseDay(phase.startDate));
          const b = phase.endDate ? at(parseDay(phase.endDate)) : width;
          return (
            <rect
              key={phase.id}
              className="timeline__overview-phase"
              x={a}
              y={2}
              width={Math.max(0, b - a)}
              height={height - 4}
            />
          );
        })}
      {scale.segments.slice(1).map((segment) => (
        <line
          key={segment.id}
          className="timeline__overview-break"
          x1={segment.x0 * f}
          x2={segment.x0 * f}
          y1={0}
          y2={height}
        />
      ))}
      {items.map((item) => (
        <line
          key={item.id}
          className={
            highlighted.has(item.id)
              ? 'timeline__overview-event timeline__overview-event--highlight'
              : 'timeline__overview-event'
          }
          x1={at(item.start)}
          x2={at(item.start)}
          y1={5}
          y2={height - 5}
        />
      ))}
      <rect className="timeline__overview-veil" x={0} y={0} width={x0} height={height} />
      <rect
        className="timeline__overview-veil"
        x={x1}
        y={0}
        width={Math.max(0, width - x1)}
        height={height}
      />
      <rect
        className="timeline__overview-window"
        x={x0 + 0.75}
        y={0.75}
        width={Math.max(2, x1 - x0 - 1.5)}
        height={height - 1.5}
        rx={3}
      />
    </svg>
  );
}
